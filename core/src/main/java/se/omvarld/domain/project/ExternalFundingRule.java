package se.omvarld.domain.project;

import java.util.Optional;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyRule;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.policy.Severity;
import se.omvarld.domain.policy.Verdict;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/**
 * R12: external funding for development projects. Tyresö states a duty to examine it: "För utvecklingsarbete inom
 * kommunens förvaltningar ska alltid prövas möjligheten till finansiering och utbyte genom internationella fonder och
 * program." Lilla Edet ("Projektorienterat och externfinansierat samarbete ska prioriteras") and Eksjö ("Det bör även
 * vara en extern finansiering där så är möjligt") state a preference: their profiles mark R12 so, and it advises.
 *
 * <p>A project has explored external funding when it says so, or when it has a funding programme: applying to a
 * programme is exploring it. The rule is asked when the project goes ahead — asking the board, applying, starting on
 * its own budget — and over running projects.
 */
@PolicyRule(RuleId.R12)
public final class ExternalFundingRule {

    private ExternalFundingRule() {
    }

    public static boolean explored(Project project) {
        return project.externalFundingExplored() || project.programme().isPresent();
    }

    public static Verdict beforeGoingAhead(PolicyProfile profile, Project project) {
        return Verdict.of(profile, RuleId.R12, !explored(project), profile.requires(RuleId.R12)
                ? Wording.of(WordingKey.RULE_R12_MUST_EXAMINE, "the possibility of external funding through"
                        + " international funds and programmes must be examined first")
                : Wording.of(WordingKey.RULE_R12_PREFERRED, "externally funded project cooperation is preferred:"
                        + " consider a funding programme"));
    }

    public static Optional<Finding> over(PolicyProfile profile, Project project, Wording record) {
        if (!profile.has(RuleId.R12) || project.status() != ProjectStatus.RUNNING || explored(project)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(RuleId.R12, record, project.reached(ProjectStatus.RUNNING).orElseThrow(),
                profile.requires(RuleId.R12) ? Severity.WARNING : Severity.INFO,
                Wording.of(WordingKey.FINDING_R12_NOT_EXAMINED,
                        "the project runs without external funding, and examining it is not recorded")));
    }
}
