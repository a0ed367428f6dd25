package se.omvarld.domain.project;

import java.util.Optional;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyRule;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.policy.Severity;
import se.omvarld.domain.policy.Verdict;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/**
 * R15: projects are part of ordinary operations, so the owning unit budgets them in its own plan (Lidköping: "ska
 * därför integreras med respektive förvaltnings del i budget och verksamhetsplan"; Lilla Edet: "varje nämnd och
 * verksamhetskontor ansvarar för och finansierar sina aktiviteter inom befintlig ram"). Asked when the project starts
 * and over running projects.
 */
@PolicyRule(RuleId.R15)
public final class UnitBudgetRule {

    private UnitBudgetRule() {
    }

    public static Verdict beforeStart(PolicyProfile profile, Project project) {
        return Verdict.of(profile, RuleId.R15, !project.budgetedInUnitPlan(),
                Wording.of(WordingKey.RULE_R15_NOT_BUDGETED, "the owning unit must budget the project in its own"
                        + " plan"));
    }

    /** Over a running project; the finding names the owning unit as {@code municipality} calls it today. */
    public static Optional<Finding> over(PolicyProfile profile, Municipality municipality, Project project,
            Wording record) {
        if (!profile.has(RuleId.R15) || project.status() != ProjectStatus.RUNNING || project.budgetedInUnitPlan()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(RuleId.R15, record, project.reached(ProjectStatus.RUNNING).orElseThrow(),
                profile.requires(RuleId.R15) ? Severity.WARNING : Severity.INFO,
                Wording.of(WordingKey.FINDING_R15_NOT_BUDGETED, municipality.unitName(project.owningUnit())
                        + " has not budgeted the project in its own plan",
                        municipality.unitName(project.owningUnit()))));
    }
}
