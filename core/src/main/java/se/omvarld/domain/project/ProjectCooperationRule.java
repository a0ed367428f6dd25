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
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

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
        return Verdict.of(profile, RuleId.R13, problems(project, WordingKey.RULE_R13_NO_GOALS,
                WordingKey.RULE_R13_ONE_PARTY));
    }

    public static ImmutableList<Finding> over(PolicyProfile profile, Project project, Wording record) {
        if (!profile.has(RuleId.R13) || project.status() != ProjectStatus.RUNNING) {
            return ImmutableList.of();
        }
        Severity severity = profile.requires(RuleId.R13) ? Severity.WARNING : Severity.INFO;
        return problems(project, WordingKey.FINDING_R13_NO_GOALS, WordingKey.FINDING_R13_ONE_PARTY).stream()
                .map(p -> new Finding(RuleId.R13, record,
                project.reached(ProjectStatus.RUNNING).orElseThrow(), severity, p))
                .collect(ImmutableList.toImmutableList());
    }

    /** The same problems, keyed as a refusal's reasons or as a finding's explanations. */
    private static List<Wording> problems(Project project, WordingKey noGoals, WordingKey oneParty) {
        List<Wording> problems = new ArrayList<>();
        if (project.goals().isEmpty()) {
            problems.add(Wording.of(noGoals, "project cooperation needs clear goals"));
        }
        if (project.participants().size() < 2) {
            problems.add(Wording.of(oneParty, "project cooperation needs more than one participating party; "
                    + project.participants().get(0) + " is the only one", project.participants().get(0).toString()));
        }
        return problems;
    }
}
