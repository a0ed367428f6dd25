package se.omvarld.domain.register;

import java.util.ArrayList;
import java.util.List;
import se.omvarld.domain.obligation.MandatePeriod;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyRule;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.DateRange;

/**
 * R11: the policy and the work under it are evaluated once per mandate period (Eksjö: "Den internationella policyn och
 * det arbete som bedrivits enligt denna, ska utvärderas en gång per mandatperiod."): the evaluation of a term is due
 * when the term ends, from the executive board to the council.
 */
@PolicyRule(RuleId.R11)
public final class PolicyEvaluationRule {

    private PolicyEvaluationRule() {
    }

    static List<Due> obligations(PolicyProfile profile, DateRange period) {
        List<Due> due = new ArrayList<>();
        if (!profile.has(RuleId.R11)) {
            return due;
        }
        MandatePeriod first = MandatePeriod.of(MandatePeriod.FIRST_ELECTION_YEAR);
        MandatePeriod term = period.start().isBefore(first.start()) ? first : MandatePeriod.containing(period.start());
        for (; !term.end().isAfter(period.end()); term = term.next()) {
            due.add(new Due(ObligationKeys.policyEvaluation(term), ObligationKind.POLICY_EVALUATION,
                    "The international policy and the work under it, mandate period " + term, term.start(),
                    term.end(), Body.executiveBoard(), Body.council()));
        }
        return due;
    }
}
