package se.omvarld.application;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partnership.BenefitRiskAnalysis;
import se.omvarld.domain.partnership.DemocracyPlan;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.policy.CountryAssessment;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.PartnershipId;

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
            if (ports.municipalities().find(municipality).isEmpty()) {
                return new Result.NotFound<>("municipality", municipality.value());
            }
            Partner partner = input.field("partner", () -> Partner.register(new PartnerId(ports.ids().next()),
                    municipality, command.kind(), command.name(), country, command.locality()));
            input.check();
            Partner saved = ports.partners().save(partner);
            execution.audit(municipality, command.actor(), "partner", saved.id().toString(), saved.version(),
                    "register", "registered " + saved.name() + " (" + saved.country() + ")");
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
            Partnership proposal = input.field("partnership", () -> Partnership.propose(
                    new PartnershipId(ports.ids().next()), partner.get(), command.kind(), command.title(),
                    command.areas(), command.fundingSources(), command.proposedOn(),
                    command.counterpartValuesFormalAgreement()));
            input.check();
            Partnership saved = ports.partnerships().save(proposal);
            execution.audit(municipality, command.actor(), PARTNERSHIP, saved.id().toString(), saved.version(),
                    "propose", "proposed " + saved.kind() + " '" + saved.title() + "' with " + partner.get().name());
            return new Result.Ok<>(saved);
        });
    }

    public Result<Partnership> recordAnalysis(PartnershipCommands.RecordAnalysis command) {
        return execution.run(command, () -> {
            Input input = new Input();
            BenefitRiskAnalysis analysis = input.field("analysis", () -> BenefitRiskAnalysis.of(command.purpose(),
                    command.goals(), command.partnerChoiceReason(), command.benefits(), command.risks(),
                    command.madeOn()));
            return change(input, command.municipality(), command.partnershipId(), command.expectedVersion(),
                    command.actor(), "record-analysis", "recorded the benefit/risk analysis of " + command.madeOn(),
                    (p, profile) -> p.recordAnalysis(analysis));
        });
    }

    public Result<Partnership> recordDemocracyPlan(PartnershipCommands.RecordDemocracyPlan command) {
        return execution.run(command, () -> {
            Input input = new Input();
            DemocracyPlan plan = input.field("democracyPlan",
                    () -> new DemocracyPlan(command.reflection(), command.adoptedOn()));
            return change(input, command.municipality(), command.partnershipId(), command.expectedVersion(),
                    command.actor(), "record-democracy-plan",
                    "recorded the democracy plan of " + command.adoptedOn(), (p, profile) -> p.recordDemocracyPlan(plan));
        });
    }

    /** Takes a lifecycle decision; activation consults the partner country's assessment for the decision's year. */
    public Result<Partnership> decide(PartnershipCommands.Decide command) {
        return execution.run(command, () -> {
            Input input = new Input();
            Decision decision = input.field("decision", () -> new Decision(
                    new Body(command.decidedByKind(), command.decidedByName()), command.decidedOn(),
                    Optional.ofNullable(command.reference()).filter(r -> !r.isBlank())));
            String change = command.step().name().toLowerCase().replace('_', ' ') + " by " + command.decidedByName()
                    + " on " + command.decidedOn()
                    + Optional.ofNullable(command.reference()).map(r -> " (" + r + ")").orElse("");
            return change(input, command.municipality(), command.partnershipId(), command.expectedVersion(),
                    command.actor(), command.step().name().toLowerCase(), change, (p, profile) -> {
                        switch (command.step()) {
                            case ACTIVATE:
                                Optional<CountryAssessment> assessment = ports.countryAssessments()
                                        .latest(p.country(), decision.date().getYear());
                                return p.activate(decision, profile, assessment);
                            case PUT_UNDER_REVIEW:
                                return p.putUnderReview(decision);
                            case CONTINUE:
                                return p.continueAfterReview(decision, profile);
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
            String actor, String action, String description,
            java.util.function.BiFunction<Partnership, PolicyProfile, Outcome<Partnership>> act) {
        MunicipalityCode municipality = input.field("municipality", () -> MunicipalityCode.of(municipalityValue));
        PartnershipId id = input.field("partnershipId", () -> PartnershipId.of(idValue));
        input.check();
        return execution.change(new Execution.Change(PARTNERSHIP, municipality, id.toString(), expectedVersion, actor,
                action, description), ports.partnerships().find(municipality, id), Partnership::version, act,
                ports.partnerships()::save);
    }
}
