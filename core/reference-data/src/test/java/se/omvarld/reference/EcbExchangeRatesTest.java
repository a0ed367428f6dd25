package se.omvarld.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.port.ExchangeRate;
import se.omvarld.port.ExchangeRates;

/** The shipped ECB history, read as the core's exchange-rate port. */
class EcbExchangeRatesTest {

    private static final EcbExchangeRates ECB = EcbExchangeRates.shipped();
    private static final Currency SEK = Money.SEK;
    private static final Currency EUR = Money.EUR;
    private static final Currency NOK = Currency.getInstance("NOK");

    @Test
    void sek_per_euro_on_a_known_day_names_that_day_and_the_ecb() {
        ExchangeRates port = ECB;

        ExchangeRate rate = port.rate(EUR, SEK, LocalDate.of(2024, 10, 11)).orElseThrow();

        assertThat(rate.rate()).isEqualByComparingTo("11.354");
        assertThat(rate.day()).isEqualTo(LocalDate.of(2024, 10, 11));
        assertThat(rate.source()).isEqualTo("ECB euro reference rates of 2024-10-11");
        assertThat(rate.convert(Money.of("1000.00", "EUR"))).isEqualTo(Money.sek("11354.00"));
    }

    @Test
    void the_first_fixing_is_read_exactly() {
        assertThat(ECB.rate(EUR, SEK, LocalDate.of(1999, 1, 4)).orElseThrow().rate()).isEqualByComparingTo("9.4696");
        assertThat(ECB.firstDay()).isEqualTo(LocalDate.of(1999, 1, 4));
        assertThat(ECB.lastDay()).isEqualTo(LocalDate.of(2024, 10, 11));
    }

    @Test
    void a_weekend_day_takes_fridays_fixing_and_says_so() {
        LocalDate saturday = LocalDate.of(2024, 6, 15);
        assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);

        ExchangeRate rate = ECB.rate(EUR, SEK, saturday).orElseThrow();
        ExchangeRate sunday = ECB.rate(EUR, SEK, saturday.plusDays(1)).orElseThrow();

