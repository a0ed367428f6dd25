package se.omvarld.domain.twintown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Wording;

class CountryNamesTest {

    private static CountryCode code(String name) {
        return CountryNames.resolve(name).code().orElseThrow(() -> new AssertionError("no code for " + name));
    }

    private static String rejection(String name) {
        return CountryNames.resolve(name).rejection().map(Wording::english)
                .orElseThrow(() -> new AssertionError("a code for " + name));
    }

    @Test
    void english_names_of_iso_countries_resolve_to_their_alpha_2_code() {
        assertThat(code("Hungary")).isEqualTo(CountryCode.of("HU"));
        assertThat(code("Lithuania")).isEqualTo(CountryCode.of("LT"));
        assertThat(code("United States")).isEqualTo(CountryCode.of("US"));
        assertThat(code("Bosnia and Herzegovina")).isEqualTo(CountryCode.of("BA"));
        assertThat(code("Trinidad and Tobago")).isEqualTo(CountryCode.of("TT"));
    }

    @Test
    void turkey_resolves_by_either_name_whichever_the_jdk_calls_it() {
        assertThat(code("Turkey")).isEqualTo(CountryCode.of("TR"));
        assertThat(code("Türkiye")).isEqualTo(CountryCode.of("TR"));
    }

    @Test
    void variants_the_list_uses_resolve_through_the_alias_table() {
        assertThat(code("USA")).isEqualTo(CountryCode.of("US"));
        assertThat(code("People's Republic of China")).isEqualTo(CountryCode.of("CN"));
        assertThat(code("Czech Republic")).isEqualTo(CountryCode.of("CZ"));
        assertThat(code("England")).isEqualTo(CountryCode.of("GB"));
        assertThat(code("Republic of Ireland")).isEqualTo(CountryCode.of("IE"));
        assertThat(code("Georgia (country)")).isEqualTo(CountryCode.of("GE"));
        assertThat(code("Ivory Coast")).isEqualTo(CountryCode.of("CI"));
    }

    @Test
    void names_compare_without_case_accents_or_punctuation() {
        assertThat(code("  hungary ")).isEqualTo(CountryCode.of("HU"));
        assertThat(code("Reunion")).isEqualTo(CountryCode.of("RE"));
        assertThat(code("Côte d'Ivoire")).isEqualTo(CountryCode.of("CI"));
    }

    @Test
    void a_place_and_its_country_resolve_to_the_place_when_iso_lists_it_and_to_the_country_otherwise() {
        assertThat(code("Åland Islands, Finland")).isEqualTo(CountryCode.of("AX"));
        assertThat(code("England, United Kingdom")).isEqualTo(CountryCode.of("GB"));
        assertThat(code("Ohio, United States")).isEqualTo(CountryCode.of("US"));
        assertThat(code("Tinn, Norway")).isEqualTo(CountryCode.of("NO"));
    }

    @Test
    void kosovo_is_rejected_because_it_has_no_iso_3166_1_code() {
        assertThat(rejection("Kosovo")).contains("Kosovo has no ISO 3166-1 code");
    }

    @Test
    void a_name_naming_two_countries_is_rejected_not_guessed() {
        assertThat(rejection("Congo")).contains("two ISO 3166-1 countries");
    }

    @Test
    void an_unknown_or_missing_name_is_rejected_with_the_name() {
        assertThat(rejection("in Italy")).isEqualTo("'in Italy' is no ISO 3166-1 country name nor a known variant of one");
        assertThat(rejection(" ")).isEqualTo("no country given");
    }
}
