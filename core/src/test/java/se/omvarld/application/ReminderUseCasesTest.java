package se.omvarld.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.EmailAddress;
import se.omvarld.domain.access.ReminderPreferences;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.reminder.DueItem;
import se.omvarld.domain.reminder.MessageKind;
import se.omvarld.domain.reminder.ReminderMessage;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.Clock;
import se.omvarld.port.ReminderDeliveries;
import se.omvarld.port.UserAccountRepository;
import se.omvarld.testkit.memory.InMemoryPersistence;
import se.omvarld.testkit.memory.InMemoryReminderDeliveries;

/**
 * Reminders over Lidköping's register, whose policy imposes one report due soon: the annual compilation of 2025,
 * due 31 March 2026 (R5).
 */
class ReminderUseCasesTest {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    /** A Monday, 29 days before the compilation is due. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T06:00:00Z");
    private static final String COMPILATION = "obligation:" + ObligationKeys.annualCompilation(2025);

    private final SettableClock clock = new SettableClock(MONDAY_MORNING);
    private final InMemoryPersistence memory = InMemoryPersistence.create();
    private final Ports ports = TestPorts.on(memory, LocalDate.of(2026, 3, 2), PolicyProfiles.all()).toBuilder()
            .clock(clock).build();
    private final UserAccountRepository accounts = memory.accounts();
    private final ReminderDeliveries deliveries = new InMemoryReminderDeliveries(memory.municipalities());
    private final ReminderUseCases reminders = new ReminderUseCases(ports, accounts, deliveries);

    ReminderUseCasesTest() {
        Scenarios.registerLidkoping(ports);
    }

    private static UserAccount account(String id, Role role, ReminderPreferences wanted) {
        return UserAccount.open(id, PolicyProfiles.LIDKOPING_CODE, EmailAddress.of(id + "@lidkoping.se"), id, role,
                Optional.empty(), "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", ReportLanguage.SWEDISH,
                Instant.parse("2026-01-05T08:00:00Z")).withReminders(wanted);
    }

    @Test
    void on_a_monday_the_coordinator_is_due_the_reminder_of_the_compilation_and_the_digest_listing_it() {
        accounts.save(account("eva", Role.COORDINATOR, new ReminderPreferences(true, Optional.of(30))));

        List<ReminderMessage> due = reminders.due();

        assertThat(due).extracting(m -> m.kind(), m -> m.key().subject()).containsExactly(
                tuple(MessageKind.REMINDER, COMPILATION),
                tuple(MessageKind.DIGEST, "2026-W10"));
        assertThat(due.get(1).upcoming()).extracting(DueItem::subjectKey).containsExactly(COMPILATION);
    }

    @Test
    void a_reminder_wanted_fewer_days_ahead_is_not_due_yet() {
        accounts.save(account("eva", Role.COORDINATOR, new ReminderPreferences(false, Optional.of(14))));

        assertThat(reminders.due()).isEmpty();
    }

    @Test
    void a_viewer_is_sent_nothing() {
        accounts.save(account("ove", Role.VIEWER, new ReminderPreferences(true, Optional.of(30))));

        assertThat(reminders.due()).isEmpty();
    }

    @Test
    void a_message_sent_is_still_due_the_same_day_but_claimed_only_once() {
        accounts.save(account("eva", Role.COORDINATOR, new ReminderPreferences(false, Optional.of(30))));
        ReminderMessage reminder = reminders.due().get(0);
        assertThat(reminders.claim(reminder)).isTrue();
        reminders.sent(reminder);
        clock.set(MONDAY_MORNING.plusSeconds(3600));

        assertThat(reminders.due()).containsExactly(reminder);
        assertThat(reminders.claim(reminder)).isFalse();
    }

    @Test
    void a_failed_digest_is_due_again_the_next_day_under_its_key_and_claimed_again() {
        accounts.save(account("eva", Role.COORDINATOR, new ReminderPreferences(true, Optional.empty())));
        ReminderMessage digest = reminders.due().get(0);
        reminders.claim(digest);
        Instant retryAt = reminders.failed(digest, "Connection refused");
        assertThat(retryAt).isEqualTo(MONDAY_MORNING.plus(ReminderUseCases.RETRY_AFTER));
        clock.set(MONDAY_MORNING.plusSeconds(86_400));

        List<ReminderMessage> due = reminders.due();

        assertThat(due).extracting(ReminderMessage::key).containsExactly(digest.key());
        assertThat(due.get(0).on()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(reminders.claim(due.get(0))).isTrue();
        assertThat(deliveries.find(digest.key()).orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void a_failed_message_is_not_claimed_again_before_its_retry_time() {
        accounts.save(account("eva", Role.COORDINATOR, new ReminderPreferences(false, Optional.of(30))));
        ReminderMessage reminder = reminders.due().get(0);
        reminders.claim(reminder);
        reminders.failed(reminder, "Connection refused");
        clock.set(MONDAY_MORNING.plus(ReminderUseCases.RETRY_AFTER).minusSeconds(1));

        assertThat(reminders.claim(reminders.due().get(0))).isFalse();
    }

    @Test
    void an_account_in_a_municipality_without_a_policy_profile_is_sent_nothing() {
        MunicipalityCode nowhere = MunicipalityCode.of("2999");
        accounts.save(UserAccount.open("nils", nowhere, EmailAddress.of("nils@example.se"), "Nils",
                Role.COORDINATOR, Optional.empty(), "$argon2id$x", ReportLanguage.ENGLISH, MONDAY_MORNING)
                .withReminders(new ReminderPreferences(true, Optional.of(30))));

        assertThat(reminders.due()).isEmpty();
    }

    /** A clock the test moves; today is the day in Sweden. */
    private static final class SettableClock implements Clock {
        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public LocalDate today() {
            return LocalDate.ofInstant(now, SWEDEN);
        }

        @Override
        public Instant now() {
            return now;
        }
    }
}
