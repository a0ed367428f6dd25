package se.omvarld.service.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.EmailAddress;
import se.omvarld.domain.access.ReminderPreferences;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.reminder.DueItem;
import se.omvarld.domain.reminder.ReminderMessage;
import se.omvarld.domain.reminder.ReminderSchedule;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.MunicipalityCode;

class ReminderMailTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final DueItem COMPILATION = new DueItem(DueItem.Kind.OBLIGATION, "R5/annual-compilation/2025",
            "Internationellt arbete 2025", LocalDate.of(2026, 3, 31), Optional.of(ObligationKind.ANNUAL_COMPILATION));
    private static final DueItem CALL = new DueItem(DueItem.Kind.CALL_DEADLINE,
            "7b0e4b9e-4c1f-4a57-9c55-1c5a1b0e8f11", "Skolsamarbeten", LocalDate.of(2026, 4, 5), Optional.empty());

    private final ReminderMail mail = new ReminderMail(URI.create("https://omvarld.lidkoping.se/"));

    private static UserAccount person(ReportLanguage language, String name) {
        return UserAccount.open("eva", MunicipalityCode.of("1494"), EmailAddress.of("eva@lidkoping.se"), name,
                Role.COORDINATOR, Optional.empty(), "$argon2id$x", language, Instant.parse("2026-01-05T08:00:00Z"))
                .withReminders(new ReminderPreferences(true, Optional.of(30)));
    }

    private ReminderMail.Content reminder(ReportLanguage language, DueItem item) {
        return mail.write(ReminderSchedule.reminder(person(language, "Eva Holm"), item, MONDAY));
    }

    @Test
    void swedish_dates_are_written_in_swedish_and_english_ones_in_english() {
        assertThat(reminder(ReportLanguage.SWEDISH, COMPILATION).subject())
                .isEqualTo("Påminnelse: Årlig sammanställning – Internationellt arbete 2025 ska lämnas senast"
                        + " 31 mars 2026");
        assertThat(reminder(ReportLanguage.SWEDISH, CALL).text()).contains("5 april 2026");
        assertThat(reminder(ReportLanguage.ENGLISH, COMPILATION).subject())
                .isEqualTo("Reminder: Annual compilation – Internationellt arbete 2025 is due by 31 March 2026");
    }

    @Test
    void an_obligation_links_to_the_web_app_s_obligations_and_a_call_to_its_own_page() {
        assertThat(reminder(ReportLanguage.SWEDISH, COMPILATION).text())
                .contains("Öppna i Omvärld: https://omvarld.lidkoping.se/app/obligations\n");
        assertThat(reminder(ReportLanguage.ENGLISH, CALL).html()).contains(
                "<a href=\"https://omvarld.lidkoping.se/app/funding#calls-7b0e4b9e-4c1f-4a57-9c55-1c5a1b0e8f11\">");
    }

    @Test
    void markup_in_a_name_or_a_title_stays_text_in_the_html_part() {
        UserAccount mallory = person(ReportLanguage.ENGLISH, "Eve <b>\"Bold\"</b>");
        DueItem scripted = new DueItem(DueItem.Kind.CALL_DEADLINE, "c1", "<script>alert('x')</script>",
                MONDAY.plusDays(3), Optional.empty());

        ReminderMail.Content content = mail.write(ReminderSchedule.reminder(mallory, scripted, MONDAY));

        assertThat(content.html()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
                "Eve &lt;b&gt;&quot;Bold&quot;&lt;/b&gt;").doesNotContain("<script>", "<b>");
        assertThat(content.text()).contains("<script>alert('x')</script>");
    }

    @Test
    void a_digest_with_nothing_overdue_says_so() {
        ReminderMessage digest = new ReminderMessage(ReminderSchedule.digest(person(ReportLanguage.ENGLISH, "Eva"),
                ImmutableList.of(), MONDAY).key(), person(ReportLanguage.ENGLISH, "Eva"), MONDAY,
                ImmutableList.of(COMPILATION), ImmutableList.of());

        ReminderMail.Content content = mail.write(digest);

        assertThat(content.subject()).isEqualTo("Omvärld week 10: 1 to do, 0 overdue");
        assertThat(content.text()).contains("Due in the next 30 days:\n- Annual compilation – Internationellt arbete"
                + " 2025, due by 31 March 2026", "Overdue:\n  Nothing.");
        assertThat(content.html()).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("<h2>Overdue</h2>");
    }
}
