package se.omvarld.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.domain.Examples.byBoard;
import static se.omvarld.domain.Examples.byCommittee;
import static se.omvarld.domain.Examples.programme;
import static se.omvarld.domain.Examples.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.Examples.ProjectDraft;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.policy.Refusal;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.Money;

class ProjectRulesTest {

    private static final se.omvarld.domain.policy.CountryAssessmentTable REGIMES =
            se.omvarld.reference.CountryRegimesCsv.load();

    private static final PolicyProfile LIDKOPING = PolicyProfiles.lidkoping();
    private static final PolicyProfile LILLA_EDET = PolicyProfiles.lillaEdet();
    private static final PolicyProfile TYRESO = PolicyProfiles.tyreso();
    private static final PolicyProfile EKSJO = PolicyProfiles.eksjo();
    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    private static ProjectDraft draft(PolicyProfile profile, String title) {
        FundingProgramme erasmus = programme(profile.municipality(), "Erasmus+", "EUR", FundingSource.EU);
        return project(profile.municipality(), title).programme(erasmus);
    }

    private static Optional<RuleId> onlyRule(Outcome<?> outcome) {
        assertThat(outcome.isAccepted()).as("refused").isFalse();
        assertThat(outcome.refusals()).hasSize(1);
        return outcome.refusals().get(0).rule();
    }

    @Nested
    class BoardApprovesApplications_R7 {

        @Test
        void committee_cannot_submit_application_without_board_approval_R7() {
            Project idea = draft(TYRESO, "Job shadowing").idea();

            Outcome<Project> outcome = idea.submitApplication(DAY, TYRESO);

            assertThat(onlyRule(outcome)).contains(RuleId.R7);
        }

        @Test
        void committee_submits_application_after_board_approval_R7() {
            Project approved = draft(TYRESO, "Job shadowing").idea()
                    .requestApproval(DAY, TYRESO).value()
                    .approveApplication(byBoard(DAY.plusDays(20)), TYRESO).value();

            Outcome<Project> outcome = approved.submitApplication(DAY.plusDays(30), TYRESO);

            assertThat(outcome.isAccepted()).isTrue();
            assertThat(outcome.value().status()).isEqualTo(ProjectStatus.APPLIED);
        }

        @Test
        void only_the_board_approves_an_application_R7() {
            Project requested = draft(TYRESO, "Job shadowing").idea().requestApproval(DAY, TYRESO).value();

            assertThat(onlyRule(requested.approveApplication(byCommittee(DAY.plusDays(20)), TYRESO)))
                    .contains(RuleId.R7);
        }

        @Test
        void a_pre_study_applies_without_board_approval_R7() {
            Project preStudy = draft(TYRESO, "Pre-study Green building").kind(ProjectKind.PRE_STUDY).idea();

            assertThat(preStudy.submitApplication(DAY, TYRESO).isAccepted()).isTrue();
        }

        @Test
        void without_R7_an_application_goes_straight_from_the_idea_R7() {
            Project idea = draft(LIDKOPING, "Job shadowing").idea();

            assertThat(idea.submitApplication(DAY, LIDKOPING).isAccepted()).isTrue();
            assertThat(idea.requestApproval(DAY, LIDKOPING).value()
                    .approveApplication(byCommittee(DAY.plusDays(5)), LIDKOPING).isAccepted()).isTrue();
        }
    }

    @Nested
    class ExternalFundingExplored_R12 {

        @Test
        void in_tyreso_a_project_cannot_go_ahead_without_examining_external_funding_R12() {
            Project idea = project(TYRESO.municipality(), "Own budget only").externalFundingExplored(false).idea();

            assertThat(onlyRule(idea.requestApproval(DAY, TYRESO))).contains(RuleId.R12);
            assertThat(onlyRule(idea.start(DAY, TYRESO, REGIMES))).contains(RuleId.R12);
        }

        @Test
        void in_tyreso_an_erasmus_application_is_exploring_external_funding_R12() {
            Project erasmus = draft(TYRESO, "Erasmus+ exchange").externalFundingExplored(false).idea();

            assertThat(erasmus.requestApproval(DAY, TYRESO).isAccepted())
                    .as("applying to a funding programme is exploring external funding").isTrue();
        }

