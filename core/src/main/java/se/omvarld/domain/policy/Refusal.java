package se.omvarld.domain.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import se.omvarld.domain.shared.Wording;

/**
 * Why an action was not allowed: a policy rule and its reason, or (without a rule) a step the lifecycle does not
 * permit, such as activating a terminated partnership. The reason is a {@link Wording}: a key ({@code rule.…} or
 * {@code refusal.…}) any language can say, and the English {@link #reason()}.
 */
public record Refusal(Optional<RuleId> rule, Wording wording) {

    public Refusal {
        checkNotNull(rule, "rule is required (may be empty)");
        checkNotNull(wording, "wording is required");
    }

    public static Refusal by(RuleId rule, Wording reason) {
        return new Refusal(Optional.of(rule), reason);
    }

    public static Refusal lifecycle(Wording reason) {
        return new Refusal(Optional.empty(), reason);
    }

    /** The reason in English. */
    public String reason() {
        return wording.english();
    }

    @Override
    public String toString() {
        return rule.map(r -> r + ": ").orElse("") + reason();
    }
}
