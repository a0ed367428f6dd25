package se.omvarld.domain.project;

import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyRule;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.policy.Verdict;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/**
 * R7: before a committee submits a project application, the executive board approves it; pre-studies are exempt
 * (Tyresö: "Innan projektansökan lämnas in ska kommunstyrelsen godkänna att nämnden ansöker om medverkan i projektet.
 * Godkännande behöver inte inhämtas för att delta i förstudier inför kommande projekt.").
 */
@PolicyRule(RuleId.R7)
public final class BoardApprovalRule {

    private BoardApprovalRule() {
    }

    /** Only the executive board gives the approval. */
    public static Verdict onApproval(PolicyProfile profile, Decision decision) {
        return Verdict.of(profile, RuleId.R7, !decision.decidedBy().isExecutiveBoard(),
                Wording.of(WordingKey.RULE_R7_NOT_BY_BOARD, "the executive board approves applications; this"
                        + " decision is by " + decision.decidedBy().name(), decision.decidedBy().name()));
    }

    /** An application goes only once the board approved it, unless the project is a pre-study. */
    public static Verdict beforeSubmission(PolicyProfile profile, Project project) {
        return Verdict.of(profile, RuleId.R7, project.kind() != ProjectKind.PRE_STUDY
                && project.reached(ProjectStatus.APPROVED_FOR_APPLICATION).isEmpty(),
                Wording.of(WordingKey.RULE_R7_NOT_APPROVED, "the executive board must approve the application"
                        + " before it is submitted; only pre-studies are exempt"));
    }
}
