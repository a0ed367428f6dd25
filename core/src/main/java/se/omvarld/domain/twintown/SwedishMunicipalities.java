package se.omvarld.domain.twintown;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import se.omvarld.domain.shared.MunicipalityCode;

/**
 * Sweden's municipalities (kommuner) by code and name, as SCB's list of municipality codes (kommunkoder) gives them,
 * found by name, and by the one English exonym the twin-town list uses: Gothenburg for Göteborg. A locality inside a
 * municipality ("Ullånger (Kramfors)") or a county is none of them.
 *
 * <p>A name is matched as written (ignoring case) first, then after {@link Folding} — but only where the folded
 * name is one municipality's: Håbo (0305) and Habo (0643) fold to the same key, so "Habo" is Habo and "Håbo" is
 * Håbo, and no other spelling of either is guessed.
 */
public final class SwedishMunicipalities {

    /** English names of municipalities, each verified against the twin-town list's rows. */
    private static final ImmutableMap<String, String> EXONYMS = ImmutableMap.of("Gothenburg", "1480");

    private final ImmutableSortedMap<MunicipalityCode, String> names;
    private final ImmutableMap<String, MunicipalityCode> byName;
    private final ImmutableMap<String, MunicipalityCode> byKey;

    private SwedishMunicipalities(Map<MunicipalityCode, String> names) {
        this.names = ImmutableSortedMap.copyOf(names);
        Map<String, MunicipalityCode> exact = new HashMap<>();
        Map<String, MunicipalityCode> folded = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        this.names.forEach((code, name) -> {
            checkArgument(exact.put(exact(name), code) == null, "two municipalities are named '%s'", name);
            if (folded.put(Folding.key(name), code) != null) {
                ambiguous.add(Folding.key(name));
            }
        });
        ambiguous.forEach(folded::remove);
        EXONYMS.forEach((exonym, code) -> {
            if (this.names.containsKey(MunicipalityCode.of(code))) {
                folded.put(Folding.key(exonym), MunicipalityCode.of(code));
            }
        });
        this.byName = ImmutableMap.copyOf(exact);
        this.byKey = ImmutableMap.copyOf(folded);
    }

    private static String exact(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The municipalities {@code names} lists, by code. */
    public static SwedishMunicipalities of(Map<MunicipalityCode, String> names) {
        checkNotNull(names, "names are required");
        checkArgument(!names.isEmpty(), "at least one municipality is required");
        names.values().forEach(name -> checkArgument(name != null && !name.isBlank(), "a name is required"));
        return new SwedishMunicipalities(names);
    }

    /** The municipality of that name as written, or in a spelling that folds to one municipality's name only. */
    public Optional<MunicipalityCode> find(String name) {
        checkNotNull(name, "name is required");
        return Optional.ofNullable(byName.get(exact(name))).or(() -> Optional.ofNullable(byKey.get(Folding.key(name))));
    }

    /** The municipality's official name, e.g. "Lidköping" for 1494. */
    public Optional<String> name(MunicipalityCode code) {
        return Optional.ofNullable(names.get(code));
    }

    /** Every municipality's name, by code. */
    public ImmutableSortedMap<MunicipalityCode, String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }
}
