package se.omvarld.domain.obligation;

import java.util.Optional;
import se.omvarld.domain.policy.RuleId;

/** The kinds of report a municipality's policy, or a funder, obliges it to make. */
public enum ObligationKind {
    /** R5: the yearly compilation of all international work, to the executive board (årlig sammanställning). */
    ANNUAL_COMPILATION(RuleId.R5),
    /** R6: a committee's section on the international work it carried out, in the annual report (årsredovisning). */
    ANNUAL_REPORT_SECTION(RuleId.R6),
    /** R6: the follow-up of the municipality's international work in its annual report. */
    ANNUAL_REPORT(RuleId.R6),
    /** R8: the report of a twin-town visit to the executive board. */
    VISIT_REPORT(RuleId.R8),
    /** R9: the evaluation of a twin-town cooperation. */
    TWIN_TOWN_EVALUATION(RuleId.R9),
    /** R10: the revision of the international strategy. */
    STRATEGY_REVISION(RuleId.R10),
    /** R11: the evaluation of the policy and the work under it, once per mandate period. */
    POLICY_EVALUATION(RuleId.R11),
    /** An association's follow-up report after a granted exchange, where the municipality asks for one. */
    GRANT_FOLLOW_UP(null),
    /** The funder's final report on a completed project. */
    PROJECT_FINAL_REPORT(null);

    private final RuleId rule;

    ObligationKind(RuleId rule) {
        this.rule = rule;
    }

    /** The policy rule that imposes this obligation; empty where a funder or the municipality's own choice does. */
    public Optional<RuleId> rule() {
        return Optional.ofNullable(rule);
    }
}
