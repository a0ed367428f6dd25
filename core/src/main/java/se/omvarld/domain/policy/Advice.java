package se.omvarld.domain.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import se.omvarld.domain.shared.Wording;

/**
 * A rule's word on an action it lets through: where a policy states a preference ("bör", "ska prioriteras") rather
 * than a duty, the rule advises instead of refusing, and the action goes ahead with this note attached.
 */
public record Advice(RuleId rule, Wording wording) {

    public Advice {
        checkNotNull(rule, "rule is required");
        checkNotNull(wording, "wording is required");
    }

    /** The advice in English. */
    public String reason() {
        return wording.english();
    }

    @Override
    public String toString() {
        return rule + " (advice): " + reason();
    }
}
