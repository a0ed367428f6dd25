package se.omvarld.domain.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import se.omvarld.domain.shared.Wording;

/**
 * What one rule says about one action: the refusals it raises where the profile states it as a duty, or the advice
 * it gives where the profile states it as a preference. Empty when the action meets the rule.
 */
public record Verdict(ImmutableList<Refusal> refusals, ImmutableList<Advice> advice) {

    public static final Verdict NONE = new Verdict(ImmutableList.of(), ImmutableList.of());

    public Verdict {
        checkNotNull(refusals, "refusals are required");
        checkNotNull(advice, "advice is required");
    }

    /** Each reason as a refusal under a duty, as advice under a preference, nothing where the profile lacks it. */
    public static Verdict of(PolicyProfile profile, RuleId rule, List<Wording> reasons) {
        if (reasons.isEmpty() || !profile.has(rule)) {
            return NONE;
        }
        if (profile.requires(rule)) {
            return new Verdict(reasons.stream().map(r -> Refusal.by(rule, r)).collect(ImmutableList.toImmutableList()),
                    ImmutableList.of());
        }
        return new Verdict(ImmutableList.of(),
                reasons.stream().map(r -> new Advice(rule, r)).collect(ImmutableList.toImmutableList()));
    }

    /** One reason, when {@code broken}. */
    public static Verdict of(PolicyProfile profile, RuleId rule, boolean broken, Wording reason) {
        return broken ? of(profile, rule, List.of(reason)) : NONE;
    }

    /** A refusal the lifecycle raises, whatever the profile. */
    public static Verdict refusal(Refusal refusal) {
        return new Verdict(ImmutableList.of(refusal), ImmutableList.of());
    }

    public Verdict and(Verdict other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        return new Verdict(ImmutableList.<Refusal>builder().addAll(refusals).addAll(other.refusals).build(),
                ImmutableList.<Advice>builder().addAll(advice).addAll(other.advice).build());
    }

    public boolean isEmpty() {
        return refusals.isEmpty() && advice.isEmpty();
    }

    /** The outcome of the action: refused on any refusal, else accepted with the advice. */
    public <T> Outcome<T> outcome(java.util.function.Supplier<T> value) {
        return Outcome.unless(refusals, advice, value);
    }
}
