package se.omvarld.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.domain.Examples.analysis;
import static se.omvarld.domain.Examples.byBoard;
import static se.omvarld.domain.Examples.byCommittee;
import static se.omvarld.domain.Examples.democracyPlan;
import static se.omvarld.domain.Examples.proposal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.Examples;
import se.omvarld.domain.policy.CountryAssessmentTable;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.policy.Refusal;
import se.omvarld.domain.policy.RegimeClass;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.Wording;
import se.omvarld.reference.CountryRegimesCsv;

class PartnershipRulesTest {

    private static final CountryRegimesCsv REGIMES = CountryRegimesCsv.load();
    private static final CountryAssessmentTable NONE = CountryAssessmentTable.none();
    private static final PolicyProfile LIDKOPING = PolicyProfiles.lidkoping();
    private static final PolicyProfile LILLA_EDET = PolicyProfiles.lillaEdet();
    private static final PolicyProfile TYRESO = PolicyProfiles.tyreso();
    private static final PolicyProfile EKSJO = PolicyProfiles.eksjo();
    private static final LocalDate PROPOSED = LocalDate.of(2025, 2, 1);
    private static final LocalDate DECIDED = LocalDate.of(2025, 4, 15);

    private static Partnership proposed(PolicyProfile profile, String name, String country, PartnershipKind kind) {
        return proposal(profile.municipality(), name, country, kind, PROPOSED, true);
    }

    private static Optional<RuleId> onlyRule(Outcome<?> outcome) {
        assertThat(outcome.isAccepted()).as("refused").isFalse();
        assertThat(outcome.refusals()).hasSize(1);
        return outcome.refusals().get(0).rule();
    }

    @Test
    void the_next_statuses_follow_the_decisions_the_lifecycle_allows_and_a_terminated_partnership_has_none() {
        Partnership proposal = proposed(LIDKOPING, "Utena", "LT", PartnershipKind.TWIN_TOWN);
        Partnership active = proposal.recordAnalysis(analysis(PROPOSED)).value()
                .activate(byBoard(DECIDED), LIDKOPING, REGIMES).value();
        Partnership review = active.putUnderReview(byBoard(DECIDED.plusDays(1))).value();
        Partnership ended = review.terminate(byBoard(DECIDED.plusDays(2)), LIDKOPING).value();

        assertThat(proposal.nextStatuses()).containsExactlyInAnyOrder(PartnershipStatus.ACTIVE,
                PartnershipStatus.TERMINATED);
        assertThat(active.nextStatuses()).containsExactlyInAnyOrder(PartnershipStatus.UNDER_REVIEW,
                PartnershipStatus.TERMINATED);
        assertThat(review.nextStatuses()).containsExactlyInAnyOrder(PartnershipStatus.ACTIVE,
                PartnershipStatus.TERMINATED);
        assertThat(ended.nextStatuses()).isEmpty();
    }

    @Nested
    class BenefitRiskAnalysis_R1 {

        @Test
        void partnership_cannot_become_active_without_benefit_risk_analysis_R1() {
            Partnership p = proposed(LIDKOPING, "Utena", "LT", PartnershipKind.TWIN_TOWN);

            Outcome<Partnership> outcome = p.activate(byBoard(DECIDED), LIDKOPING, REGIMES);

            assertThat(onlyRule(outcome)).contains(RuleId.R1);
            assertThat(outcome.refusals().get(0).reason()).contains("benefit/risk analysis");
        }

        @Test
        void partnership_with_benefit_risk_analysis_becomes_active_R1() {
            Partnership p = proposed(LIDKOPING, "Utena", "LT", PartnershipKind.TWIN_TOWN)
                    .recordAnalysis(analysis(PROPOSED)).value();

            Outcome<Partnership> outcome = p.activate(byBoard(DECIDED), LIDKOPING, REGIMES);

            assertThat(outcome.isAccepted()).isTrue();
            assertThat(outcome.value().status()).isEqualTo(PartnershipStatus.ACTIVE);
            assertThat(outcome.value().activatedOn()).contains(DECIDED);
        }

        @Test
        void an_analysis_made_after_the_activation_does_not_justify_it_R1() {
            Partnership p = proposed(LIDKOPING, "Utena", "LT", PartnershipKind.TWIN_TOWN)
                    .recordAnalysis(analysis(DECIDED.plusDays(1))).value();

            Outcome<Partnership> outcome = p.activate(byBoard(DECIDED), LIDKOPING, REGIMES);

            assertThat(onlyRule(outcome)).contains(RuleId.R1);
            assertThat(outcome.refusals().get(0).reason()).contains("before the activation");
        }