        @Test
        void in_lilla_edet_and_eksjo_a_project_without_external_funding_goes_ahead_with_advice_R12() {
            for (PolicyProfile profile : List.of(LILLA_EDET, EKSJO)) {
                Outcome<Project> outcome = project(profile.municipality(), "Own budget only")
                        .externalFundingExplored(false).idea().start(DAY, profile, REGIMES);

                assertThat(outcome.isAccepted()).as("%s states a preference", profile.policyName()).isTrue();
                assertThat(outcome.advice()).singleElement().satisfies(a -> {
                    assertThat(a.rule()).isEqualTo(RuleId.R12);
                    assertThat(a.reason()).contains("preferred");
                });
            }
        }

        @Test
        void project_goes_ahead_without_advice_once_external_funding_was_explored_R12() {
            assertThat(draft(TYRESO, "Explored").idea().requestApproval(DAY, TYRESO).isAccepted()).isTrue();
            Outcome<Project> started = project(LILLA_EDET.municipality(), "Explored").idea()
                    .start(DAY, LILLA_EDET, REGIMES);
            assertThat(started.isAccepted()).isTrue();
            assertThat(started.advice()).isEmpty();
        }

        @Test
        void without_R12_exploring_is_not_asked_for_R12() {
            Outcome<Project> started = project(LIDKOPING.municipality(), "Own budget only")
                    .externalFundingExplored(false).idea().start(DAY, LIDKOPING, REGIMES);

            assertThat(started.isAccepted()).isTrue();
            assertThat(started.advice()).isEmpty();
        }
    }

    @Nested
    class GoalsAndParties_R13 {

        @Test
        void project_cooperation_needs_clear_goals_R13() {
            Project noGoals = project(EKSJO.municipality(), "No goals").goals().idea();

            Outcome<Project> outcome = noGoals.start(DAY, EKSJO, REGIMES);

            assertThat(onlyRule(outcome)).contains(RuleId.R13);
            assertThat(outcome.refusals().get(0).reason()).contains("goals");
        }

        @Test
        void project_cooperation_needs_more_than_one_party_R13() {
            Project alone = project(EKSJO.municipality(), "Alone").participants("Biblioteket").idea();

            Outcome<Project> outcome = alone.requestApproval(DAY, EKSJO);

            assertThat(onlyRule(outcome)).contains(RuleId.R13);
            assertThat(outcome.refusals().get(0).reason()).contains("more than one");
        }

        @Test
        void project_cooperation_with_goals_and_two_parties_goes_ahead_R13() {
            Project p = project(EKSJO.municipality(), "Feel Better With a Book")
                    .participants("Biblioteket", "Seniorcentret").idea();

            assertThat(p.start(DAY, EKSJO, REGIMES).isAccepted()).isTrue();
        }

        @Test
        void without_R13_a_lone_project_without_goals_goes_ahead_R13() {
            Project p = project(TYRESO.municipality(), "Alone").participants("Biblioteket").goals().idea();

            assertThat(p.start(DAY, TYRESO, REGIMES).isAccepted()).isTrue();
        }
    }

    @Nested
    class BudgetedInUnitPlan_R15 {

        @Test
        void project_cannot_start_unless_its_unit_budgeted_it_R15() {
            Project p = project(LIDKOPING.municipality(), "Green building A-Z").budgetedInUnitPlan(false).idea();

            Outcome<Project> outcome = p.start(DAY, LIDKOPING, REGIMES);

            assertThat(onlyRule(outcome)).contains(RuleId.R15);
            assertThat(outcome.refusals().get(0).reason()).contains("the owning unit must budget");
        }

        @Test
        void project_budgeted_in_its_unit_plan_starts_R15() {
            Project p = project(LIDKOPING.municipality(), "Green building A-Z").idea();

            assertThat(p.start(DAY, LIDKOPING, REGIMES).value().status()).isEqualTo(ProjectStatus.RUNNING);
        }

