package se.omvarld.domain.twintown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

class TwinTownImportTest {

    private static final MunicipalityCode LIDKOPING = MunicipalityCode.of("1494");
    private static final MunicipalityCode TYRESO = MunicipalityCode.of("0138");
    private static final MunicipalityCode HANINGE = MunicipalityCode.of("0136");
    private static final MunicipalityCode KROKOM = MunicipalityCode.of("2309");
    private static final SwedishMunicipalities MUNICIPALITIES = SwedishMunicipalities.of(Map.of(
            LIDKOPING, "Lidköping", TYRESO, "Tyresö", HANINGE, "Haninge", KROKOM, "Krokom",
            MunicipalityCode.of("1480"), "Göteborg", MunicipalityCode.of("2282"), "Kramfors"));

    private static TwinTownRow row(int line, String town1, String country1, String town2, String country2) {
        return new TwinTownRow(line, town1, country1, town2, country2);
    }

    private static TwinTownImport read(TwinTownRow... rows) {
        return TwinTownImport.of(List.of(rows), MUNICIPALITIES);
    }

    @Test
    void a_swedish_municipality_s_row_becomes_its_pair_with_the_town_s_iso_country() {
        TwinTownImport result = read(row(2, "Kecskemét", "Hungary", "Lidköping", "Sweden"));

        assertThat(result.pairs()).containsExactly(
                TwinTownPair.abroad(LIDKOPING, "Lidköping", "Kecskemét", CountryCode.of("HU")));
        assertThat(result.rejected()).isEmpty();
    }

    @Test
    void both_directions_of_a_pair_are_merged_into_one() {
        TwinTownImport result = read(row(2, "Kecskemét", "Hungary", "Lidköping", "Sweden"),
                row(9, "Lidköping", "Sweden", "Kecskemét", "Hungary"));

        assertThat(result.pairs()).hasSize(1);
        assertThat(result.merged()).containsExactly(
                new TwinTownImport.Merged(9, 2, "the other direction of line 2"));
    }

    @Test
    void a_row_written_twice_is_taken_once() {
        TwinTownImport result = read(row(2, "Utena", "Lithuania", "Lidköping", "Sweden"),
                row(3, "Utena", "Lithuania", "Lidköping", "Sweden"));

        assertThat(result.pairs()).hasSize(1);
        assertThat(result.merged()).containsExactly(new TwinTownImport.Merged(3, 2, "the same row as line 2"));
    }

    @Test
    void accent_folded_duplicates_are_dropped_keeping_the_accented_spelling() {
        TwinTownImport result = read(row(2, "Kecskemet", "Hungary", "Lidkoping", "Sweden"),
                row(5, "Lidköping", "Sweden", "Kecskemét", "Hungary"));

        assertThat(result.pairs()).extracting(TwinTownPair::town).containsExactly("Kecskemét");
        assertThat(result.pairs()).extracting(TwinTownPair::municipality).containsExactly(LIDKOPING);
        assertThat(result.merged()).singleElement().satisfies(m -> {
            assertThat(m.line()).isEqualTo(5);
            assertThat(m.reason()).isEqualTo("the other direction of line 2, written differently: "
                    + "'Kecskemet, Hungary' and 'Kecskemét, Hungary'");
        });
    }

    @Test
    void kosovo_is_rejected_with_its_line_and_reason() {
        TwinTownImport result = read(row(16203, "Peja", "Kosovo", "Tyresö", "Sweden"));

        assertThat(result.pairs()).isEmpty();
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(16203);
            assertThat(r.row()).isEqualTo("Peja, Kosovo – Tyresö, Sweden");
            assertThat(r.reason()).contains("Kosovo has no ISO 3166-1 code");
        });
    }

    @Test
    void a_locality_inside_a_municipality_is_rejected_not_taken_as_the_municipality() {
        TwinTownImport result = read(row(8027, "Kokkola", "Finland", "Ullånger (Kramfors)", "Sweden"));

        assertThat(result.pairs()).isEmpty();
        assertThat(result.rejected()).extracting(TwinTownImport.Rejected::reason)
                .containsExactly("'Ullånger (Kramfors)' is none of Sweden's 6 municipalities");
    }

    @Test
    void the_english_gothenburg_is_goteborg() {
        TwinTownImport result = read(row(2, "Aarhus", "Denmark", "Gothenburg", "Sweden"));

        assertThat(result.pairs()).extracting(TwinTownPair::municipality, TwinTownPair::municipalityName)
                .containsExactly(tuple(MunicipalityCode.of("1480"), "Göteborg"));
    }

    @Test
    void two_swedish_municipalities_are_one_pair_under_the_lower_code_found_from_either_side() {
        TwinTownImport result = read(row(2, "Krokom", "Sweden", "Haninge", "Sweden"),
                row(3, "Haninge", "Sweden", "Krokom", "Sweden"));

        assertThat(result.pairs()).containsExactly(
                new TwinTownPair(HANINGE, "Haninge", "Krokom", CountryCode.of("SE"), Optional.of(KROKOM)));
        assertThat(result.pairsOf(KROKOM)).isEqualTo(result.pairsOf(HANINGE)).hasSize(1);
    }

    @Test
    void rows_between_two_foreign_towns_are_counted_not_rejected() {
        TwinTownImport result = read(row(2, "Berat", "Albania", "Fermo", "Italy"),
                row(3, "Peja", "Kosovo", "Fermo", "Italy"));

        assertThat(result.pairs()).isEmpty();
        assertThat(result.rejected()).isEmpty();
        assertThat(result.outsideSweden()).isEqualTo(2);
        assertThat(result.rows()).isEqualTo(2);
    }

    @Test
    void a_missing_foreign_town_is_rejected() {
        TwinTownImport result = read(row(4, " ", "Hungary", "Lidköping", "Sweden"));

        assertThat(result.rejected()).extracting(TwinTownImport.Rejected::reason)
                .containsExactly("no town given for Lidköping");
    }

    @Test
    void a_town_that_is_no_municipality_is_rejected_in_words_keyed_with_the_town_and_how_many_there_are() {
        TwinTownImport result = read(row(8027, "Kokkola", "Finland", "Ullånger (Kramfors)", "Sweden"));

        assertThat(result.rejected()).extracting(TwinTownImport.Rejected::wording).containsExactly(Wording.of(
                WordingKey.FIELD_FILE_NOT_A_MUNICIPALITY, "'Ullånger (Kramfors)' is none of Sweden's 6 municipalities",
                "Ullånger (Kramfors)", 6));
    }

    @Test
    void a_country_without_an_iso_code_and_a_missing_town_are_rejected_in_words_keyed_as_such() {
        TwinTownImport result = read(row(3, "Peja", "Kosovo", "Tyresö", "Sweden"),
                row(4, " ", "Hungary", "Lidköping", "Sweden"), row(5, "Poseidonis", "Atlantis", "Lidköping", "Sweden"));

        assertThat(result.rejected()).extracting(r -> r.wording().key()).containsExactly(WordingKey.FIELD_FILE_KOSOVO,
                WordingKey.FIELD_FILE_NO_TOWN, WordingKey.FIELD_FILE_UNKNOWN_COUNTRY);
        assertThat(result.rejected()).flatExtracting(r -> r.wording().arguments()).containsExactly("Lidköping",
                "Atlantis");
    }
}
