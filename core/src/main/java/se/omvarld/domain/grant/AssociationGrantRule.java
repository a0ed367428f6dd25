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
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

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
        List<Wording> reasons = new ArrayList<>();
        if (decision.decidedBy().kind() != profile.grantDecidedBy()) {
            reasons.add(Wording.of(WordingKey.RULE_R14_WRONG_BODY, "grants are decided by the "
                    + profile.grantDecidedBy().name().toLowerCase().replace('_', ' ') + "; this decision is by "
                    + decision.decidedBy().name(), profile.grantDecidedBy(), decision.decidedBy().name()));
        }
        if (!grant.purposeAnchored()) {
            reasons.add(Wording.of(WordingKey.RULE_R14_PURPOSE_NOT_ANCHORED,
                    "the exchange's purpose must be clear and anchored"));
        }
        if (!grant.ownFinancing().isPositive()) {
            reasons.add(Wording.of(WordingKey.RULE_R14_NO_SELF_FINANCING,
                    "some self-financing is a condition for a grant"));
        } else if (amount.currency().equals(Money.SEK) && amount.isPositive()
                && grant.selfFinancingShare(amount).compareTo(profile.minimumSelfFinancingShare()) < 0) {
            BigDecimal share = percent(grant.selfFinancingShare(amount));
            BigDecimal minimum = percent(profile.minimumSelfFinancingShare());
            reasons.add(Wording.of(WordingKey.RULE_R14_SELF_FINANCING_TOO_LOW, "self-financing is "
                    + share.toPlainString() + " % of the cost; at least " + minimum.toPlainString() + " % is required",
                    share, minimum));
        }
        return Verdict.of(profile, RuleId.R14, reasons);
    }

    /** A share as a percentage to one decimal, e.g. 12.5. */
    private static BigDecimal percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
    }
}
