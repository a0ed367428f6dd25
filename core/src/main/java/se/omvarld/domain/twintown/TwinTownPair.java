package se.omvarld.domain.twintown;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Text;

/**
 * A twin-town pair (vänortspar): a Swedish municipality and a town with its country — abroad, or a second Swedish
 * municipality ({@code townMunicipality}, then the pair is held once, under the lower code). Two pairs are the same
 * pair when their {@link #key()}s are equal: the municipality, the town's name after {@link Folding}, the country.
 *
 * @param municipalityName the municipality's official name, e.g. "Lidköping"
 * @param town             the town's name as the list spells it, e.g. "Kecskemét"
 */
public record TwinTownPair(MunicipalityCode municipality, String municipalityName, String town, CountryCode country,
        Optional<MunicipalityCode> townMunicipality) {

    private static final CountryCode SWEDEN = CountryCode.of("SE");

    /** By municipality, then town (folded, then as spelled), then country. */
    public static final Comparator<TwinTownPair> ORDER = Comparator.comparing(TwinTownPair::municipality)
            .thenComparing(p -> Folding.key(p.town())).thenComparing(TwinTownPair::town)
            .thenComparing(TwinTownPair::country);

    public TwinTownPair {
        checkNotNull(municipality, "municipality is required");
        municipalityName = Text.name("municipality name", municipalityName);
        town = Text.name("town", town);
        checkArgument(!Folding.key(town).isEmpty(), "town '%s' has no letters or digits", town);
        checkNotNull(country, "country is required");
        checkNotNull(townMunicipality, "townMunicipality is required (may be empty)");
        checkArgument(townMunicipality.isPresent() == country.equals(SWEDEN),
                "a town in Sweden is one of its municipalities, and only such a town has a municipality code");
        checkArgument(townMunicipality.map(code -> municipality.compareTo(code) < 0).orElse(true),
                "a pair of two Swedish municipalities is held under the lower code, and never one with itself");
    }

    /** A Swedish municipality's twin town abroad. */
    public static TwinTownPair abroad(MunicipalityCode municipality, String municipalityName, String town,
            CountryCode country) {
        return new TwinTownPair(municipality, municipalityName, town, country, Optional.empty());
    }

    /**
     * {@code pairs} in {@link #ORDER}, each town folded once rather than at every comparison (folding is most of the
     * cost of sorting Sweden's 722 pairs).
     */
    public static ImmutableList<TwinTownPair> sorted(Collection<TwinTownPair> pairs) {
        record Folded(String key, TwinTownPair pair) {
        }
        return pairs.stream().map(p -> new Folded(Folding.key(p.town()), p))
                .sorted(Comparator.comparing((Folded f) -> f.pair().municipality()).thenComparing(Folded::key)
                        .thenComparing(f -> f.pair().town()).thenComparing(f -> f.pair().country()))
                .map(Folded::pair).collect(ImmutableList.toImmutableList());
    }

    /** What makes two pairs the same: the municipality, the folded town name and the country. */
    public Key key() {
        return new Key(municipality, Folding.key(town), country);
    }

    /** Whether {@code code} is one of the pair's two sides. */
    public boolean involves(MunicipalityCode code) {
        return municipality.equals(code) || townMunicipality.filter(code::equals).isPresent();
    }

    /** The identity of a pair: two spellings of one town are one key. */
    public record Key(MunicipalityCode municipality, String town, CountryCode country) {
        public Key {
            checkNotNull(municipality, "municipality is required");
            checkNotNull(town, "town is required");
            checkNotNull(country, "country is required");
        }
    }
}
