package se.omvarld.application;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import se.omvarld.domain.municipality.Administration;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.OrganisationNumber;
import se.omvarld.domain.municipality.Representative;
import se.omvarld.domain.municipality.Unit;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/** A municipality (the tenant) and its organisation, including the international group (R4). */
public final class MunicipalityUseCases {

    private static final String MUNICIPALITY = "municipality";

    private final Ports ports;
    private final Execution execution;

    public MunicipalityUseCases(Ports ports) {
        this.ports = checkNotNull(ports, "ports are required");
        this.execution = new Execution(ports);
    }

    public Result<Municipality> register(MunicipalityCommands.Register command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode code = input.field("code", () -> MunicipalityCode.of(command.code()));
            ImmutableList<Committee> committees = input.field("committees", () -> Committee.named(command.committees()));
            input.check();
            ImmutableList<Administration> administrations = input.field("administrations",
                    () -> command.administrations().stream().map(a -> new Administration(a.name(),
                            committeeNamed(committees, a.committee()),
                            a.representativeName() == null ? Optional.empty()
                                    : Optional.of(new Representative(a.representativeName(),
                                            a.representativeTitle()))))
                            .collect(ImmutableList.toImmutableList()));
            ImmutableList<Unit> units = input.field("units", () -> Unit.named(command.units().stream()
                    .map(u -> new Unit.Draft(u.name(), u.kind(), u.administration())).toList()));
            input.check();
            Municipality municipality = input.field(MUNICIPALITY, () -> Municipality.of(code, command.name(),
                    committees, administrations, units, execution.today()));
            input.check();
            if (ports.municipalities().exists(code)) {
                return new Result.Conflict<>("municipality " + code + " is already registered");
            }
            Municipality saved = ports.municipalities().save(municipality);
            execution.audit(code, command.actor(), MUNICIPALITY, code.value(), saved.version(), "register",
                    Wording.of(WordingKey.AUDIT_MUNICIPALITY_REGISTERED, "registered " + saved.name(), saved.name()));
            return new Result.Ok<>(saved);
        });
    }

    private static CommitteeId committeeNamed(List<Committee> committees, String name) {
        return committees.stream().filter(c -> c.name().equals(name == null ? null : name.strip())).findFirst()
                .map(Committee::id).orElseThrow(() -> InvalidValue.of(
                        WordingKey.FIELD_ADMINISTRATION_COMMITTEE_UNKNOWN, "administration serves committee '" + name
                        + "', which is not among the committees", String.valueOf(name)));
    }

    /** Renames a committee, e.g. after an election; its id, and all recorded against it, stay. */
    public Result<Municipality> renameCommittee(MunicipalityCommands.RenameCommittee command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode code = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            CommitteeId id = input.field("committeeId", () -> CommitteeId.of(command.committeeId()));
            input.check();
            return execution.change(new Execution.Change(MUNICIPALITY, code, code.value(), command.expectedVersion(),
                    command.actor(), "rename-committee", Wording.of(WordingKey.AUDIT_COMMITTEE_RENAMED,
                    "committee " + id + " is now called " + command.name(), id.toString(), command.name())),
                    ports.municipalities().find(code), Municipality::version,
                    (m, profile) -> m.renameCommittee(id, command.name()), ports.municipalities()::save);
        });
    }

    /** Renames a unit; its id, and the projects it owns, stay. */
    public Result<Municipality> renameUnit(MunicipalityCommands.RenameUnit command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode code = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            UnitId id = input.field("unitId", () -> UnitId.of(command.unitId()));
            input.check();
            return execution.change(new Execution.Change(MUNICIPALITY, code, code.value(), command.expectedVersion(),
                    command.actor(), "rename-unit", Wording.of(WordingKey.AUDIT_UNIT_RENAMED,
                    "unit " + id + " is now called " + command.name(), id.toString(), command.name())),
                    ports.municipalities().find(code), Municipality::version,
                    (m, profile) -> m.renameUnit(id, command.name()), ports.municipalities()::save);
        });
    }

    public Result<Municipality> appointRepresentative(MunicipalityCommands.AppointRepresentative command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode code = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            Representative representative = input.field("representative",
                    () -> new Representative(command.name(), command.title()));
            input.check();
            return execution.change(new Execution.Change(MUNICIPALITY, code, code.value(), command.expectedVersion(),
                    command.actor(), "appoint-representative", Wording.of(WordingKey.AUDIT_REPRESENTATIVE_APPOINTED,
                            command.name() + " represents " + command.administration()
                                    + " in the international group", command.name(), command.administration())),
                    ports.municipalities().find(code), Municipality::version,
                    (m, profile) -> m.appointRepresentative(command.administration(), representative),
                    ports.municipalities()::save);
        });
    }

    /** Records or corrects the municipality's organisation number; a number that is not a municipality's is invalid. */
    public Result<Municipality> setOrganisationNumber(MunicipalityCommands.SetOrganisationNumber command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode code = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            OrganisationNumber number = input.field("organisationNumber",
                    () -> OrganisationNumber.parseMunicipal(command.organisationNumber()));
            input.check();
            return execution.change(new Execution.Change(MUNICIPALITY, code, code.value(), command.expectedVersion(),
                    command.actor(), "set-organisation-number", Wording.of(WordingKey.AUDIT_ORGANISATION_NUMBER_SET,
                    "organisation number " + number, number.toString())),
                    ports.municipalities().find(code), Municipality::version,
                    (m, profile) -> m.identifiedBy(number), ports.municipalities()::save);
        });
    }
}
