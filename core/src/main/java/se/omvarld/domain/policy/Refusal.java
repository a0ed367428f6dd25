package se.omvarld.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Why an action was not allowed: a policy rule and its reason, or (without a rule) a step the lifecycle does not
 * permit, such as activating a terminated partnership.
 */
public record Refusal(Optional<RuleId> rule, String reason) {

    public Refusal {
        checkNotNull(rule, "rule is required (may be empty)");
        checkNotNull(reason, "reason is required");
        checkArgument(!reason.isBlank(), "reason must not be blank");
    }

    public static Refusal by(RuleId rule, String reason) {
        return new Refusal(Optional.of(rule), reason);
    }

    public static Refusal lifecycle(String reason) {
        return new Refusal(Optional.empty(), reason);
    }

    @Override
    public String toString() {
        return rule.map(r -> r + ": ").orElse("") + reason;
    }
}
