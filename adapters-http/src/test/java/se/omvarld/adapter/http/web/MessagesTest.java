package se.omvarld.adapter.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.policy.Severity;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.Money;

class MessagesTest {

    private static final Messages SV = Messages.of(ReportLanguage.SWEDISH);
    private static final Messages EN = Messages.of(ReportLanguage.ENGLISH);

    @Test
    void both_bundles_hold_the_same_keys() throws IOException {
        assertThat(bundle("sv").stringPropertyNames()).isEqualTo(bundle("en").stringPropertyNames());
    }

    @Test
    void the_bundles_are_read_as_utf_8() {
        assertThat(SV.t("nav.overview")).isEqualTo("Översikt");
        assertThat(SV.t("overview.title")).isEqualTo("Översikt");
    }

    @Test
    void swedish_dates_are_written_as_swedes_write_them() {
        assertThat(SV.date(LocalDate.of(2026, 3, 31))).isEqualTo("31 mars 2026");
        assertThat(EN.date(LocalDate.of(2026, 3, 31))).isEqualTo("31 March 2026");
    }

    @Test
    void a_sum_in_kronor_is_grouped_by_spaces_and_written_kr_in_swedish() {
        assertThat(SV.money(Money.sek("1800000"))).isEqualTo("1\u00a0800\u00a0000\u00a0kr");
        assertThat(EN.money(Money.sek("1800000"))).isEqualTo("SEK\u00a01,800,000");
    }

    @Test
    void a_sum_with_ore_keeps_two_decimals_and_another_currency_its_code() {
        assertThat(SV.money(Money.of("1250.50", "EUR"))).isEqualTo("1\u00a0250,50\u00a0EUR");
    }

    @Test
    void arguments_replace_their_placeholders_and_an_apostrophe_stays() {
        assertThat(EN.t("signin.locked", 15)).isEqualTo("Too many failed sign-ins. Try again in 15 minutes.");
        assertThat(EN.t("obligation.ANNUAL_REPORT_SECTION")).isEqualTo("Committee's annual-report section");
    }

    @Test
    void every_value_the_pages_name_by_its_constant_has_words_in_both_languages() {
        for (Messages m : new Messages[] {SV, EN}) {
            for (ObligationKind kind : ObligationKind.values()) {
                assertThat(m.has("obligation." + kind.name())).as(kind.name()).isTrue();
            }
            for (Area area : Area.values()) {
                assertThat(m.has("area." + area.name())).as(area.name()).isTrue();
            }
            for (Severity severity : Severity.values()) {
                assertThat(m.has("severity." + severity.name())).as(severity.name()).isTrue();
            }
            for (Page.Section section : Page.Section.values()) {
                assertThat(section == Page.Section.NONE || m.has(section.key())).as(section.name()).isTrue();
            }
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/web/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
