package se.omvarld.domain.twintown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.MunicipalityCode;

class TwinTownPairTest {

    private static final MunicipalityCode HANINGE = MunicipalityCode.of("0136");
    private static final MunicipalityCode KROKOM = MunicipalityCode.of("2309");
    private static final CountryCode SWEDEN = CountryCode.of("SE");

    private static TwinTownPair lidkoping(String town, String country) {
        return TwinTownPair.abroad(MunicipalityCode.of("1494"), "Lidköping", town, CountryCode.of(country));
    }

    @Test
    void a_swedish_twin_town_needs_its_municipality_code_and_a_foreign_one_has_none() {
        assertThatThrownBy(() -> new TwinTownPair(HANINGE, "Haninge", "Krokom", SWEDEN, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TwinTownPair(HANINGE, "Haninge", "Utena", CountryCode.of("LT"),
                Optional.of(KROKOM))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_pair_of_two_swedish_municipalities_is_held_under_the_lower_code_and_never_with_itself() {
        assertThatThrownBy(() -> new TwinTownPair(KROKOM, "Krokom", "Haninge", SWEDEN, Optional.of(HANINGE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TwinTownPair(HANINGE, "Haninge", "Haninge", SWEDEN, Optional.of(HANINGE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new TwinTownPair(HANINGE, "Haninge", "Krokom", SWEDEN, Optional.of(KROKOM)).involves(KROKOM))
                .isTrue();
    }

    @Test
    void two_spellings_of_one_town_are_one_key() {
        assertThat(lidkoping("Kecskemét", "HU").key()).isEqualTo(lidkoping(" KECSKEMET ", "HU").key());
        assertThat(lidkoping("Kecskemét", "HU").key()).isNotEqualTo(lidkoping("Kecskemét", "RO").key());
    }

    @Test
    void sorted_orders_as_the_order_does() {
        List<TwinTownPair> pairs = List.of(lidkoping("Utena", "LT"), lidkoping("kecskemét", "HU"),
                lidkoping("Kecskemet", "RO"), lidkoping("Åbo", "FI"), lidkoping("Aalborg", "DK"),
                TwinTownPair.abroad(HANINGE, "Haninge", "Zwickau", CountryCode.of("DE")));

        assertThat(TwinTownPair.sorted(pairs)).isEqualTo(ImmutableList.sortedCopyOf(TwinTownPair.ORDER, pairs))
                .first().extracting(TwinTownPair::town).isEqualTo("Zwickau");
    }
}
