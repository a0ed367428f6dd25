package se.omvarld.domain.grant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyRule;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.policy.Verdict;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.Money;

/**
 * R14: a grant to an association for an exchange needs a clear, anchored purpose and some self-financing (Eksjö:
 * "Kravet är att det finns ett tydligt och förankrat syfte." ... "För att få bidrag är det en förutsättning att viss
 * egenfinansiering sker."), decided by the body the policy names ("Sektorn beslutar även om bidrag till projekt och
 * utbyten"). Asked when a grant is decided. No policy asks for a follow-up report after the exchange: a municipality
 * that wants one sets {@link PolicyProfile#grantFollowUpWithin()}, and it is the association's obligation, never a
 * breach of R14.
 */
@PolicyRule(RuleId.R14)
public final class AssociationGrantRule {

    private AssociationGrantRule() {
    }

    public static Verdict onGrant(PolicyProfile profile, AssociationGrant grant, Decision decision, Money amount) {
        if (!profile.has(RuleId.R14)) {
            return Verdict.NONE;
        }
        List<String> reasons = new ArrayList<>();
        if (decision.decidedBy().kind() != profile.grantDecidedBy()) {
            reasons.add("grants are decided by the " + profile.grantDecidedBy().name().toLowerCase().replace('_', ' ')
                    + "; this decision is by " + decision.decidedBy().name());
        }
        if (!grant.purposeAnchored()) {
            reasons.add("the exchange's purpose must be clear and anchored");
        }
        if (!grant.ownFinancing().isPositive()) {
            reasons.add("some self-financing is a condition for a grant");
        } else if (amount.currency().equals(Money.SEK) && amount.isPositive()
                && grant.selfFinancingShare(amount).compareTo(profile.minimumSelfFinancingShare()) < 0) {
            reasons.add("self-financing is " + percent(grant.selfFinancingShare(amount)) + " of the cost; at least "
                    + percent(profile.minimumSelfFinancingShare()) + " is required");
        }
        return Verdict.of(profile, RuleId.R14, reasons);
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " %";
    }
}
