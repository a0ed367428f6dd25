package se.omvarld.domain.twintown;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.omvarld.domain.shared.MunicipalityCode;

/**
 * Sweden's municipalities (kommuner) by code and name, as SCB's list of municipality codes (kommunkoder) gives them,
 * found by name after {@link Folding}, and by the one English exonym the twin-town list uses: Gothenburg for
 * Göteborg. A locality inside a municipality ("Ullånger (Kramfors)") or a county is none of them.
 */
public final class SwedishMunicipalities {

    /** English names of municipalities, each verified against the twin-town list's rows. */
    private static final ImmutableMap<String, String> EXONYMS = ImmutableMap.of("Gothenburg", "1480");

    private final ImmutableSortedMap<MunicipalityCode, String> names;
    private final ImmutableMap<String, MunicipalityCode> byKey;

    private SwedishMunicipalities(Map<MunicipalityCode, String> names) {
        this.names = ImmutableSortedMap.copyOf(names);
        Map<String, MunicipalityCode> keys = new HashMap<>();
        this.names.forEach((code, name) -> checkArgument(keys.put(Folding.key(name), code) == null,
                "two municipalities are named '%s'", name));
        EXONYMS.forEach((exonym, code) -> {
            if (this.names.containsKey(MunicipalityCode.of(code))) {
                keys.put(Folding.key(exonym), MunicipalityCode.of(code));
            }
        });
        this.byKey = ImmutableMap.copyOf(keys);
    }

    /** The municipalities {@code names} lists, by code. */
    public static SwedishMunicipalities of(Map<MunicipalityCode, String> names) {
        checkNotNull(names, "names are required");
        checkArgument(!names.isEmpty(), "at least one municipality is required");
        names.values().forEach(name -> checkArgument(name != null && !name.isBlank(), "a name is required"));
        return new SwedishMunicipalities(names);
    }

    /** The municipality of that name, in any spelling that folds to it. */
    public Optional<MunicipalityCode> find(String name) {
        checkNotNull(name, "name is required");
        return Optional.ofNullable(byKey.get(Folding.key(name)));
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
