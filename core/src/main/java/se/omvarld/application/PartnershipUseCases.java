package se.omvarld.application;

import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.port.PageRequest;
import se.omvarld.port.PartnershipQuery;
import se.omvarld.port.PartnershipSummary;
import se.omvarld.port.Page;
import com.google.common.collect.ImmutableList;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partnership.BenefitRiskAnalysis;
import se.omvarld.domain.policy.DemocracyPlan;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.port.PartnerQuery;
import se.omvarld.port.PartnerSummary;

/**
 * Partners and partnerships: register a counterpart, propose a partnership, record its analysis and democracy plan,
 * and take the decisions that move it through its lifecycle.
 */
public final class PartnershipUseCases {

    private static final String PARTNERSHIP = "partnership";

    private final Ports ports;
    private final Execution execution;

    public PartnershipUseCases(Ports ports) {
        this.ports = checkNotNull(ports, "ports are required");
        this.execution = new Execution(ports);
    }

    public Result<Partner> registerPartner(PartnershipCommands.RegisterPartner command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode municipality = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            CountryCode country = input.field("country", () -> CountryCode.of(command.country()));
            input.check();
            if (!ports.municipalities().exists(municipality)) {
                return new Result.NotFound<>("municipality", municipality.value());
            }
            PartnerId partnerId = new PartnerId(ports.ids().next());
            Partner partner = input.field("partner", () -> Partner.register(partnerId,
                    municipality, command.kind(), command.name(), country, command.locality()));
            input.check();
            Partner saved = ports.partners().save(partner);
            execution.audit(municipality, command.actor(), "partner", saved.id().toString(), saved.version(),
                    "register", Wording.of(WordingKey.AUDIT_PARTNER_REGISTERED, "registered " + saved.name() + " ("
                            + saved.country() + ")", saved.name(), saved.country()));
            return new Result.Ok<>(saved);
        });
    }

    public Result<Partnership> propose(PartnershipCommands.Propose command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode municipality = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            PartnerId partnerId = input.field("partnerId", () -> PartnerId.of(command.partnerId()));
            input.check();
            Optional<Partner> partner = ports.partners().find(municipality, partnerId);
            if (partner.isEmpty()) {
                return new Result.NotFound<>("partner", partnerId.toString());
            }
            var organisation = ports.municipalities().find(municipality);
            if (organisation.isEmpty()) {
                return new Result.NotFound<>("municipality", municipality.value());
            }
            var committees = input.field("committeeIds", () -> Committees.of(organisation.get(),
                    command.committeeIds()));
            input.notAfter("proposedOn", command.proposedOn(), execution.today());
            input.check();
            PartnershipId partnershipId = new PartnershipId(ports.ids().next());
            Partnership proposal = input.field("partnership", () -> Partnership.propose(partnershipId, partner.get(), command.kind(), command.title(),
                    command.areas(), command.fundingSources(), committees, command.proposedOn(),
                    command.counterpartValuesFormalAgreement()));
            input.check();
            Partnership saved = ports.partnerships().save(proposal);
            execution.audit(municipality, command.actor(), PARTNERSHIP, saved.id().toString(), saved.version(),
                    "propose", Wording.of(WordingKey.AUDIT_PARTNERSHIP_PROPOSED, "proposed " + saved.kind() + " '"
                            + saved.title() + "' with " + partner.get().name(), saved.kind(), saved.title(),
                            partner.get().name()));
            return new Result.Ok<>(saved);
        });
    }

    public Result<Partnership> recordAnalysis(PartnershipCommands.RecordAnalysis command) {
        return execution.run(command, () -> {
            Input input = new Input();
            BenefitRiskAnalysis analysis = input.field("analysis", () -> BenefitRiskAnalysis.of(command.purpose(),
                    command.goals(), command.partnerChoiceReason(), command.benefits(), command.risks(),
                    command.madeOn()));
            input.notAfter("madeOn", command.madeOn(), execution.today());
            return change(input, command.municipality(), command.partnershipId(), command.expectedVersion(),
                    command.actor(), "record-analysis", Wording.of(WordingKey.AUDIT_PARTNERSHIP_ANALYSIS_RECORDED,
                            "recorded the benefit/risk analysis of " + command.madeOn(), command.madeOn()),
                    (p, profile) -> p.recordAnalysis(analysis));
        });
    }

    public Result<Partnership> recordDemocracyPlan(PartnershipCommands.RecordDemocracyPlan command) {
        return execution.run(command, () -> {
            Input input = new Input();
            DemocracyPlan plan = input.field("democracyPlan",
                    () -> new DemocracyPlan(command.reflection(), command.adoptedOn()));
            input.notAfter("adoptedOn", command.adoptedOn(), execution.today());
            return change(input, command.municipality(), command.partnershipId(), command.expectedVersion(),
                    command.actor(), "record-democracy-plan",
                    Wording.of(WordingKey.AUDIT_DEMOCRACY_PLAN_RECORDED, "recorded the democracy plan of "
                            + command.adoptedOn(), command.adoptedOn()), (p, profile) -> p.recordDemocracyPlan(plan));
        });
    }

    /** Takes a lifecycle decision; activation consults the partner country's assessment for the decision's year. */
    public Result<Partnership> decide(PartnershipCommands.Decide command) {
        return execution.run(command, () -> {
            Input input = new Input();
            Decision decision = input.field("decision", () -> new Decision(
                    new Body(command.decidedByKind(), command.decidedByName()), command.decidedOn(),
                    Optional.ofNullable(command.reference()).filter(r -> !r.isBlank())));
            input.notAfter("decidedOn", command.decidedOn(), execution.today());
            String english = command.step().name().toLowerCase().replace('_', ' ') + " by "
                    + command.decidedByName() + " on " + command.decidedOn()
                    + Optional.ofNullable(command.reference()).map(r -> " (" + r + ")").orElse("");
            Wording change = command.reference() == null
                    ? Wording.of(WordingKey.AUDIT_PARTNERSHIP_DECIDED, english, command.step().to(),
                            command.decidedByName(), command.decidedOn())
                    : Wording.of(WordingKey.AUDIT_PARTNERSHIP_DECIDED_REFERENCE, english, command.step().to(),
                            command.decidedByName(), command.decidedOn(), command.reference());
            return change(input, command.municipality(), command.partnershipId(), command.expectedVersion(),
                    command.actor(), command.step().name().toLowerCase(), change, (p, profile) -> {
                        switch (command.step()) {
                            case ACTIVATE:
                                return p.activate(decision, profile, ports.countryAssessments()::history);
                            case PUT_UNDER_REVIEW:
                                return p.putUnderReview(decision);
                            case CONTINUE:
                                return p.continueAfterReview(decision);
                            case TERMINATE:
                                return p.terminate(decision, profile);
                            default:
                                throw new IllegalStateException("unknown step " + command.step());
                        }
                    });
        });
    }

    public Result<Partnership> find(String municipality, String partnershipId) {
        Input input = new Input();
        MunicipalityCode code = input.field("municipality", () -> MunicipalityCode.of(municipality));
        PartnershipId id = input.field("partnershipId", () -> PartnershipId.of(partnershipId));
        try {
            input.check();
        } catch (InvalidInput invalid) {
            return new Result.Invalid<>(invalid.violations());
        }
        return ports.partnerships().find(code, id).<Result<Partnership>>map(Result.Ok::new)
                .orElseGet(() -> new Result.NotFound<>(PARTNERSHIP, partnershipId));
    }

    private Result<Partnership> change(Input input, String municipalityValue, String idValue, Long expectedVersion,
            String actor, String action, Wording description,
            java.util.function.BiFunction<Partnership, PolicyProfile, Outcome<Partnership>> act) {
        MunicipalityCode municipality = input.field("municipality", () -> MunicipalityCode.of(municipalityValue));
        PartnershipId id = input.field("partnershipId", () -> PartnershipId.of(idValue));
        input.check();
        return execution.change(new Execution.Change(PARTNERSHIP, municipality, id.toString(), expectedVersion, actor,
                action, description), ports.partnerships().find(municipality, id), Partnership::version, act,
                ports.partnerships()::save);
    }

    /** A page of the municipality's partnerships, by title, then id. */
    public Result<Page<Partnership>> page(MunicipalityCode municipality, PageRequest request) {
        return ports.transactions().inTransaction(() -> municipalityKnown(municipality)
                ? new Result.Ok<>(ports.partnerships().page(municipality, request))
                : new Result.NotFound<>("municipality", municipality.value()));
    }

    /**
     * A page of the municipality's list of partnerships as the query asks (filters and order), each with its
     * partner's name and locality: the API's list.
     */
    public Result<Page<PartnershipSummary>> list(MunicipalityCode municipality, PartnershipQuery query,
            PageRequest request) {
        return Listings.page(ports, municipality, () -> ports.partnerships().list(municipality, query, request));
    }

    /** The municipality's partnerships in {@code status}, e.g. those under review, by title, then id. */
    public Result<ImmutableList<Partnership>> withStatus(MunicipalityCode municipality, PartnershipStatus status) {
        return ports.transactions().inTransaction(() -> municipalityKnown(municipality)
                ? new Result.Ok<>(ports.partnerships().withStatus(municipality, status))
                : new Result.NotFound<>("municipality", municipality.value()));
    }

    private boolean municipalityKnown(MunicipalityCode municipality) {
        return ports.municipalities().exists(municipality);
    }

    /** A page of the municipality's list of partners as the query asks (filters and order): the API's list. */
    public Result<Page<PartnerSummary>> partners(MunicipalityCode municipality, PartnerQuery query,
            PageRequest request) {
        return Listings.page(ports, municipality, () -> ports.partners().list(municipality, query, request));
    }
}
