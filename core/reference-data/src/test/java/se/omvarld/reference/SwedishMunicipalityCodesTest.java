package se.omvarld.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.twintown.SwedishMunicipalities;

class SwedishMunicipalityCodesTest {

    private static final SwedishMunicipalities MUNICIPALITIES = SwedishMunicipalityCodes.shipped();

    @Test
    void sweden_has_290_municipalities() {
        assertThat(MUNICIPALITIES.size()).isEqualTo(290);
    }

    @Test
    void known_codes_name_their_municipalities() {
        assertThat(MUNICIPALITIES.name(MunicipalityCode.of("1494"))).contains("Lidköping");
        assertThat(MUNICIPALITIES.name(MunicipalityCode.of("0138"))).contains("Tyresö");
        assertThat(MUNICIPALITIES.name(MunicipalityCode.of("0686"))).contains("Eksjö");
        assertThat(MUNICIPALITIES.name(MunicipalityCode.of("0180"))).contains("Stockholm");
        assertThat(MUNICIPALITIES.name(MunicipalityCode.of("1462"))).contains("Lilla Edet");
    }

    @Test
    void every_county_of_sweden_has_municipalities_and_no_code_is_outside_the_21_counties() {
        assertThat(MUNICIPALITIES.names().keySet()).extracting(code -> code.value().substring(0, 2)).containsOnly(
                "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20", "21",
                "22", "23", "24", "25");
    }

    @Test
    void names_are_found_in_any_spelling_that_folds_to_them() {
        assertThat(MUNICIPALITIES.find("Lidkoping")).contains(MunicipalityCode.of("1494"));
        assertThat(MUNICIPALITIES.find("upplands bro")).contains(MunicipalityCode.of("0139"));
        assertThat(MUNICIPALITIES.find("Gothenburg")).contains(MunicipalityCode.of("1480"));
        assertThat(MUNICIPALITIES.find("Västra Götaland County")).isEmpty();
    }

    @Test
    void habo_and_habo_with_a_ring_are_two_municipalities_found_only_as_written() {
        assertThat(MUNICIPALITIES.find("Håbo")).contains(MunicipalityCode.of("0305"));
        assertThat(MUNICIPALITIES.find("HABO")).contains(MunicipalityCode.of("0643"));
        assertThat(MUNICIPALITIES.find("Habö")).isEmpty();
    }
}
