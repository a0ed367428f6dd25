package se.omvarld.adapter.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.omvarld.domain.policy.CountryAssessment;
import se.omvarld.domain.policy.RegimeClass;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Money;
import se.omvarld.port.CountryAssessments;
import se.omvarld.port.ExchangeRate;
import se.omvarld.port.ExchangeRates;
import se.omvarld.reference.EcbExchangeRates;
import se.omvarld.reference.VdemCountryAssessments;

/**
 * The shipped reference data, imported into a fresh database: V-Dem's regime classes as country assessments (R2)
 * and the ECB's rates as exchange rates, with what the real files hold that cannot be taken reported.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReferenceDataContract {

    private static final Currency SEK = Money.SEK;
    private static final Currency EUR = Money.EUR;
    private static final Currency NOK = Currency.getInstance("NOK");

    private Database database;
    private java.util.List<ImportReport> reports;
    private CountryAssessments assessments;
    private ExchangeRates rates;

    protected abstract DbSettings freshDatabase();

    @BeforeAll
    void importTheShippedFiles() {
        database = Database.start(freshDatabase());
        reports = new ReferenceDataImport(database.persistence()).importShippedIfEmpty();
        assessments = new JooqCountryAssessments(database.persistence());
        rates = new JooqExchangeRates(database.persistence());
    }

    @AfterAll
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void vdem_rows_without_an_iso_country_are_reported_not_guessed() {
        ImportReport vdem = reports.get(0);

        assertThat(vdem.imported() + vdem.skipped().size()).isEqualTo(4462);
        assertThat(vdem.skipped()).anyMatch(s -> s.contains("OWID_KOS")).anyMatch(s -> s.contains("Palestine"));
        assertThat(vdem.skipped()).noneMatch(s -> s.contains("'Hungary'"));
    }

    @Test
    void hungary_is_an_electoral_autocracy_from_2018() {
        assertThat(assessments.latest(CountryCode.of("HU"), 2017)).map(CountryAssessment::regime)
                .contains(RegimeClass.ELECTORAL_DEMOCRACY);
        assertThat(assessments.latest(CountryCode.of("HU"), 2018)).map(CountryAssessment::regime)
                .contains(RegimeClass.ELECTORAL_AUTOCRACY);
    }

    @Test
    void a_year_after_the_table_ends_takes_the_latest_assessment() {
        CountryAssessment china = assessments.latest(CountryCode.of("CN"), 2026).orElseThrow();

        assertThat(china.year()).isEqualTo(2024);
        assertThat(china.regime()).isEqualTo(RegimeClass.CLOSED_AUTOCRACY);
        assertThat(assessments.history(CountryCode.of("CN"))).hasSize(25);
    }

    @Test
    void a_country_the_table_does_not_know_has_no_assessment() {
        assertThat(assessments.latest(CountryCode.of("AD"), 2024)).isEmpty();
    }

    @Test
    void the_first_ecb_fixing_is_read_exactly() {
        ExchangeRate rate = rates.rate(EUR, SEK, LocalDate.of(1999, 1, 4)).orElseThrow();

        assertThat(rate.rate()).isEqualByComparingTo("9.4696");
        assertThat(rate.day()).isEqualTo(LocalDate.of(1999, 1, 4));
        assertThat(rate.source()).contains("ECB");
    }

    @Test
    void a_saturday_takes_fridays_fixing_and_says_so() {
        ExchangeRate rate = rates.rate(EUR, SEK, LocalDate.of(2024, 10, 12)).orElseThrow();

        assertThat(rate.day()).isEqualTo(LocalDate.of(2024, 10, 11));
        assertThat(rate.rate()).isEqualByComparingTo("11.354");
    }

    @Test
    void a_rate_between_two_currencies_goes_through_the_euro_on_one_day() {
        ExchangeRate rate = rates.rate(NOK, SEK, LocalDate.of(2024, 10, 11)).orElseThrow();

        assertThat(rate.rate()).isEqualByComparingTo(new BigDecimal("11.354")
                .divide(new BigDecimal("11.7393"), java.math.MathContext.DECIMAL64));
        assertThat(rate.convert(Money.of("1000.00", "NOK"))).isEqualTo(Money.sek("967.18"));
    }

    @Test
    void there_is_no_rate_after_the_file_ends_never_a_zero() {
        assertThat(rates.rate(EUR, SEK, LocalDate.of(2025, 3, 3))).isEmpty();
    }

    @Test
    void a_currency_without_a_fixing_that_day_has_no_rate() {
        // The Estonian kroon joined the euro in 2011: N/A ever after.
        assertThat(rates.rate(Currency.getInstance("EEK"), SEK, LocalDate.of(2015, 6, 1))).isEmpty();
    }

    @Test
    void the_stored_rates_and_assessments_answer_as_the_files_they_came_from() {
        ExchangeRates file = EcbExchangeRates.shipped();
        java.util.List<LocalDate> days = java.util.List.of(LocalDate.of(1999, 1, 4), LocalDate.of(2008, 6, 2),
                LocalDate.of(2015, 6, 1), LocalDate.of(2024, 6, 15), LocalDate.of(2024, 10, 18),
                LocalDate.of(2024, 10, 19));
        java.util.List<Currency> currencies = java.util.List.of(EUR, NOK, Currency.getInstance("EEK"),
                Currency.getInstance("USD"));
        for (LocalDate day : days) {
            for (Currency from : currencies) {
                assertThat(rates.rate(from, SEK, day).map(ReferenceDataContract::shown))
                        .as("%s to SEK on %s", from, day)
                        .isEqualTo(file.rate(from, SEK, day).map(ReferenceDataContract::shown));
            }
        }
        VdemCountryAssessments vdem = VdemCountryAssessments.shipped();
        for (String country : java.util.List.of("HU", "TR", "ZM", "CN", "SE", "AD")) {
            assertThat(assessments.history(CountryCode.of(country))).isEqualTo(vdem.history(CountryCode.of(country)));
        }
    }

    private static String shown(ExchangeRate rate) {
        return rate.from() + " " + rate.to() + " " + rate.rate().stripTrailingZeros().toPlainString() + " " + rate.day()
                + " " + rate.source();
    }

    @Test
    void rates_read_ahead_are_the_rates_read_one_by_one() {
        Currency usd = Currency.getInstance("USD");
        java.util.Set<Currency> from = java.util.Set.of(EUR, NOK, usd, SEK);
        se.omvarld.domain.shared.DateRange days = se.omvarld.domain.shared.DateRange.years(2019, 2020);
        ExchangeRates ahead = database.persistence().transactions()
                .inTransaction(() -> rates.readAhead(from, SEK, days));

        for (LocalDate day = LocalDate.of(2018, 12, 20); day.isBefore(LocalDate.of(2021, 1, 10));
                day = day.plusDays(1)) {
            for (Currency currency : java.util.List.of(EUR, NOK, usd, SEK, Currency.getInstance("DKK"))) {
                assertThat(ahead.rate(currency, SEK, day)).as("%s on %s", currency, day)
                        .isEqualTo(rates.rate(currency, SEK, day));
            }
        }
        assertThat(ahead.rate(SEK, NOK, LocalDate.of(2020, 3, 2))).isEqualTo(rates.rate(SEK, NOK,
                LocalDate.of(2020, 3, 2)));
    }

    @Test
    void a_table_for_some_countries_answers_as_their_histories_and_still_knows_the_others() {
        CountryCode hungary = CountryCode.of("HU");
        CountryCode china = CountryCode.of("CN");
        CountryCode turkey = CountryCode.of("TR");
        se.omvarld.domain.policy.CountryAssessmentTable table = assessments.tableFor(java.util.Set.of(hungary,
                china, CountryCode.of("AQ")));

        assertThat(table.history(hungary)).isEqualTo(assessments.history(hungary));
        assertThat(table.history(china)).isEqualTo(assessments.history(china));
        assertThat(table.history(turkey)).isEqualTo(assessments.history(turkey)).isNotEmpty();
        assertThat(table.history(CountryCode.of("AQ"))).isEmpty();
        assertThat(table.latest(hungary, 2018)).isEqualTo(assessments.latest(hungary, 2018));
    }

    @Test
    void the_import_reports_rows_it_cannot_read() {
        Database scratch = Database.start(freshDatabase());
        try {
            ImportReport report = new ReferenceDataImport(scratch.persistence()).ecbRates("broken.csv",
                    new StringReader("Date,SEK,NOK,\n2024-10-11,11.354,N/A,\nnot-a-day,1,2,\n2024-10-10,eleven,11.79,\n"));

            assertThat(report.imported()).isEqualTo(2);
            assertThat(report.skipped()).containsExactly("broken.csv line 3: 'not-a-day' is not a date",
                    "broken.csv line 4: SEK 'eleven' is not a rate");
        } finally {
            scratch.close();
        }
    }

    @Test
    void the_schema_refuses_a_country_code_that_is_not_two_capital_letters() throws Exception {
        try (java.sql.Connection connection = database.dataSource().getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.executeUpdate(
                    "insert into country_assessment (country, assessed_year, regime, source)"
                            + " values ('B1', 2020, 2, 'test')"))
                    .isInstanceOf(java.sql.SQLException.class).hasMessageContaining("country_assessment_country_ck");
        }
    }

    @Test
    void importing_again_leaves_a_loaded_table_alone() {
        assertThat(new ReferenceDataImport(database.persistence()).importShippedIfEmpty()).isEmpty();
    }
}