        @Test
        void a_new_analysis_is_kept_beside_the_earlier_one_R1() {
            Partnership p = proposed(LIDKOPING, "Utena", "LT", PartnershipKind.TWIN_TOWN)
                    .recordAnalysis(analysis(PROPOSED)).value()
                    .recordAnalysis(analysis(DECIDED)).value();

            assertThat(p.analyses()).extracting(BenefitRiskAnalysis::madeOn).containsExactly(PROPOSED, DECIDED);
            assertThat(p.analysis().map(BenefitRiskAnalysis::madeOn)).contains(DECIDED);
        }

        @Test
        void an_analysis_cannot_be_dated_before_the_proposal_R1() {
            Partnership p = proposed(LIDKOPING, "Utena", "LT", PartnershipKind.TWIN_TOWN);

            assertThat(onlyRule(p.recordAnalysis(analysis(PROPOSED.minusDays(1))))).isEmpty();
        }

        @Test
        void without_R1_no_analysis_is_asked_for_R1() {
            Partnership p = proposed(LILLA_EDET, "Utena", "LT", PartnershipKind.COOPERATION_AGREEMENT);

            assertThat(p.activate(byBoard(DECIDED), LILLA_EDET, NONE).isAccepted()).isTrue();
        }
    }

    @Nested
    class DemocracyPlan_R2 {

        @Test
        void partnership_in_a_closed_autocracy_needs_a_democracy_plan_R2() {
            Partnership xindu = proposed(LIDKOPING, "Xindu District", "CN", PartnershipKind.COOPERATION_AGREEMENT)
                    .recordAnalysis(analysis(PROPOSED)).value();

            Outcome<Partnership> outcome = xindu.activate(byBoard(DECIDED), LIDKOPING, REGIMES);

            assertThat(onlyRule(outcome)).contains(RuleId.R2);
            assertThat(outcome.refusals().get(0).reason()).contains("closed autocracy", "2024",
                    CountryRegimesCsv.SOURCE);
        }

        @Test
        void partnership_in_a_closed_autocracy_with_a_democracy_plan_becomes_active_R2() {
            Partnership xindu = proposed(LIDKOPING, "Xindu District", "CN", PartnershipKind.COOPERATION_AGREEMENT)
                    .recordAnalysis(analysis(PROPOSED)).value()
                    .recordDemocracyPlan(democracyPlan(PROPOSED)).value();

            assertThat(xindu.activate(byBoard(DECIDED), LIDKOPING, REGIMES).isAccepted()).isTrue();
        }

        @Test
        void a_democracy_plan_adopted_after_the_activation_does_not_justify_it_R2() {
            Partnership xindu = proposed(LIDKOPING, "Xindu District", "CN", PartnershipKind.COOPERATION_AGREEMENT)
                    .recordAnalysis(analysis(PROPOSED)).value()
                    .recordDemocracyPlan(democracyPlan(DECIDED.plusDays(1))).value();

            assertThat(onlyRule(xindu.activate(byBoard(DECIDED), LIDKOPING, REGIMES))).contains(RuleId.R2);
        }

        @Test
        void a_new_democracy_plan_is_kept_beside_the_earlier_one_R2() {
            Partnership xindu = proposed(LIDKOPING, "Xindu District", "CN", PartnershipKind.COOPERATION_AGREEMENT)
                    .recordDemocracyPlan(democracyPlan(DECIDED)).value()
                    .recordDemocracyPlan(democracyPlan(PROPOSED)).value();

            assertThat(xindu.democracyPlans()).extracting(p -> p.adoptedOn()).containsExactly(PROPOSED, DECIDED);
        }

        @Test
        void hungary_needed_no_plan_in_2004_but_needs_one_since_2018_R2() {
            LocalDate proposedOn = LocalDate.of(2003, 6, 1);
            Partnership kecskemet = proposal(LIDKOPING.municipality(), "Kecskemét", "HU", PartnershipKind.TWIN_TOWN,
                    proposedOn, true).recordAnalysis(analysis(proposedOn)).value();

            assertThat(kecskemet.activate(byBoard(LocalDate.of(2004, 3, 1)), LIDKOPING, REGIMES).isAccepted())
                    .isTrue();
            assertThat(kecskemet.activate(byBoard(LocalDate.of(2017, 3, 1)), LIDKOPING, REGIMES).isAccepted())
                    .isTrue();
            assertThat(onlyRule(kecskemet.activate(byBoard(LocalDate.of(2018, 3, 1)), LIDKOPING, REGIMES)))
                    .contains(RuleId.R2);
        }