        @Test
        void a_granted_project_also_needs_its_unit_budget_R15() {
            Project granted = draft(LILLA_EDET, "Granted").budgetedInUnitPlan(false).idea()
                    .submitApplication(DAY, LILLA_EDET).value()
                    .grant(DAY.plusMonths(3), Money.of("50000", "EUR")).value();

            assertThat(onlyRule(granted.start(DAY.plusMonths(4), LILLA_EDET, REGIMES))).contains(RuleId.R15);
        }

        @Test
        void without_R15_no_unit_budget_is_asked_for_R15() {
            Project p = project(TYRESO.municipality(), "Green building A-Z").budgetedInUnitPlan(false).idea();

            assertThat(p.start(DAY, TYRESO, REGIMES).isAccepted()).isTrue();
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void a_project_runs_from_idea_to_final_report() {
            Project p = draft(TYRESO, "Job shadowing").idea()
                    .requestApproval(DAY, TYRESO).value()
                    .approveApplication(byBoard(DAY.plusDays(10)), TYRESO).value()
                    .submitApplication(DAY.plusDays(20), TYRESO).value()
                    .grant(DAY.plusMonths(4), Money.of("60000", "EUR")).value()
                    .start(DAY.plusMonths(5), TYRESO, REGIMES).value()
                    .complete(DAY.plusYears(2)).value()
                    .submitFinalReport(DAY.plusYears(2).plusMonths(1)).value();

            assertThat(p.status()).isEqualTo(ProjectStatus.FINAL_REPORT_SUBMITTED);
            assertThat(p.budget().externalFunding()).isEqualTo(Money.of("60000", "EUR"));
            assertThat(p.reached(ProjectStatus.GRANTED)).contains(DAY.plusMonths(4));
            assertThat(p.activeIn(2025)).isTrue();
            assertThat(p.activeIn(2027)).isTrue();
            assertThat(p.activeIn(2028)).isFalse();
        }

        @Test
        void an_idea_cannot_be_granted_completed_or_reported() {
            Project idea = draft(TYRESO, "Idea").idea();

            assertThat(onlyRule(idea.grant(DAY, Money.of("1", "EUR")))).isEmpty();
            assertThat(onlyRule(idea.complete(DAY))).isEmpty();
            assertThat(onlyRule(idea.submitFinalReport(DAY))).isEmpty();
        }

        @Test
        void the_next_statuses_are_the_steps_the_lifecycle_allows_and_a_closed_project_has_none() {
            Project idea = draft(TYRESO, "Idea").idea();
            Project requested = idea.requestApproval(DAY, TYRESO).value();
            Project withdrawn = idea.withdraw(DAY).value();

            assertThat(idea.nextStatuses()).containsExactlyInAnyOrder(ProjectStatus.APPROVAL_REQUESTED,
                    ProjectStatus.APPLIED, ProjectStatus.RUNNING, ProjectStatus.WITHDRAWN);
            assertThat(requested.nextStatuses()).containsExactlyInAnyOrder(
                    ProjectStatus.APPROVED_FOR_APPLICATION, ProjectStatus.WITHDRAWN);
            assertThat(withdrawn.nextStatuses()).isEmpty();
        }

        @Test
        void a_rejected_application_is_closed() {
            Project rejected = draft(LIDKOPING, "Rejected").idea().submitApplication(DAY, LIDKOPING).value()
                    .reject(DAY.plusMonths(2)).value();

            assertThat(rejected.status().isClosed()).isTrue();
            assertThat(onlyRule(rejected.start(DAY.plusMonths(3), LIDKOPING, REGIMES))).isEmpty();
        }

        @Test
        void an_application_needs_a_programme_to_go_to() {
            Project noProgramme = project(LIDKOPING.municipality(), "Nowhere").idea();

            Outcome<Project> outcome = noProgramme.submitApplication(DAY, LIDKOPING);

            assertThat(outcome.refusals()).extracting(Refusal::rule).containsExactly(Optional.empty());
        }
    }
}
