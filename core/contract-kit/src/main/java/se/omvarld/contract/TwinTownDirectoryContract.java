package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.twintown.TwinTownPair;
import se.omvarld.port.TwinTownDirectory;
import se.omvarld.port.TwinTownDirectory.Replacement;

/**
 * What every {@link TwinTownDirectory} must do. The directory is one national list, so each test sets the whole list
 * it reads and assumes nothing about what an earlier test left; towns carry a fresh suffix per test.
 */
public abstract class TwinTownDirectoryContract {

    private static final MunicipalityCode LIDKOPING = MunicipalityCode.of("1494");
    private static final MunicipalityCode TYRESO = MunicipalityCode.of("0138");
    private static final MunicipalityCode HANINGE = MunicipalityCode.of("0136");
    private static final MunicipalityCode KROKOM = MunicipalityCode.of("2309");

    /** The directory under test; every call of a test returns the same one. */
    protected abstract TwinTownDirectory directory();

    private static String fresh() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static TwinTownPair lidkoping(String town, String country) {
        return TwinTownPair.abroad(LIDKOPING, "Lidköping", town, CountryCode.of(country));
    }

    @Test
    void the_list_holds_exactly_the_pairs_it_was_given_in_order() {
        String run = fresh();
        TwinTownPair utena = lidkoping("Utena " + run, "LT");
        TwinTownPair kecskemet = lidkoping("Kecskemét " + run, "HU");
        TwinTownPair cesis = TwinTownPair.abroad(TYRESO, "Tyresö", "Cēsis " + run, CountryCode.of("LV"));

        directory().replaceAll(List.of(utena, kecskemet, cesis));

        assertThat(directory().all()).containsExactly(cesis, kecskemet, utena);
    }

    @Test
    void every_field_is_kept_accents_a_swedish_twin_and_the_longest_name() {
        String run = fresh();
        TwinTownPair swedish = new TwinTownPair(HANINGE, "Haninge", "Krokom", CountryCode.of("SE"),
                Optional.of(KROKOM));
        TwinTownPair longest = lidkoping(run + Strings.repeat("ő", 300 - run.length()), "HU");
        TwinTownPair accents = TwinTownPair.abroad(MunicipalityCode.of("2584"), "Kiruna", "Vorkuta’s Ģ " + run,
                CountryCode.of("RU"));

        directory().replaceAll(List.of(swedish, longest, accents));

        assertThat(directory().all()).containsExactlyInAnyOrder(swedish, longest, accents);
    }

    @Test
    void the_list_is_empty_only_while_it_holds_no_pair() {
        directory().replaceAll(List.of());
        assertThat(directory().isEmpty()).isTrue();

        directory().replaceAll(List.of(lidkoping("Utena " + fresh(), "LT")));

        assertThat(directory().isEmpty()).isFalse();
    }

    @Test
    void replacing_with_the_same_pairs_changes_nothing() {
        String run = fresh();
        List<TwinTownPair> pairs = List.of(lidkoping("Utena " + run, "LT"), lidkoping("Kecskemét " + run, "HU"));
        directory().replaceAll(pairs);

        Replacement again = directory().replaceAll(pairs);

        assertThat(again).isEqualTo(new Replacement(0, 0, 2));
        assertThat(again.changedNothing()).isTrue();
        assertThat(directory().all()).containsExactlyInAnyOrderElementsOf(pairs);
    }

    @Test
    void pairs_no_longer_listed_are_removed_and_new_ones_added() {
        String run = fresh();
        TwinTownPair gone = lidkoping("Rockford " + run, "US");
        TwinTownPair kept = lidkoping("Utena " + run, "LT");
        TwinTownPair newcomer = lidkoping("Kecskemét " + run, "HU");
        directory().replaceAll(List.of(gone, kept));

        Replacement replacement = directory().replaceAll(List.of(kept, newcomer));

        assertThat(replacement).isEqualTo(new Replacement(1, 1, 1));
        assertThat(directory().all()).containsExactly(newcomer, kept);
    }

    @Test
    void a_new_spelling_of_a_town_replaces_the_old_one() {
        String run = fresh();
        directory().replaceAll(List.of(lidkoping("Kecskemet " + run, "HU")));
        TwinTownPair accented = lidkoping("Kecskemét " + run, "HU");

        Replacement replacement = directory().replaceAll(List.of(accented));

        assertThat(replacement).isEqualTo(new Replacement(1, 1, 0));
        assertThat(directory().all()).containsExactly(accented);
    }

    @Test
    void two_pairs_with_one_key_are_refused_and_the_list_is_unchanged() {
        String run = fresh();
        TwinTownPair utena = lidkoping("Utena " + run, "LT");
        directory().replaceAll(List.of(utena));

        assertThatThrownBy(() -> directory().replaceAll(List.of(lidkoping("Kecskemet " + run, "HU"),
                lidkoping("Kecskemét " + run, "HU")))).isInstanceOf(IllegalArgumentException.class);
        assertThat(directory().all()).containsExactly(utena);
    }

    @Test
    void the_same_town_in_two_countries_is_two_pairs() {
        String run = fresh();
        TwinTownPair inGeorgia = lidkoping("Batumi " + run, "GE");
        TwinTownPair inUkraine = lidkoping("Batumi " + run, "UA");

        directory().replaceAll(List.of(inGeorgia, inUkraine));

        assertThat(directory().all()).containsExactly(inGeorgia, inUkraine);
    }

    @Test
    void an_empty_list_removes_every_pair() {
        directory().replaceAll(List.of(lidkoping("Utena " + fresh(), "LT")));

        Replacement replacement = directory().replaceAll(List.of());

        assertThat(replacement.removed()).isEqualTo(1);
        assertThat(directory().all()).isEmpty();
    }
}