        @Test
        void partnership_in_a_democracy_needs_no_plan_R2() {
            Partnership p = proposed(LIDKOPING, "Savigny-le-Temple", "FR", PartnershipKind.TWIN_TOWN)
                    .recordAnalysis(analysis(PROPOSED)).value();

            assertThat(p.activate(byBoard(DECIDED), LIDKOPING, REGIMES).isAccepted()).isTrue();
        }

        @Test
        void a_country_without_any_assessment_cannot_be_judged_R2() {
            assertThat(REGIMES.history(se.omvarld.domain.shared.CountryCode.of("AD"))).isEmpty();
            Partnership andorra = proposed(LIDKOPING, "Andorra la Vella", "AD", PartnershipKind.TWIN_TOWN)
                    .recordAnalysis(analysis(PROPOSED)).value();

            Outcome<Partnership> outcome = andorra.activate(byBoard(DECIDED), LIDKOPING, REGIMES);

            assertThat(onlyRule(outcome)).contains(RuleId.R2);
            assertThat(outcome.refusals().get(0).reason()).contains("no assessment");
            assertThat(andorra.recordDemocracyPlan(democracyPlan(PROPOSED)).value()
                    .activate(byBoard(DECIDED), LIDKOPING, REGIMES).isAccepted()).isTrue();
        }

        @Test
        void a_profile_may_flag_other_classes_R2() {
            PolicyProfile strict = LIDKOPING.toBuilder().democracyPlanRegimes(EnumSet.of(
                    RegimeClass.CLOSED_AUTOCRACY, RegimeClass.ELECTORAL_AUTOCRACY,
                    RegimeClass.ELECTORAL_DEMOCRACY)).build();
            Partnership utena = proposed(strict, "Utena", "LT", PartnershipKind.TWIN_TOWN)
                    .recordAnalysis(analysis(PROPOSED)).value();

            assertThat(onlyRule(utena.activate(byBoard(DECIDED), strict, REGIMES))).contains(RuleId.R2);
            assertThat(utena.activate(byBoard(DECIDED), LIDKOPING, REGIMES).isAccepted()).isTrue();
        }

        @Test
        void without_R2_no_assessment_is_consulted_R2() {
            Partnership xindu = proposed(TYRESO, "Xindu District", "CN", PartnershipKind.INDUSTRIAL_PARTNERSHIP);

            assertThat(xindu.activate(byCommittee(DECIDED), TYRESO, REGIMES).isAccepted()).isTrue();
        }
    }

    @Nested
    class NewTwinTown_R9 {

        @Test
        void in_tyreso_a_new_twin_town_whose_counterpart_does_not_value_an_agreement_is_advised_against_R9() {
            Partnership p = proposal(TYRESO.municipality(), "Tyresö-Partner", "DE", PartnershipKind.TWIN_TOWN,
                    PROPOSED, false);

            Outcome<Partnership> outcome = p.activate(byBoard(DECIDED), TYRESO, NONE);

            assertThat(outcome.isAccepted()).as("\"bör\" advises, it does not refuse").isTrue();
            assertThat(outcome.advice()).singleElement().satisfies(a -> {
                assertThat(a.rule()).isEqualTo(RuleId.R9);
                assertThat(a.reason()).contains("values a formal agreement");
            });
        }

        @Test
        void a_profile_stating_it_as_a_duty_refuses_such_a_twin_town_R9() {
            PolicyProfile strict = TYRESO.toBuilder().rules(RuleId.R9).build();
            Partnership p = proposal(TYRESO.municipality(), "Tyresö-Partner", "DE", PartnershipKind.TWIN_TOWN,
                    PROPOSED, false);

            assertThat(onlyRule(p.activate(byBoard(DECIDED), strict, NONE))).contains(RuleId.R9);
        }

        @Test
        void new_twin_town_is_entered_without_advice_where_the_counterpart_values_a_formal_agreement_R9() {
            Partnership p = proposal(TYRESO.municipality(), "Tyresö-Partner", "DE", PartnershipKind.TWIN_TOWN,
                    PROPOSED, true);

            Outcome<Partnership> outcome = p.activate(byBoard(DECIDED), TYRESO, NONE);
            assertThat(outcome.isAccepted()).isTrue();
            assertThat(outcome.advice()).isEmpty();
        }

