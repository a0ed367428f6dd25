package se.omvarld.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static se.omvarld.domain.reminder.ReminderExamples.MONDAY;
import static se.omvarld.domain.reminder.ReminderExamples.account;
import static se.omvarld.domain.reminder.ReminderExamples.callItem;
import static se.omvarld.domain.reminder.ReminderExamples.daysBefore;
import static se.omvarld.domain.reminder.ReminderExamples.digestOnly;
import static se.omvarld.domain.reminder.ReminderExamples.item;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.ReminderPreferences;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.access.UserAccount;

class ReminderScheduleTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    @Test
    void a_reminder_is_due_from_days_before_the_due_date_through_the_due_date_and_never_after() {
        qt().forAll(integers().between(1, ReminderPreferences.MAX_DAYS_BEFORE), integers().between(-200, 200))
                .check((days, offset) -> ReminderSchedule.reminderDue(DUE, days, DUE.plusDays(offset))
                        == (offset >= -days && offset <= 0));
    }

    @Test
    void a_reminder_seven_days_ahead_is_sent_on_the_seventh_day_before() {
        UserAccount anna = account("anna", Role.COORDINATOR, daysBefore(7));

        assertThat(ReminderSchedule.due(anna, List.of(item("R5/x", DUE)), DUE.minusDays(8))).isEmpty();
        assertThat(ReminderSchedule.due(anna, List.of(item("R5/x", DUE)), DUE.minusDays(7)))
                .extracting(ReminderMessage::key)
                .containsExactly(DeliveryKey.reminder(ReminderExamples.CODE, "anna", item("R5/x", DUE)));
    }

    @Test
    void a_reminder_missed_while_the_service_was_down_is_due_on_a_later_day_up_to_the_due_date() {
        UserAccount anna = account("anna", Role.COORDINATOR, daysBefore(7));

        assertThat(ReminderSchedule.due(anna, List.of(item("R5/x", DUE)), DUE)).hasSize(1);
        assertThat(ReminderSchedule.due(anna, List.of(item("R5/x", DUE)), DUE.plusDays(1))).isEmpty();
    }

    @Test
    void the_reminder_of_one_item_has_one_key_whichever_day_it_is_sent() {
        UserAccount anna = account("anna", Role.COORDINATOR, daysBefore(7));

        assertThat(ReminderSchedule.reminder(anna, item("R5/x", DUE), DUE.minusDays(7)).key())
                .isEqualTo(ReminderSchedule.reminder(anna, item("R5/x", DUE), DUE.minusDays(2)).key());
    }

    @Test
    void the_digest_is_due_on_mondays_only() {
        UserAccount anna = account("anna", Role.COORDINATOR, digestOnly());

        for (int day = 0; day < 7; day++) {
            LocalDate today = MONDAY.plusDays(day);
            assertThat(ReminderSchedule.due(anna, List.of(item("R5/x", DUE)), today))
                    .as(today.getDayOfWeek().name()).hasSize(day == 0 ? 1 : 0);
        }
    }

    @Test
    void a_digest_that_would_list_nothing_is_not_sent() {
        UserAccount anna = account("anna", Role.COORDINATOR, digestOnly());

        assertThat(ReminderSchedule.due(anna, List.of(item("R5/x", MONDAY.plusDays(31))), MONDAY)).isEmpty();
    }

    @Test
    void the_digest_lists_what_falls_due_in_the_next_thirty_days_and_the_overdue_obligations() {
        UserAccount anna = account("anna", Role.COORDINATOR, digestOnly());
        DueItem today = item("today", MONDAY);
        DueItem inThirtyDays = callItem("in-30", MONDAY.plusDays(30));
        DueItem inThirtyOneDays = item("in-31", MONDAY.plusDays(31));
        DueItem overdue = item("overdue", MONDAY.minusDays(1));

        ReminderMessage digest = ReminderSchedule.digest(anna, List.of(overdue, today, inThirtyDays,
                inThirtyOneDays), MONDAY);

        assertThat(digest.upcoming()).containsExactly(today, inThirtyDays);
        assertThat(digest.overdue()).containsExactly(overdue);
        assertThat(digest.key().subject()).isEqualTo("2026-W10");
        assertThat(digest.key().value()).isEqualTo("anna/digest/2026-W10");
        assertThat(digest.key().until()).isEqualTo(MONDAY.plusDays(6));
    }

    @Test
    void a_disabled_account_is_sent_nothing() {
        UserAccount disabled = account("anna", Role.COORDINATOR, new ReminderPreferences(true, Optional.of(90)))
                .disable(ReminderExamples.OPENED);

        assertThat(ReminderSchedule.due(disabled, List.of(item("R5/x", MONDAY.plusDays(3))), MONDAY)).isEmpty();
    }

    @Test
    void a_failed_digest_is_sent_again_later_in_its_week_under_its_own_key_as_things_stand_that_day() {
        UserAccount anna = account("anna", Role.COORDINATOR, digestOnly());
        DeliveryKey key = ReminderSchedule.digest(anna, List.of(), MONDAY).key();
        DueItem tomorrow = item("R5/x", MONDAY.plusDays(2));

        Optional<ReminderMessage> again = ReminderSchedule.again(key, anna, List.of(tomorrow), MONDAY.plusDays(1));

        assertThat(again).get().extracting(ReminderMessage::key, ReminderMessage::upcoming)
                .containsExactly(key, List.of(tomorrow));
        assertThat(ReminderSchedule.again(key, anna, List.of(), MONDAY.plusDays(7))).isEmpty();
    }

    @Test
    void a_failed_reminder_is_not_sent_again_once_its_item_is_settled_or_its_due_date_has_passed() {
        UserAccount anna = account("anna", Role.COORDINATOR, daysBefore(7));
        DueItem report = item("R5/x", DUE);
        DeliveryKey key = ReminderSchedule.reminder(anna, report, DUE.minusDays(7)).key();

        assertThat(ReminderSchedule.again(key, anna, List.of(report), DUE.minusDays(6))).isPresent();
        assertThat(ReminderSchedule.again(key, anna, List.of(), DUE.minusDays(6))).isEmpty();
        assertThat(ReminderSchedule.again(key, anna, List.of(report), DUE.plusDays(1))).isEmpty();
    }

    @Test
    void a_reminder_key_names_the_account_the_item_and_its_due_date() {
        DeliveryKey key = DeliveryKey.reminder(ReminderExamples.CODE, "anna", item("R5/annual-compilation/2025",
                DUE));

        assertThat(key.value()).isEqualTo("anna/reminder/obligation:R5/annual-compilation/2025/2026-03-31");
    }
}
