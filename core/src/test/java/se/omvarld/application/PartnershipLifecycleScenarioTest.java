package se.omvarld.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.omvarld.application.Scenarios.COORDINATOR;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.omvarld.application.PartnershipCommands.Decide;
import se.omvarld.application.PartnershipCommands.Step;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partner.PartnerKind;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.policy.Refusal;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.BodyKind;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.port.AuditEntry;

/**
 * A partnership's whole life, told once, on in-memory adapters: Lidköping proposes a cooperation agreement with
 * Xindu District in China, is stopped until it has a benefit/risk analysis (R1) and a democracy plan (R2, China is a
 * closed autocracy in V-Dem's table), activates it by the executive board's decision, reviews it and ends it.
 */
class PartnershipLifecycleScenarioTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final Ports ports = TestPorts.on(TODAY);
    private final PartnershipUseCases partnerships = new PartnershipUseCases(ports);

    @Test
    void a_cooperation_agreement_from_proposal_to_termination() {
        Scenarios.registerLidkoping(ports);
        Partner xindu = partnerships.registerPartner(new PartnershipCommands.RegisterPartner(COORDINATOR, "1494",
                PartnerKind.MUNICIPALITY, "Xindu District", "CN", "Xindu District, Chengdu")).value();
        Partnership proposed = partnerships.propose(new PartnershipCommands.Propose(COORDINATOR, "1494",
                xindu.id().toString(), PartnershipKind.COOPERATION_AGREEMENT, "Samarbetsavtal Xindu",
                Set.of(Area.EDUCATION, Area.TECHNOLOGY, Area.CULTURE), Set.of(FundingSource.MUNICIPALITY),
                LocalDate.of(2026, 9, 1), true, Set.of())).value();
        assertThat(proposed.status()).isEqualTo(PartnershipStatus.PROPOSED);
        assertThat(proposed.version()).isEqualTo(1);

        Result<Partnership> tooEarly = partnerships.decide(byTheBoard(proposed, Step.ACTIVATE, 1L));
        assertThat(tooEarly).isInstanceOf(Result.Refused.class);
        assertThat(((Result.Refused<Partnership>) tooEarly).refusals()).extracting(Refusal::rule)
                .extracting(r -> r.orElseThrow()).containsExactlyInAnyOrder(RuleId.R1, RuleId.R2);
        assertThat(ports.partnerships().find(proposed.municipality(), proposed.id()).orElseThrow().status())
                .isEqualTo(PartnershipStatus.PROPOSED);

        Partnership analysed = partnerships.recordAnalysis(new PartnershipCommands.RecordAnalysis(COORDINATOR,
                "1494", proposed.id().toString(), 1L, "Utbyte inom yrkesutbildning och miljöteknik",
                List.of("Två lärarutbyten per år", "Ett gemensamt miljöprojekt"),
                "Etablerad kontakt sedan 2011 och stark miljöteknisk kompetens",
                "Kompetensutveckling för lärare; kontakter för näringslivet",
                "Mänskliga rättigheter och yttrandefrihet; resor långväga", LocalDate.of(2026, 9, 20))).value();
        Partnership withPlan = partnerships.recordDemocracyPlan(new PartnershipCommands.RecordDemocracyPlan(
                COORDINATOR, "1494", proposed.id().toString(), analysed.version(),
                "Varje utbyte innehåller ett seminarium om lokal demokrati och medborgardialog; kommunens"
                        + " värderingar om mänskliga rättigheter framförs i avtalet.",
                LocalDate.of(2026, 9, 25))).value();

        Partnership active = partnerships.decide(byTheBoard(withPlan, Step.ACTIVATE, withPlan.version())).value();
        assertThat(active.status()).isEqualTo(PartnershipStatus.ACTIVE);
        assertThat(active.activatedOn()).contains(LocalDate.of(2026, 10, 1));

        Partnership underReview = partnerships.decide(byTheBoard(active, Step.PUT_UNDER_REVIEW, active.version()))
                .value();
        Partnership continued = partnerships.decide(byTheBoard(underReview, Step.CONTINUE, underReview.version()))
                .value();
        Partnership ended = partnerships.decide(byTheBoard(continued, Step.TERMINATE, continued.version())).value();

        assertThat(ended.status()).isEqualTo(PartnershipStatus.TERMINATED);
        assertThat(ended.history()).extracting(c -> c.to()).containsExactly(PartnershipStatus.ACTIVE,
                PartnershipStatus.UNDER_REVIEW, PartnershipStatus.ACTIVE, PartnershipStatus.TERMINATED);
        assertThat(ports.audit().of(MunicipalityCode.of("1494"), "partnership", ended.id().toString()))
                .extracting(AuditEntry::action)
                .containsExactly("propose", "record-analysis", "record-democracy-plan", "activate",
                        "put_under_review", "continue", "terminate");
        assertThat(ports.audit().of(MunicipalityCode.of("1494"), "partnership", ended.id().toString()))
                .extracting(AuditEntry::change).extracting(Wording::key, Wording::arguments).containsExactly(
                        tuple(WordingKey.AUDIT_PARTNERSHIP_PROPOSED, List.of(PartnershipKind.COOPERATION_AGREEMENT,
                                "Samarbetsavtal Xindu", "Xindu District")),
                        tuple(WordingKey.AUDIT_PARTNERSHIP_ANALYSIS_RECORDED, List.of(LocalDate.of(2026, 9, 20))),
                        tuple(WordingKey.AUDIT_DEMOCRACY_PLAN_RECORDED, List.of(LocalDate.of(2026, 9, 25))),
                        tuple(WordingKey.AUDIT_PARTNERSHIP_DECIDED_REFERENCE, List.of(PartnershipStatus.ACTIVE,
                                "Kommunstyrelsen", LocalDate.of(2026, 10, 1), "KS 2026/123")),
                        tuple(WordingKey.AUDIT_PARTNERSHIP_DECIDED_REFERENCE, List.of(PartnershipStatus.UNDER_REVIEW,
                                "Kommunstyrelsen", LocalDate.of(2026, 10, 1), "KS 2026/123")),
                        tuple(WordingKey.AUDIT_PARTNERSHIP_DECIDED_REFERENCE, List.of(PartnershipStatus.ACTIVE,
                                "Kommunstyrelsen", LocalDate.of(2026, 10, 1), "KS 2026/123")),
                        tuple(WordingKey.AUDIT_PARTNERSHIP_DECIDED_REFERENCE, List.of(PartnershipStatus.TERMINATED,
                                "Kommunstyrelsen", LocalDate.of(2026, 10, 1), "KS 2026/123")));
    }

    private static Decide byTheBoard(Partnership partnership, Step step, Long expectedVersion) {
        return new Decide(COORDINATOR, "1494", partnership.id().toString(), expectedVersion, step,
                BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen", LocalDate.of(2026, 10, 1), "KS 2026/123");
    }
}