        @Test
        void the_valued_agreement_condition_is_only_for_twin_towns_and_only_where_the_profile_sets_it_R9() {
            Partnership cooperation = proposal(TYRESO.municipality(), "Coop", "DE",
                    PartnershipKind.COOPERATION_AGREEMENT, PROPOSED, false);
            Partnership lillaEdetTwin = proposal(LILLA_EDET.municipality(), "Twin", "DE", PartnershipKind.TWIN_TOWN,
                    PROPOSED, false);

            assertThat(cooperation.activate(byBoard(DECIDED), TYRESO, NONE).advice()).isEmpty();
            assertThat(LILLA_EDET.has(RuleId.R9)).isTrue();
            Outcome<Partnership> lillaEdet = lillaEdetTwin.activate(byBoard(DECIDED), LILLA_EDET, NONE);
            assertThat(lillaEdet.isAccepted()).isTrue();
            assertThat(lillaEdet.advice()).isEmpty();
        }
    }

    @Nested
    class ExecutiveBoardDecides_R16 {

        @Test
        void in_tyreso_only_the_board_enters_agreements_municipal_partnerships_and_memberships_R16() {
            for (PartnershipKind kind : new PartnershipKind[] {PartnershipKind.TWIN_TOWN,
                    PartnershipKind.COOPERATION_AGREEMENT, PartnershipKind.MUNICIPAL_PARTNERSHIP,
                    PartnershipKind.NETWORK_MEMBERSHIP}) {
                Partnership p = proposed(TYRESO, "Partner " + kind, "DE", kind);

                Outcome<Partnership> byCommittee = p.activate(byCommittee(DECIDED), TYRESO, NONE);

                assertThat(onlyRule(byCommittee)).as("%s by a committee", kind).contains(RuleId.R16);
                assertThat(byCommittee.refusals().get(0).reason()).contains("only the executive board may enter");
                assertThat(p.activate(byBoard(DECIDED), TYRESO, NONE).isAccepted())
                        .as("%s by the board", kind).isTrue();
            }
        }

        @Test
        void in_tyreso_a_committee_enters_its_own_network_membership_R16() {
            Partnership own = Partnership.propose(new PartnershipId(Examples.uuid("school network")),
                    Examples.partner(TYRESO.municipality(), "School network", "BE"),
                    PartnershipKind.NETWORK_MEMBERSHIP, "School network", EnumSet.of(Area.EDUCATION),
                    EnumSet.of(FundingSource.MUNICIPALITY), Set.of(Examples.SCHOOL_COMMITTEE), PROPOSED, true);

            assertThat(own.coversWholeMunicipality()).isFalse();
            assertThat(own.activate(byCommittee(DECIDED), TYRESO, NONE).isAccepted())
                    .as("the sentence covers memberships \"som omfattar hela kommunen\"").isTrue();
        }

        @Test
        void in_tyreso_an_industrial_partnership_is_not_the_boards_alone_R16() {
            Partnership p = proposed(TYRESO, "Rockford", "US", PartnershipKind.INDUSTRIAL_PARTNERSHIP);

            assertThat(p.activate(byCommittee(DECIDED), TYRESO, NONE).isAccepted()).isTrue();
        }

        @Test
        void in_tyreso_only_the_board_ends_a_twin_town_agreement_R16() {
            Partnership active = proposed(TYRESO, "Twin", "DE", PartnershipKind.TWIN_TOWN)
                    .activate(byBoard(DECIDED), TYRESO, NONE).value();
            LocalDate ended = DECIDED.plusYears(3);

            assertThat(onlyRule(active.terminate(byCommittee(ended), TYRESO))).contains(RuleId.R16);
            Partnership terminated = active.terminate(byBoard(ended), TYRESO).value();
            assertThat(terminated.status()).isEqualTo(PartnershipStatus.TERMINATED);
            assertThat(terminated.terminatedOn()).contains(ended);
        }

        @Test
        void in_tyreso_ending_a_cooperation_agreement_is_not_in_the_sentence_R16() {
            Partnership active = proposed(TYRESO, "Coop", "DE", PartnershipKind.COOPERATION_AGREEMENT)
                    .activate(byBoard(DECIDED), TYRESO, NONE).value();

            assertThat(active.terminate(byCommittee(DECIDED.plusYears(1)), TYRESO).isAccepted()).isTrue();
        }

