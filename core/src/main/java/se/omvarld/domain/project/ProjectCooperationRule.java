package se.omvarld.domain.project;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyRule;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.policy.Severity;
import se.omvarld.domain.policy.Verdict;

/**
 * R13: project cooperation needs clear goals consistent with the policy and more than one participating party
 * (Eksjö: "Förutsättningen för projektsamverkan är att det finns tydliga mål som överensstämmer med policyn och att
 * flera parter medverkar." — a prerequisite, so a duty). Asked when the project goes ahead (a pre-study's application
 * aside: a pre-study is how goals and parties are found) and over running projects.
 */
@PolicyRule(RuleId.R13)
public final class ProjectCooperationRule {

    private ProjectCooperationRule() {
    }

    public static Verdict beforeGoingAhead(PolicyProfile profile, Project project) {
        return Verdict.of(profile, RuleId.R13, problems(project));
    }

    public static ImmutableList<Finding> over(PolicyProfile profile, Project project, String record) {
        if (!profile.has(RuleId.R13) || project.status() != ProjectStatus.RUNNING) {
            return ImmutableList.of();
        }
        Severity severity = profile.requires(RuleId.R13) ? Severity.WARNING : Severity.INFO;
        return problems(project).stream().map(p -> new Finding(RuleId.R13, record,
                project.reached(ProjectStatus.RUNNING).orElseThrow(), severity, p))
                .collect(ImmutableList.toImmutableList());
    }

    private static List<String> problems(Project project) {
        List<String> problems = new ArrayList<>();
        if (project.goals().isEmpty()) {
            problems.add("project cooperation needs clear goals");
        }
        if (project.participants().size() < 2) {
            problems.add("project cooperation needs more than one participating party; "
                    + project.participants().get(0) + " is the only one");
        }
        return problems;
    }
}
