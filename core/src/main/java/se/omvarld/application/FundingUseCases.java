package se.omvarld.application;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.funding.CallMatcher;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.CallId;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/** Funding programmes, their calls, and which open calls fit a set of areas (R12's exploring). */
public final class FundingUseCases {

    private final Ports ports;
    private final Execution execution;

    public FundingUseCases(Ports ports) {
        this.ports = checkNotNull(ports, "ports are required");
        this.execution = new Execution(ports);
    }

    public Result<FundingProgramme> registerProgramme(FundingCommands.RegisterProgramme command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode municipality = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            Currency currency = input.field("currency", () -> Currency.getInstance(command.currency()));
            input.check();
            if (!ports.municipalities().exists(municipality)) {
                return new Result.NotFound<>("municipality", municipality.value());
            }
            ProgrammeId programmeId = new ProgrammeId(ports.ids().next());
            FundingProgramme programme = input.field("programme", () -> FundingProgramme.register(programmeId, municipality, command.name(), command.funder(),
                    command.source(), currency, command.coFinancingRate(), command.eligibleAreas()));
            input.check();
            FundingProgramme saved = ports.funding().save(programme);
            execution.audit(municipality, command.actor(), "programme", saved.id().toString(), saved.version(),
                    "register", Wording.of(WordingKey.AUDIT_PROGRAMME_REGISTERED, "registered programme " + saved.name(),
                            saved.name()));
            return new Result.Ok<>(saved);
        });
    }

    public Result<Call> publishCall(FundingCommands.PublishCall command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode municipality = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            ProgrammeId programmeId = input.field("programmeId", () -> ProgrammeId.of(command.programmeId()));
            input.check();
            Optional<FundingProgramme> programme = ports.funding().findProgramme(municipality, programmeId);
            if (programme.isEmpty()) {
                return new Result.NotFound<>("programme", programmeId.toString());
            }
            CallId callId = new CallId(ports.ids().next());
            Call call = input.field("call", () -> Call.publish(callId, programme.get(),
                    command.title(), command.areas(), command.opens(), command.deadline()));
            input.check();
            Call saved = ports.funding().save(call);
            execution.audit(municipality, command.actor(), "call", saved.id().toString(), saved.version(), "publish",
                    Wording.of(WordingKey.AUDIT_CALL_PUBLISHED, "call '" + saved.title() + "' open " + saved.opens() + " to "
                            + saved.deadline(), saved.title(), saved.opens(), saved.deadline()));
            return new Result.Ok<>(saved);
        });
    }

    /**
     * The calls open today that fit the municipality's priority areas (its policy's prioriterade områden): what
     * the coordinator's monitoring of funding watches.
     */
    public Result<ImmutableList<Call>> openCallsForPriorities(MunicipalityCode municipality) {
        return ports.transactions().inTransaction(() -> execution.profile(municipality)
                .<Result<ImmutableList<Call>>>map(p -> new Result.Ok<>(openCallsFitting(municipality,
                        p.priorityAreas())))
                .orElseGet(() -> new Result.NotFound<>("policy profile", municipality.value())));
    }

    /** The calls open today that fit {@code areas}, soonest deadline first, read in one transaction. */
    public ImmutableList<Call> openCallsFitting(MunicipalityCode municipality, Set<Area> areas) {
        return ports.transactions().inTransaction(() -> {
            LocalDate today = ports.clock().today();
            return CallMatcher.openCallsFitting(ports.funding().openCalls(municipality, today), areas, today);
        });
    }

    /** The call, read in one transaction. */
    public Result<Call> call(MunicipalityCode municipality, CallId id) {
        return ports.transactions().inTransaction(() -> ports.funding().findCall(municipality, id)
                .<Result<Call>>map(Result.Ok::new)
                .orElseGet(() -> new Result.NotFound<>("call", id.toString())));
    }
}