        @Test
        void in_tyreso_continuing_a_twin_town_after_review_is_not_in_the_sentence_R16() {
            Partnership underReview = proposed(TYRESO, "Twin", "DE", PartnershipKind.TWIN_TOWN)
                    .activate(byBoard(DECIDED), TYRESO, NONE).value()
                    .putUnderReview(byCommittee(DECIDED.plusYears(1))).value();

            assertThat(underReview.continueAfterReview(byCommittee(DECIDED.plusYears(1))).value().status())
                    .isEqualTo(PartnershipStatus.ACTIVE);
        }

        @Test
        void in_eksjo_only_the_board_enters_memberships_and_their_ending_is_not_in_the_sentence_R16() {
            Partnership membership = proposed(EKSJO, "Network", "BE", PartnershipKind.NETWORK_MEMBERSHIP);

            assertThat(onlyRule(membership.activate(byCommittee(DECIDED), EKSJO, NONE))).contains(RuleId.R16);
            Partnership active = membership.activate(byBoard(DECIDED), EKSJO, NONE).value();
            assertThat(active.terminate(byCommittee(DECIDED.plusYears(1)), EKSJO).isAccepted()).isTrue();
        }

        @Test
        void in_eksjo_a_committee_may_enter_and_end_a_twin_town_R16() {
            Partnership twin = proposed(EKSJO, "Twin", "DE", PartnershipKind.TWIN_TOWN);

            Partnership active = twin.activate(byCommittee(DECIDED), EKSJO, NONE).value();
            assertThat(active.terminate(byCommittee(DECIDED.plusYears(1)), EKSJO).isAccepted()).isTrue();
        }

        @Test
        void without_R16_any_body_decides_R16() {
            Partnership membership = proposed(LILLA_EDET, "Network", "BE", PartnershipKind.NETWORK_MEMBERSHIP);

            assertThat(membership.activate(byCommittee(DECIDED), LILLA_EDET, NONE).isAccepted()).isTrue();
        }
    }

    @Nested
    class Lifecycle {

        private final Partnership active = proposed(TYRESO, "Twin", "DE", PartnershipKind.TWIN_TOWN)
                .activate(byBoard(DECIDED), TYRESO, NONE).value();

        @Test
        void an_active_partnership_cannot_be_activated_again() {
            Outcome<Partnership> again = active.activate(byBoard(DECIDED.plusDays(1)), TYRESO, NONE);

            assertThat(onlyRule(again)).isEmpty();
            assertThat(again.refusals().get(0).reason()).contains("only a proposed partnership");
        }

        @Test
        void a_terminated_partnership_cannot_be_terminated_reviewed_or_given_an_analysis() {
            Partnership terminated = active.terminate(byBoard(DECIDED.plusYears(2)), TYRESO).value();

            assertThat(onlyRule(terminated.terminate(byBoard(DECIDED.plusYears(3)), TYRESO))).isEmpty();
            assertThat(onlyRule(terminated.putUnderReview(byBoard(DECIDED.plusYears(3))))).isEmpty();
            assertThat(onlyRule(terminated.recordAnalysis(analysis(DECIDED)))).isEmpty();
            assertThat(onlyRule(terminated.recordDemocracyPlan(democracyPlan(DECIDED)))).isEmpty();
            assertThat(terminated.inForceOn(DECIDED.plusYears(2))).isFalse();
            assertThat(terminated.inForceOn(DECIDED.plusYears(2).minusDays(1))).isTrue();
        }

        @Test
        void only_a_partnership_under_review_is_continued() {
            assertThat(onlyRule(active.continueAfterReview(byBoard(DECIDED.plusDays(1))))).isEmpty();
        }

        @Test
        void a_decision_cannot_come_before_the_step_it_follows() {
            assertThat(onlyRule(active.putUnderReview(byBoard(DECIDED.minusDays(1))))).isEmpty();
        }

        @Test
        void a_proposal_may_be_dropped_and_is_never_in_force() {
            Partnership dropped = proposed(LIDKOPING, "Dropped", "DE", PartnershipKind.TWIN_TOWN)
                    .terminate(byBoard(DECIDED), LIDKOPING).value();

            assertThat(dropped.status()).isEqualTo(PartnershipStatus.TERMINATED);
            assertThat(dropped.activatedOn()).isEmpty();
            assertThat(dropped.inForceOn(DECIDED)).isFalse();
        }

        @Test
        void a_refusal_names_its_rule_and_reason() {
            Refusal r = Refusal.by(RuleId.R16, Wording.unkeyed("only the executive board may enter a twin town"));
            assertThat(r.toString()).isEqualTo("R16: only the executive board may enter a twin town");
            assertThat(MunicipalityCode.of("0138")).isEqualTo(TYRESO.municipality());
        }
    }
}
