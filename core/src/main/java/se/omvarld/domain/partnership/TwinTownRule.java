package se.omvarld.domain.partnership;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyRule;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.policy.Verdict;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/**
 * R9: twin-town cooperation is evaluated continuously (Lilla Edet: "Vänortssamarbeten ska utvärderas
 * kontinuerligt.", a duty: an evaluation at the profile's interval after activation, while in force), and new
 * twin-town agreements are entered only where the counterpart values a formal agreement (Tyresö: "Nya vänortsavtal
 * bör därför endast ingås i det fall motparten känner ett värde av ett formellt avtal.", a preference: "bör" advises
 * on the activation, it does not refuse it, unless a profile states it as a duty).
 */
@PolicyRule(RuleId.R9)
public final class TwinTownRule {

    private TwinTownRule() {
    }

    /** One evaluation: the period it looks back on, and its due day. */
    public record Evaluation(LocalDate since, LocalDate due) {
    }

    public static Verdict onActivation(PolicyProfile profile, PartnershipKind kind,
            boolean counterpartValuesFormalAgreement) {
        return Verdict.of(profile, RuleId.R9, kind == PartnershipKind.TWIN_TOWN
                && profile.newTwinTownNeedsValuedAgreement() && !counterpartValuesFormalAgreement,
                Wording.of(WordingKey.RULE_R9_AGREEMENT_NOT_VALUED, "a new twin-town agreement is entered only where"
                        + " the counterpart values a formal agreement"));
    }

    /** The evaluations of a twin town due up to {@code until}, each at the interval after the activation. */
    public static ImmutableList<Evaluation> evaluations(PolicyProfile profile, Partnership partnership,
            LocalDate until) {
        if (!profile.has(RuleId.R9) || profile.twinTownEvaluationInterval().isEmpty()
                || partnership.kind() != PartnershipKind.TWIN_TOWN || partnership.activatedOn().isEmpty()) {
            return ImmutableList.of();
        }
        Period interval = profile.twinTownEvaluationInterval().get();
        LocalDate activated = partnership.activatedOn().get();
        ImmutableList.Builder<Evaluation> evaluations = ImmutableList.builder();
        LocalDate previous = activated;
        for (int k = 1; ; k++) {
            // From the activation day each time, so 29 February or a 31st does not drift.
            LocalDate due = activated.plus(interval.multipliedBy(k));
            if (due.isAfter(until) || !partnership.inForceOn(due)) {
                return evaluations.build();
            }
            evaluations.add(new Evaluation(previous, due));
            previous = due;
        }
    }
}
