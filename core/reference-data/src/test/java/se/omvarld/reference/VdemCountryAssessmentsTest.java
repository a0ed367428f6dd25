package se.omvarld.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.policy.CountryAssessment;
import se.omvarld.domain.policy.CountryAssessmentTable;
import se.omvarld.domain.policy.RegimeClass;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.port.CountryAssessments;

/** The shipped V-Dem file, read as the core's port: the seed register's partner countries as V-Dem classes them. */
class VdemCountryAssessmentsTest {

    private static final VdemCountryAssessments VDEM = VdemCountryAssessments.shipped();
    private static final CountryCode HUNGARY = CountryCode.of("HU");
    private static final CountryCode TURKEY = CountryCode.of("TR");
    private static final CountryCode ZAMBIA = CountryCode.of("ZM");
    /** V-Dem's layout: one sound row, then a repeat, a class out of range, a year not a number, no code, a short row. */
    private static final String FAULTY_ROWS = """
                entity,iso3,year,regime
                Sweden,SWE,2024,3
                Sweden,SWE,2024,3
                Norway,NOR,2024,7
                Denmark,DNK,last year,3
                Atlantis,ATL,2024,2
                Finland,FIN,2024
                """;

    @Test
    void hungary_is_an_electoral_autocracy_from_2018_after_eight_years_as_an_electoral_democracy() {
        CountryAssessments port = VDEM;

        assertThat(port.latest(HUNGARY, 2009)).map(CountryAssessment::regime).contains(RegimeClass.LIBERAL_DEMOCRACY);
        assertThat(port.latest(HUNGARY, 2017)).map(CountryAssessment::regime)
                .contains(RegimeClass.ELECTORAL_DEMOCRACY);
        IntStream.rangeClosed(2018, 2024).forEach(year -> assertThat(port.latest(HUNGARY, year))
                .as("Hungary %s", year).map(CountryAssessment::regime).contains(RegimeClass.ELECTORAL_AUTOCRACY));
    }

    @Test
    void turkey_is_an_electoral_autocracy_since_2013() {
        assertThat(VDEM.latest(TURKEY, 2012)).map(CountryAssessment::regime).contains(RegimeClass.ELECTORAL_DEMOCRACY);
        assertThat(VDEM.history(TURKEY)).filteredOn(a -> a.year() >= 2013).hasSize(12)
                .allSatisfy(a -> assertThat(a.regime()).isEqualTo(RegimeClass.ELECTORAL_AUTOCRACY));
    }

    /**
     * Zambia (the Athena exchange of De la Gardiegymnasiet) is an electoral democracy since 2022; it was an electoral
     * autocracy 2013–2021 (and 2000–2005), an electoral democracy 2006–2012.
     */
    @Test
    void zambia_is_an_electoral_democracy_since_2022_after_nine_years_as_an_electoral_autocracy() {
        assertThat(VDEM.history(ZAMBIA)).extracting(a -> a.regime().code()).containsExactly(
                1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2);
        assertThat(VDEM.latest(ZAMBIA, 2021)).map(CountryAssessment::regime).contains(RegimeClass.ELECTORAL_AUTOCRACY);
        assertThat(VDEM.latest(ZAMBIA, 2022)).map(CountryAssessment::regime).contains(RegimeClass.ELECTORAL_DEMOCRACY);
    }

    @Test
    void a_year_after_the_file_ends_takes_the_latest_assessment_and_names_its_year_and_source() {
        CountryAssessment china = VDEM.latest(CountryCode.of("CN"), 2026).orElseThrow();

        assertThat(china.year()).isEqualTo(2024);
        assertThat(china.regime()).isEqualTo(RegimeClass.CLOSED_AUTOCRACY);
        assertThat(china.source()).isEqualTo("V-Dem v15 (2025) via Our World in Data");
        assertThat(VDEM.history(CountryCode.of("CN"))).hasSize(25);
    }

    @Test
    void a_country_the_file_does_not_assess_has_no_assessment() {
        assertThat(VDEM.latest(CountryCode.of("AD"), 2024)).isEmpty();
        assertThat(VDEM.history(CountryCode.of("AD"))).isEmpty();
        assertThat(VDEM.latest(HUNGARY, 1999)).isEmpty();
    }

    @Test
    void every_row_without_an_iso_country_is_reported_with_its_line_not_guessed() {
        assertThat(VDEM.all().size() + VDEM.rejected().size()).isEqualTo(4462);
        assertThat(VDEM.rejected()).extracting(r -> r.text().split(",", -1)[1]).containsOnly(
                "OWID_KOS", "OWID_SML", "OWID_ZAN", "");
        assertThat(VDEM.rejected()).filteredOn(r -> r.text().startsWith("Palestine/")).hasSize(43)
                .allSatisfy(r -> assertThat(r.reason()).endsWith("has no ISO 3166-1 code ('')"));
        assertThat(VDEM.rejected()).first().hasToString("country-regimes/political-regime-2000-2024.csv"
                + " line 2072: 'Kosovo' has no ISO 3166-1 code ('OWID_KOS')");
        assertThat(VDEM.countries()).hasSize(174);
    }

    @Test
    void it_is_also_the_domains_table() {
        CountryAssessmentTable table = VDEM;

        assertThat(table.latest(HUNGARY, 2018)).map(CountryAssessment::regime)
                .contains(RegimeClass.ELECTORAL_AUTOCRACY);
    }

    @Test
    void a_file_of_the_same_layout_reports_each_row_it_cannot_take() {
        VdemCountryAssessments read = VdemCountryAssessments.read("mine.csv", new StringReader(FAULTY_ROWS));

        assertThat(read.all()).extracting(CountryAssessment::country).containsExactly(CountryCode.of("SE"));
        assertThat(read.rejected()).extracting(RejectedRow::toString).containsExactly(
                "mine.csv line 3: 'Sweden' 2024 appears twice: first on line 2",
                "mine.csv line 4: regime class 7 is not 0 to 3",
                "mine.csv line 5: year or regime is not a number",
                "mine.csv line 6: 'Atlantis' has no ISO 3166-1 code ('ATL')",
                "mine.csv line 7: expected 4 columns, found 3");
    }

    @Test
    void a_file_of_another_layout_is_refused_whole() {
        assertThatThrownBy(() -> VdemCountryAssessments.read("other.csv", new StringReader("country,year\nSE,2024\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other.csv");
    }

    @Test
    void each_row_not_taken_is_keyed_with_its_arguments_as_values() {
        VdemCountryAssessments read = VdemCountryAssessments.read("mine.csv", new StringReader(FAULTY_ROWS
                + "Iceland,ISL,1850,3\n"));

        assertThat(read.rejected()).extracting(r -> r.wording().key()).containsExactly(
                WordingKey.FIELD_FILE_ASSESSMENT_TWICE, WordingKey.FIELD_FILE_REGIME_CLASS,
                WordingKey.FIELD_FILE_NOT_NUMBER, WordingKey.FIELD_FILE_NO_COUNTRY_CODE,
                WordingKey.FIELD_FILE_COLUMN_COUNT, WordingKey.FIELD_ASSESSMENT_YEAR);
        assertThat(read.rejected()).flatExtracting(r -> r.wording().arguments()).containsExactly("Sweden", 2024, 2, 7,
                "Atlantis", "ATL", 3, 1850);
    }
}
