package se.omvarld.domain.municipality;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.policy.Refusal;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/**
 * A municipality (kommun) and its organisation: council, executive board, committees (nämnder), administrations
 * (förvaltningar) with their representatives in the international group, and units. The tenant of the register.
 * It knows the day it was registered in Omvärld: unless its profile says otherwise, nothing due before that day is
 * its work in the register.
 */
public final class Municipality {

    private final MunicipalityCode code;
    private final String name;
    private final ImmutableList<Committee> committees;
    private final ImmutableList<Administration> administrations;
    private final ImmutableList<Unit> units;
    private final LocalDate registeredOn;
    private final Optional<OrganisationNumber> organisationNumber;
    private final long version;

    private Municipality(MunicipalityCode code, String name, List<Committee> committees,
            List<Administration> administrations, List<Unit> units, LocalDate registeredOn,
            Optional<OrganisationNumber> organisationNumber, long version) {
        this.code = checkNotNull(code, "municipality code is required");
        this.name = Text.name("municipality name", name);
        this.committees = ImmutableList.copyOf(checkNotNull(committees, "committees are required"));
        this.administrations = ImmutableList.copyOf(checkNotNull(administrations, "administrations are required"));
        this.units = ImmutableList.copyOf(checkNotNull(units, "units are required"));
        this.registeredOn = checkNotNull(registeredOn, "registeredOn is required");
        this.organisationNumber = checkNotNull(organisationNumber, "organisationNumber is required (may be empty)");
        checkArgument(organisationNumber.map(OrganisationNumber::isMunicipality).orElse(true),
                "%s is not a municipality's organisation number", organisationNumber.orElse(null));
        checkArgument(version >= 0, "version must not be negative");
        this.version = version;
        requireUnique(this.committees, c -> c.id().value(),
                id -> new IllegalArgumentException("committee id '" + id + "' appears twice"));
        requireUnique(this.committees, Committee::name,
                twice -> new IllegalArgumentException("committee '" + twice + "' appears twice"));
        requireUnique(this.administrations, Administration::name, twice -> InvalidValue.of(
                WordingKey.FIELD_ADMINISTRATION_TWICE, "administration '" + twice + "' appears twice", twice));
        requireUnique(this.units, u -> u.id().value(), id -> InvalidValue.of(WordingKey.FIELD_UNIT_ID_TWICE,
                "unit id '" + id + "' appears twice", id));
        requireUnique(this.units, Unit::name, twice -> new IllegalArgumentException("unit '" + twice
                + "' appears twice"));
        for (Administration a : this.administrations) {
            checkArgument(committee(a.committee()).isPresent(),
                    "administration '%s' serves committee '%s', which is not one of this municipality's",
                    a.name(), a.committee());
        }
        for (Unit u : this.units) {
            if (administration(u.administration()).isEmpty()) {
                throw InvalidValue.of(WordingKey.FIELD_UNIT_ADMINISTRATION_UNKNOWN, "unit '" + u.name()
                        + "' belongs to administration '" + u.administration()
                        + "', which is not one of this municipality's", u.name(), u.administration());
            }
        }
    }

