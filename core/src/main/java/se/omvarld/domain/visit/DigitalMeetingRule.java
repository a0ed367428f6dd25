package se.omvarld.domain.visit;

import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyRule;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.policy.Verdict;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/**
 * R3: nearby expertise is preferred over distant, and digital meetings are used where possible (Lidköping: "digitala
 * kommunikationsverktyg skall alltid användas i den mån det går"). Asked when an outgoing trip is recorded: a digital
 * meeting must have been considered first.
 */
@PolicyRule(RuleId.R3)
public final class DigitalMeetingRule {

    private DigitalMeetingRule() {
    }

    public static Verdict beforeTravel(PolicyProfile profile, Direction direction, boolean digitalMeetingConsidered) {
        return Verdict.of(profile, RuleId.R3, direction == Direction.OUTGOING && !digitalMeetingConsidered,
                Wording.of(WordingKey.RULE_R3_CONSIDER_DIGITAL, "consider a digital meeting before travelling:"
                        + " digital tools are used wherever they can be"));
    }
}
