package se.omvarld.adapter.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.report.ReportLanguage;

class ValueFormatsTest {

    private static final Currency SEK = Currency.getInstance("SEK");
    private static final ValueFormats SWEDISH = ValueFormats.of(ReportLanguage.SWEDISH);
    private static final ValueFormats ENGLISH = ValueFormats.of(ReportLanguage.ENGLISH);

    @Test
    void swedish_kronor_are_grouped_by_no_break_spaces_and_end_in_kr() {
        assertThat(SWEDISH.money(new BigDecimal("1800000.00"), SEK)).isEqualTo("1\u00a0800\u00a0000\u00a0kr");
    }

    @Test
    void english_kronor_lead_with_the_currency_code() {
        assertThat(ENGLISH.money(new BigDecimal("1800000.00"), SEK)).isEqualTo("SEK\u00a01,800,000");
    }

    @Test
    void an_amount_with_ore_shows_them_after_a_decimal_comma_in_swedish() {
        assertThat(SWEDISH.money(new BigDecimal("-1234.50"), Currency.getInstance("EUR")))
                .isEqualTo("-1\u00a0234,50\u00a0EUR");
    }

    @Test
    void dates_are_written_out_in_the_report_language() {
        LocalDate day = LocalDate.of(2026, 3, 31);
        assertThat(SWEDISH.date(day)).isEqualTo("31 mars 2026");
        assertThat(ENGLISH.date(day)).isEqualTo("31 March 2026");
    }

    @Test
    void a_note_in_a_money_column_is_shown_as_its_words_never_as_zero() {
        assertThat(SWEDISH.cell(Cell.note("kan inte räknas om"))).isEqualTo("kan inte räknas om");
    }
}
