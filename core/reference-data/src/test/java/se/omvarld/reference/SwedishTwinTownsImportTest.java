package se.omvarld.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.twintown.TwinTownImport;
import se.omvarld.domain.twintown.TwinTownPair;
import se.omvarld.domain.twintown.TwinTownRow;

/**
 * The whole Swedish part of the real list. The figures were counted independently of this code (a short Python
 * script over the raw file with its own folding): 742 rows with a Swedish side, 722 pairs, 15 rows naming a pair
 * already taken, 5 rejected.
 */
class SwedishTwinTownsImportTest {

    private static final ImmutableList<TwinTownRow> ROWS = TwinTownsCsv.shipped();
    private static final TwinTownImport IMPORT = TwinTownImport.of(ROWS, SwedishMunicipalityCodes.shipped());

    @Test
    void sweden_s_part_is_taken_merged_or_rejected_row_by_row() {
        long swedishRows = ROWS.stream()
                .filter(r -> r.country1().equals("Sweden") || r.country2().equals("Sweden")).count();
        System.out.println(summary());

        assertThat(swedishRows).isEqualTo(742);
        assertThat(IMPORT.pairs()).hasSize(722);
        assertThat(IMPORT.merged()).hasSize(15);
        assertThat(IMPORT.rejected()).hasSize(5);
        assertThat(IMPORT.pairs().size() + IMPORT.merged().size() + IMPORT.rejected().size()).isEqualTo(742);
        assertThat(IMPORT.outsideSweden()).isEqualTo(26_114 - 742);
        assertThat(IMPORT.pairs().stream().map(TwinTownPair::municipality).distinct()).hasSize(200);
    }

    @Test
    void every_rejected_row_names_its_line_and_reason() {
        assertThat(IMPORT.rejected()).extracting(TwinTownImport.Rejected::line, TwinTownImport.Rejected::reason)
                .containsExactly(
                        tuple(8027,
                                "'Ullånger (Kramfors)' is none of Sweden's 290 municipalities"),
                        tuple(8277,
                                "'Fellingsbro (Lindesberg)' is none of Sweden's 290 municipalities"),
                        tuple(16203,
                                "Kosovo has no ISO 3166-1 code (XK is a user-assigned code, not ISO's)"),
                        tuple(16866,
                                "'Västra Götaland County' is none of Sweden's 290 municipalities"),
                        tuple(16876,
                                "'Västra Götaland County' is none of Sweden's 290 municipalities"));
    }

    @Test
    void rows_naming_a_pair_again_are_merged_with_the_difference_named() {
        assertThat(IMPORT.merged()).extracting(TwinTownImport.Merged::line, TwinTownImport.Merged::reason).contains(
                tuple(22947, "the other direction of line 7049, written differently: 'Shepton Mallet, England' and "
                        + "'Shepton Mallet, England, United Kingdom'"),
                tuple(22951, "the other direction of line 17701, written differently: 'Chișinău, Moldova' and "
                        + "'Chişinău, Moldova'"));
    }

    @Test
    void lidkoping_has_kecskemet_and_utena_and_eksjo_has_none() {
        assertThat(IMPORT.pairsOf(MunicipalityCode.of("1494"))).extracting(TwinTownPair::town, TwinTownPair::country)
                .containsExactly(tuple("Kecskemét", CountryCode.of("HU")),
                        tuple("Utena", CountryCode.of("LT")));
        assertThat(IMPORT.pairsOf(MunicipalityCode.of("0686"))).isEmpty();
    }

    @Test
    void the_pair_of_two_swedish_municipalities_is_held_once() {
        assertThat(IMPORT.pairs()).filteredOn(p -> p.country().equals(CountryCode.of("SE")))
                .extracting(TwinTownPair::municipalityName, TwinTownPair::town)
                .containsExactly(tuple("Haninge", "Krokom"));
    }

    @Test
    void reading_the_same_list_twice_gives_the_same_pairs() {
        TwinTownImport again = TwinTownImport.of(TwinTownsCsv.shipped(), SwedishMunicipalityCodes.shipped());

        assertThat(again.pairs()).isEqualTo(IMPORT.pairs());
    }

    private static String summary() {
        Map<String, Long> reasons = IMPORT.rejected().stream().collect(Collectors.groupingBy(
                TwinTownImport.Rejected::reason, TreeMap::new, Collectors.counting()));
        Map<String, Long> merges = IMPORT.merged().stream().collect(Collectors.groupingBy(
                m -> m.reason().replaceAll(" line \\d+", "").replaceAll(": .*", ""), TreeMap::new, Collectors.counting()));
        return "Sweden's twin towns: " + ROWS.size() + " rows read, " + IMPORT.outsideSweden() + " outside Sweden, "
                + IMPORT.pairs().size() + " pairs taken, " + IMPORT.merged().size() + " merged " + merges + ", "
                + IMPORT.rejected().size() + " rejected " + reasons;
    }
}
