package se.omvarld.domain.partnership;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyRule;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.policy.Severity;
import se.omvarld.domain.policy.Verdict;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/**
 * R16: only the executive board takes the decisions its policy names, act by act and kind by kind, as the sentence
 * says and no further. Tyresö: "Kommunstyrelsen ... tecknar Samarbetsavtal [enters cooperation agreements], beslutar
 * om att ingå och säga upp vänortsavtal [enters and ends twin towns], ingår kommunalt partnerskap [enters municipal
 * partnerships], samt beslutar om medlemskap i internationella nätverk och organisationer som omfattar hela kommunen
 * [enters memberships covering the whole municipality]". Eksjö: "Kommunstyrelsen beslutar om medlemskap i
 * internationella nätverk och organisationer" [enters memberships]. Continuing after a review is in neither sentence.
 * A decision by another body is refused; one already in the register (e.g. imported from an archive) is a breach.
 */
@PolicyRule(RuleId.R16)
public final class BoardDecisionRule {

    /** The decisions R16 speaks of. */
    public enum Act {
        ENTER, END
    }

    private BoardDecisionRule() {
    }

    /** Whether {@code act} on a partnership of this kind and reach is the executive board's under this profile. */
    public static boolean boardDecides(PolicyProfile profile, PartnershipKind kind, boolean coversWholeMunicipality,
            Act act) {
        if (!profile.has(RuleId.R16)) {
            return false;
        }
        if (kind == PartnershipKind.NETWORK_MEMBERSHIP && profile.boardMembershipsOnlyCoveringWholeMunicipality()
                && !coversWholeMunicipality) {
            return false;
        }
        return (act == Act.ENTER ? profile.boardEnters() : profile.boardEnds()).contains(kind);
    }

    public static Verdict onDecision(PolicyProfile profile, PartnershipKind kind, boolean coversWholeMunicipality,
            Act act, Decision decision) {
        return Verdict.of(profile, RuleId.R16, boardDecides(profile, kind, coversWholeMunicipality, act)
                && !decision.decidedBy().isExecutiveBoard(), Wording.of(act == Act.ENTER
                        ? WordingKey.RULE_R16_ONLY_BOARD_ENTERS : WordingKey.RULE_R16_ONLY_BOARD_ENDS,
                        "only the executive board may " + verb(act) + " a " + describe(kind) + "; this decision is by "
                        + decision.decidedBy().name(), kind, decision.decidedBy().name()));
    }

    /** Every decision in the partnership's history that the board should have taken and another body did. */
    public static ImmutableList<Finding> findings(PolicyProfile profile, Partnership p, Wording record) {
        ImmutableList.Builder<Finding> findings = ImmutableList.builder();
        for (StatusChange change : p.history()) {
            Optional<Act> act = actOf(change);
            if (act.isPresent() && boardDecides(profile, p.kind(), p.coversWholeMunicipality(), act.get())
                    && !change.decision().decidedBy().isExecutiveBoard()) {
                Decision decision = change.decision();
                findings.add(new Finding(RuleId.R16, record, decision.date(),
                        profile.requires(RuleId.R16) ? Severity.BREACH : Severity.INFO,
                        decidedByOther(p.kind(), act.get(), decision)));
            }
        }
        return findings.build();
    }

    private static Wording decidedByOther(PartnershipKind kind, Act act, Decision decision) {
        String english = "the " + describe(kind) + " was " + (act == Act.ENTER ? "entered" : "ended") + " on "
                + decision.date() + " by " + decision.decidedBy()
                + decision.reference().map(r -> " (" + r + ")").orElse("") + "; only the executive board may decide it";
        if (decision.reference().isPresent()) {
            return Wording.of(act == Act.ENTER ? WordingKey.FINDING_R16_ENTERED_BY_OTHER_REFERENCE
                    : WordingKey.FINDING_R16_ENDED_BY_OTHER_REFERENCE, english, kind, decision.date(),
                    decision.decidedBy().name(), decision.reference().get());
        }
        return Wording.of(act == Act.ENTER ? WordingKey.FINDING_R16_ENTERED_BY_OTHER
                : WordingKey.FINDING_R16_ENDED_BY_OTHER, english, kind, decision.date(), decision.decidedBy().name());
    }

    /** The act a lifecycle step is: entering from a proposal, ending; a review or continuation is neither. */
    static Optional<Act> actOf(StatusChange change) {
        if (change.from() == PartnershipStatus.PROPOSED && change.to() == PartnershipStatus.ACTIVE) {
            return Optional.of(Act.ENTER);
        }
        if (change.to() == PartnershipStatus.TERMINATED && change.from() != PartnershipStatus.PROPOSED) {
            return Optional.of(Act.END);
        }
        return Optional.empty();
    }

    private static String verb(Act act) {
        return act == Act.ENTER ? "enter" : "end";
    }

    private static String describe(PartnershipKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
