package se.omvarld.domain.municipality;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.policy.Refusal;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Text;

/**
 * A municipality (kommun) and its organisation: council, executive board, committees (nämnder), administrations
 * (förvaltningar) with their representatives in the international group, and units. The tenant of the register.
 */
public final class Municipality {

    private final MunicipalityCode code;
    private final String name;
    private final ImmutableList<String> committees;
    private final ImmutableList<Administration> administrations;
    private final ImmutableList<Unit> units;
    private final long version;

    private Municipality(MunicipalityCode code, String name, List<String> committees,
            List<Administration> administrations, List<Unit> units, long version) {
        this.code = checkNotNull(code, "municipality code is required");
        this.name = Text.name("municipality name", name);
        this.committees = ImmutableList.copyOf(checkNotNull(committees, "committees are required"))
                .stream().map(c -> Text.name("committee name", c)).collect(ImmutableList.toImmutableList());
        this.administrations = ImmutableList.copyOf(checkNotNull(administrations, "administrations are required"));
        this.units = ImmutableList.copyOf(checkNotNull(units, "units are required"));
        checkArgument(version >= 0, "version must not be negative");
        this.version = version;
        requireUnique("committee", this.committees, Function.identity());
        requireUnique("administration", this.administrations, Administration::name);
        requireUnique("unit", this.units, Unit::name);
        for (Administration a : this.administrations) {
            checkArgument(this.committees.contains(a.committee()),
                    "administration '%s' serves committee '%s', which is not one of this municipality's",
                    a.name(), a.committee());
        }
        for (Unit u : this.units) {
            checkArgument(administration(u.administration()).isPresent(),
                    "unit '%s' belongs to administration '%s', which is not one of this municipality's",
                    u.name(), u.administration());
        }
    }

    private static <T> void requireUnique(String what, List<T> items, Function<T, String> name) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            checkArgument(seen.add(name.apply(item)), "%s '%s' appears twice", what, name.apply(item));
        }
    }

    public static Municipality of(MunicipalityCode code, String name, List<String> committees,
            List<Administration> administrations, List<Unit> units) {
        return new Municipality(code, name, committees, administrations, units, 0);
    }

    /** Rebuilds a stored municipality; for repositories. */
    public static Municipality restore(MunicipalityCode code, String name, List<String> committees,
            List<Administration> administrations, List<Unit> units, long version) {
        return new Municipality(code, name, committees, administrations, units, version);
    }

    /** The same municipality at another stored version; for repositories. */
    public Municipality withVersion(long newVersion) {
        return new Municipality(code, name, committees, administrations, units, newVersion);
    }

    public MunicipalityCode code() {
        return code;
    }

    public String name() {
        return name;
    }

    public ImmutableList<String> committees() {
        return committees;
    }

    public ImmutableList<Administration> administrations() {
        return administrations;
    }

    public ImmutableList<Unit> units() {
        return units;
    }

    public long version() {
        return version;
    }

    public Body executiveBoard() {
        return Body.executiveBoard();
    }

    public Optional<Administration> administration(String administrationName) {
        return administrations.stream().filter(a -> a.name().equals(administrationName)).findFirst();
    }

    public Optional<Unit> unit(String unitName) {
        return units.stream().filter(u -> u.name().equals(unitName)).findFirst();
    }

    /** The committee responsible for a unit's work, through its administration. */
    public Optional<String> committeeOf(String unitName) {
        return unit(unitName).flatMap(u -> administration(u.administration())).map(Administration::committee);
    }

    /** R4: the administrations that have not appointed a representative to the international group. */
    public ImmutableList<Administration> administrationsWithoutRepresentative() {
        return administrations.stream().filter(a -> a.representative().isEmpty())
                .collect(ImmutableList.toImmutableList());
    }

    /** R4: appoints an administration's representative in the international group. */
    public Outcome<Municipality> appointRepresentative(String administrationName, Representative representative) {
        checkNotNull(representative, "representative is required");
        if (administration(administrationName).isEmpty()) {
            return Outcome.refused(Refusal.lifecycle(
                    "administration '" + administrationName + "' is not one of " + name + "'s"));
        }
        List<Administration> changed = administrations.stream()
                .map(a -> a.name().equals(administrationName) ? a.withRepresentative(representative) : a)
                .collect(ImmutableList.toImmutableList());
        return Outcome.accepted(new Municipality(code, name, committees, changed, units, version));
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
