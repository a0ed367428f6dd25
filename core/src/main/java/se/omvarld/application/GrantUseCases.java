package se.omvarld.application;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.port.GrantQuery;
import se.omvarld.port.GrantSummary;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;

/** Grants to associations for international exchanges: application, decision (R14) and follow-up. */
public final class GrantUseCases {

    private static final String GRANT = "grant";

    private final Ports ports;
    private final Execution execution;

    public GrantUseCases(Ports ports) {
        this.ports = checkNotNull(ports, "ports are required");
        this.execution = new Execution(ports);
    }

    public Result<AssociationGrant> apply(GrantCommands.Apply command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode municipality = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            Money requested = input.field("requested", () -> ProjectUseCases.money(command.requested()));
            Money own = input.field("ownFinancing", () -> ProjectUseCases.money(command.ownFinancing()));
            DateRange exchange = input.field("exchangeEnd",
                    () -> DateRange.of(command.exchangeStart(), command.exchangeEnd()));
            input.check();
            if (!ports.municipalities().exists(municipality)) {
                return new Result.NotFound<>("municipality", municipality.value());
            }
            input.notAfter("appliedOn", command.appliedOn(), execution.today());
            input.check();
            GrantId grantId = new GrantId(ports.ids().next());
            AssociationGrant grant = input.field("grant", () -> AssociationGrant.apply(grantId,
                    municipality, command.association(), command.purpose(), command.purposeAnchored(), requested, own,
                    exchange, command.appliedOn()));
            input.check();
            AssociationGrant saved = ports.grants().save(grant);
            execution.audit(municipality, command.actor(), GRANT, saved.id().toString(), saved.version(), "apply",
                    Wording.of(WordingKey.AUDIT_GRANT_APPLIED, saved.association() + " applied for "
                            + saved.requested(), saved.association(), saved.requested()));
            return new Result.Ok<>(saved);
        });
    }

    public Result<AssociationGrant> decide(GrantCommands.Decide command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode municipality = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            GrantId id = input.field("grantId", () -> GrantId.of(command.grantId()));
            Decision decision = input.field("decidedBy", () -> new Decision(
                    new Body(command.decidedByKind(), command.decidedByName()), command.decidedOn(),
                    Optional.ofNullable(command.reference()).filter(r -> !r.isBlank())));
            Money amount = command.granted()
                    && input.required("amount", command.amount(), Input.REQUIRED_TO_GRANT) != null
                    ? input.field("amount", () -> ProjectUseCases.money(command.amount()))
                    : null;
            input.notAfter("decidedOn", command.decidedOn(), execution.today());
            input.check();
            String english = (command.granted() ? "granted " + amount : "rejected") + " by "
                    + command.decidedByName() + " on " + command.decidedOn();
            Wording description = command.granted()
                    ? Wording.of(WordingKey.AUDIT_GRANT_GRANTED, english, amount, command.decidedByName(),
                            command.decidedOn())
                    : Wording.of(WordingKey.AUDIT_GRANT_REJECTED, english, command.decidedByName(),
                            command.decidedOn());
            return execution.change(new Execution.Change(GRANT, municipality, id.toString(), command.expectedVersion(),
                    command.actor(), command.granted() ? "grant" : "reject", description),
                    ports.grants().find(municipality, id), AssociationGrant::version,
                    (grant, profile) -> command.granted() ? grant.grant(decision, amount, profile)
                            : grant.reject(decision),
                    ports.grants()::save);
        });
    }

    public Result<AssociationGrant> followUp(GrantCommands.FollowUp command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode municipality = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            GrantId id = input.field("grantId", () -> GrantId.of(command.grantId()));
            AssociationGrant.FollowUp report = input.field("summary",
                    () -> new AssociationGrant.FollowUp(command.submittedOn(), command.summary()));
            input.notAfter("submittedOn", command.submittedOn(), execution.today());
            input.check();
            return execution.change(new Execution.Change(GRANT, municipality, id.toString(), command.expectedVersion(),
                    command.actor(), "follow-up", Wording.of(WordingKey.AUDIT_GRANT_FOLLOWED_UP,
                            "follow-up report of " + command.submittedOn(), command.submittedOn())),
                    ports.grants().find(municipality, id), AssociationGrant::version,
                    (grant, profile) -> grant.followUp(report), ports.grants()::save);
        });
    }

    /** A page of the municipality's list of association grants as the query asks (filters and order): the API's list. */
    public Result<Page<GrantSummary>> list(MunicipalityCode municipality, GrantQuery query, PageRequest request) {
        return Listings.page(ports, municipality, () -> ports.grants().list(municipality, query, request));
    }
}