    /**
     * Throws what {@code twice} makes of the first name that appears twice. A command can give an administration twice,
     * or a unit (whose two ids, made from one name, are then the same); committees it names once each.
     */
    private static <T> void requireUnique(List<T> items, Function<T, String> name,
            Function<String, IllegalArgumentException> twice) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(name.apply(item))) {
                throw twice.apply(name.apply(item));
            }
        }
    }

    /** A municipality registered in Omvärld on {@code registeredOn}, its committees named by {@link Committee#named}. */
    public static Municipality of(MunicipalityCode code, String name, List<Committee> committees,
            List<Administration> administrations, List<Unit> units, LocalDate registeredOn) {
        return new Municipality(code, name, committees, administrations, units, registeredOn, Optional.empty(), 0);
    }

    /** Rebuilds a stored municipality; for repositories. */
    public static Municipality restore(MunicipalityCode code, String name, List<Committee> committees,
            List<Administration> administrations, List<Unit> units, LocalDate registeredOn,
            Optional<OrganisationNumber> organisationNumber, long version) {
        return new Municipality(code, name, committees, administrations, units, registeredOn, organisationNumber,
                version);
    }

    /** The same municipality at another stored version; for repositories. */
    public Municipality withVersion(long newVersion) {
        return new Municipality(code, name, committees, administrations, units, registeredOn, organisationNumber,
                newVersion);
    }

    public MunicipalityCode code() {
        return code;
    }

    public String name() {
        return name;
    }

    public ImmutableList<Committee> committees() {
        return committees;
    }

    public ImmutableList<Administration> administrations() {
        return administrations;
    }

    public ImmutableList<Unit> units() {
        return units;
    }

    /** The day the municipality was registered in Omvärld. */
    public LocalDate registeredOn() {
        return registeredOn;
    }

    /**
     * Its organisation number, where the register has been given it: what identifies it to registers abroad, e.g.
     * as the reporting organisation in IATI.
     */
    public Optional<OrganisationNumber> organisationNumber() {
        return organisationNumber;
    }

    public long version() {
        return version;
    }

    public Body executiveBoard() {
        return Body.executiveBoard();
    }

    public Optional<Committee> committee(CommitteeId id) {
        return committees.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Committee> committeeNamed(String committeeName) {
        return committees.stream().filter(c -> c.name().equals(committeeName)).findFirst();
    }

    /** The committee as a body, under its name today. */
    public Body committeeBody(CommitteeId id) {
        return Body.committee(committee(id).map(Committee::name).orElse(id.value()));
    }

    public Optional<Administration> administration(String administrationName) {
        return administrations.stream().filter(a -> a.name().equals(administrationName)).findFirst();
    }

    public Optional<Unit> unit(UnitId id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    public Optional<Unit> unitNamed(String unitName) {
        return units.stream().filter(u -> u.name().equals(unitName)).findFirst();
    }

    /** The unit's name today, or its id where the unit is not one of this municipality's. */
    public String unitName(UnitId id) {
        return unit(id).map(Unit::name).orElse(id.value());
    }

    /** The committee responsible for a unit's work, through its administration. */
    public Optional<CommitteeId> committeeOf(UnitId id) {
        return unit(id).flatMap(u -> administration(u.administration())).map(Administration::committee);
    }

    /**
     * The committee responsible for the work of the unit called {@code unitName} today, through its administration:
     * for names given as free text, e.g. a project's participants.
     */
    public Optional<CommitteeId> committeeOfUnitNamed(String unitName) {
        return unitNamed(unitName).flatMap(u -> committeeOf(u.id()));
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
            return Outcome.refused(Refusal.lifecycle(Wording.of(WordingKey.REFUSAL_MUNICIPALITY_UNKNOWN_ADMINISTRATION,
                    "administration '" + administrationName + "' is not one of " + name + "'s", administrationName,
                    name)));
        }
        List<Administration> changed = administrations.stream()
                .map(a -> a.name().equals(administrationName) ? a.withRepresentative(representative) : a)
                .collect(ImmutableList.toImmutableList());
        return Outcome.accepted(new Municipality(code, name, committees, changed, units, registeredOn,
                organisationNumber, version));
    }

    /** Renames a committee, e.g. after an election; its id, and all recorded against it, stay. */
    public Outcome<Municipality> renameCommittee(CommitteeId id, String newName) {
        checkNotNull(id, "committee id is required");
        Text.name("committee name", newName);
        if (committee(id).isEmpty()) {
            return Outcome.refused(Refusal.lifecycle(Wording.of(WordingKey.REFUSAL_MUNICIPALITY_UNKNOWN_COMMITTEE,
                    "committee '" + id + "' is not one of " + name + "'s", id.value(), name)));
        }
        if (committeeNamed(newName.strip()).filter(c -> !c.id().equals(id)).isPresent()) {
            return Outcome.refused(Refusal.lifecycle(Wording.of(WordingKey.REFUSAL_MUNICIPALITY_COMMITTEE_NAME_TAKEN,
                    "another committee is already called '" + newName.strip() + "'", newName.strip())));
        }
        List<Committee> changed = committees.stream().map(c -> c.id().equals(id) ? c.renamed(newName) : c)
                .collect(ImmutableList.toImmutableList());
        return Outcome.accepted(new Municipality(code, name, changed, administrations, units, registeredOn,
                organisationNumber, version));
    }

    /** Renames a unit; its id, and the projects it owns, stay. */
    public Outcome<Municipality> renameUnit(UnitId id, String newName) {
        checkNotNull(id, "unit id is required");
        Text.name("unit name", newName);
        if (unit(id).isEmpty()) {
            return Outcome.refused(Refusal.lifecycle(Wording.of(WordingKey.REFUSAL_MUNICIPALITY_UNKNOWN_UNIT,
                    "unit '" + id + "' is not one of " + name + "'s", id.value(), name)));
        }
        if (unitNamed(newName.strip()).filter(u -> !u.id().equals(id)).isPresent()) {
            return Outcome.refused(Refusal.lifecycle(Wording.of(WordingKey.REFUSAL_MUNICIPALITY_UNIT_NAME_TAKEN,
                    "another unit is already called '" + newName.strip() + "'", newName.strip())));
        }
        List<Unit> changed = units.stream().map(u -> u.id().equals(id) ? u.renamed(newName) : u)
                .collect(ImmutableList.toImmutableList());
        return Outcome.accepted(new Municipality(code, name, committees, administrations, changed, registeredOn,
                organisationNumber, version));
    }

    /** Adds a committee, e.g. after a reorganisation; it gets an id no other committee has. */
    public Outcome<Municipality> addCommittee(String committeeName) {
        if (committeeNamed(Text.name("committee name", committeeName)).isPresent()) {
            return Outcome.refused(Refusal.lifecycle(Wording.of(WordingKey.REFUSAL_MUNICIPALITY_COMMITTEE_EXISTS,
                    "a committee is already called '" + committeeName.strip() + "'", committeeName.strip())));
        }
        Committee added = Committee.named(committeeName, committees.stream().map(Committee::id).toList());
        List<Committee> changed = ImmutableList.<Committee>builder().addAll(committees).add(added).build();
        return Outcome.accepted(new Municipality(code, name, changed, administrations, units, registeredOn,
                organisationNumber, version));
    }

    /**
     * Records its organisation number, or corrects it. A number that is not a municipality's (212000…) never
     * parses as one: see {@link OrganisationNumber#parseMunicipal}.
     */
    public Outcome<Municipality> identifiedBy(OrganisationNumber number) {
        checkNotNull(number, "organisation number is required");
        if (!number.isMunicipality()) {
            return Outcome.refused(Refusal.lifecycle(Wording.of(WordingKey.REFUSAL_MUNICIPALITY_NOT_MUNICIPAL_NUMBER,
                    number + " is not a municipality's organisation number (those begin "
                    + OrganisationNumber.MUNICIPALITY_PREFIX + ")", number.toString(),
                    OrganisationNumber.MUNICIPALITY_PREFIX)));
        }
        return Outcome.accepted(new Municipality(code, name, committees, administrations, units, registeredOn,
                Optional.of(number), version));
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