        assertThat(rate.day()).isEqualTo(LocalDate.of(2024, 6, 14));
        assertThat(rate.rate()).isEqualByComparingTo(ECB.perEuro(SEK, LocalDate.of(2024, 6, 14)).orElseThrow());
        assertThat(sunday.day()).isEqualTo(LocalDate.of(2024, 6, 14));
        assertThat(ECB.perEuro(SEK, saturday)).isEmpty();
    }

    @Test
    void a_rate_between_two_currencies_goes_through_the_euro_on_one_day() {
        ExchangeRate rate = ECB.rate(NOK, SEK, LocalDate.of(2024, 10, 11)).orElseThrow();

        assertThat(rate.rate()).isEqualByComparingTo(new BigDecimal("11.354")
                .divide(new BigDecimal("11.7393"), MathContext.DECIMAL64));
        assertThat(rate.convert(Money.of("1000.00", "NOK"))).isEqualTo(Money.sek("967.18"));
    }

    /**
     * The file ends on Friday 2024-10-11. As in the persistence adapter, a day without a fixing looks back at most
     * a week: the days up to 2024-10-18 still take Friday's fixing (and name it), from 2024-10-19 there is no rate.
     */
    @Test
    void after_the_file_ends_there_is_no_rate_once_the_week_of_look_back_is_past_never_a_zero() {
        assertThat(ECB.rate(EUR, SEK, LocalDate.of(2024, 10, 12))).map(ExchangeRate::day)
                .contains(LocalDate.of(2024, 10, 11));
        assertThat(ECB.rate(EUR, SEK, LocalDate.of(2024, 10, 18))).map(ExchangeRate::day)
                .contains(LocalDate.of(2024, 10, 11));
        assertThat(ECB.rate(EUR, SEK, LocalDate.of(2024, 10, 19))).isEmpty();
        assertThat(ECB.rate(NOK, SEK, LocalDate.of(2025, 3, 3))).isEmpty();
    }

    @Test
    void a_currency_without_a_fixing_that_day_has_no_rate() {
        // The Estonian kroon joined the euro in 2011: N/A ever after.
        assertThat(ECB.rate(Currency.getInstance("EEK"), SEK, LocalDate.of(2015, 6, 1))).isEmpty();
        assertThat(ECB.rate(Currency.getInstance("EEK"), SEK, LocalDate.of(2008, 6, 2))).isPresent();
    }

    @Test
    void a_currency_to_itself_is_the_identity() {
        assertThat(ECB.rate(SEK, SEK, LocalDate.of(2030, 1, 1)).orElseThrow().rate()).isEqualByComparingTo("1");
    }

    @Test
    void the_shipped_file_is_taken_whole() {
        assertThat(ECB.rejected()).isEmpty();
        assertThat(ECB.currencies()).hasSize(41).contains(SEK, NOK);
        assertThat(ECB.fixings()).filteredOn(f -> f.currency().equals(SEK)).hasSize(6603);
    }

    @Test
    void a_file_of_the_same_layout_reports_each_value_it_cannot_take() {
        EcbExchangeRates read = EcbExchangeRates.read("broken.csv", new StringReader(
                "Date,SEK,NOK,XYZ,\n2024-10-11,11.354,N/A,1,\nnot-a-day,1,2,3,\n2024-10-10,eleven,11.79,1,\n"
                        + "2024-10-11,11,11,1,\n2024-10-09,0,11.8,1,\n"));

        assertThat(read.fixings()).hasSize(3);
        assertThat(read.rejected()).extracting(RejectedRow::toString).containsExactly(
                "broken.csv line 1: 'XYZ' is not an ISO 4217 currency code: its column is left out",
                "broken.csv line 3: 'not-a-day' is not a date",
                "broken.csv line 4: SEK 'eleven' is not a rate",
                "broken.csv line 5: 2024-10-11 appears twice: first on line 2",
                "broken.csv line 6: SEK '0' is not a rate");
        assertThat(read.rate(NOK, SEK, LocalDate.of(2024, 10, 11)))
                .as("NOK was N/A that day, SEK unreadable the days before").isEmpty();
    }

    @Test
    void each_value_not_taken_is_keyed_with_its_arguments_as_values() {
        EcbExchangeRates read = EcbExchangeRates.read("broken.csv", new StringReader(
                "Date,SEK,XYZ,\n2024-10-11,11.354,1,\nnot-a-day,1,3,\n2024-10-10,eleven,1,\n2024-10-11,11,1,\n"));

        assertThat(read.rejected()).extracting(RejectedRow::wording).containsExactly(
                Wording.of(WordingKey.FIELD_FILE_NOT_CURRENCY, "'XYZ' is not an ISO 4217 currency code: its column"
                        + " is left out", "XYZ"),
                Wording.of(WordingKey.FIELD_FILE_NOT_DATE, "'not-a-day' is not a date", "not-a-day"),
                Wording.of(WordingKey.FIELD_FILE_NOT_RATE, "SEK 'eleven' is not a rate", "SEK", "eleven"),
                Wording.of(WordingKey.FIELD_FILE_DAY_TWICE, "2024-10-11 appears twice: first on line 2",
                        LocalDate.of(2024, 10, 11), 2));
    }

    @Test
    void a_first_column_other_than_date_is_keyed_with_the_file_and_the_column() {
        InvalidValue invalid = catchThrowableOfType(() -> EcbExchangeRates.read("rates.csv",
                new StringReader("Day,SEK\n2024-10-11,11.354\n")), InvalidValue.class);

        assertThat(invalid.wording()).isEqualTo(Wording.of(WordingKey.FIELD_FILE_FIRST_COLUMN,
                "rates.csv: the first column must be Date, not 'Day'", "rates.csv", "Day"));
    }
}
