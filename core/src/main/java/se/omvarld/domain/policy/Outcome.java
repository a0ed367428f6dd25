package se.omvarld.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Function;

/**
 * The result of asking an aggregate to act: either the changed aggregate, with any advice a rule stated as a
 * preference gave on the way, or every refusal that stood in the way. A refusal by a policy rule is an ordinary
 * result, not an exception.
 */
public sealed interface Outcome<T> permits Outcome.Accepted, Outcome.Refused {

    static <T> Outcome<T> accepted(T value) {
        return new Accepted<>(value, ImmutableList.of());
    }

    static <T> Outcome<T> accepted(T value, List<Advice> advice) {
        return new Accepted<>(value, ImmutableList.copyOf(advice));
    }

    static <T> Outcome<T> refused(List<Refusal> refusals) {
        return new Refused<>(ImmutableList.copyOf(refusals));
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(ImmutableList.of(refusal));
    }

    /** Accepts {@code value} unless {@code refusals} has any. */
    static <T> Outcome<T> unless(List<Refusal> refusals, java.util.function.Supplier<T> value) {
        return refusals.isEmpty() ? accepted(value.get()) : refused(refusals);
    }

    /** Accepts {@code value} with {@code advice} unless {@code refusals} has any. */
    static <T> Outcome<T> unless(List<Refusal> refusals, List<Advice> advice, java.util.function.Supplier<T> value) {
        return refusals.isEmpty() ? accepted(value.get(), advice) : refused(refusals);
    }

    boolean isAccepted();

    /** The accepted value; a programming error on a refusal. */
    T value();

    ImmutableList<Refusal> refusals();

    /** What rules stated as preferences advised about an accepted action; empty on a refusal. */
    ImmutableList<Advice> advice();

    <R> Outcome<R> map(Function<? super T, ? extends R> f);

    record Accepted<T>(T value, ImmutableList<Advice> advice) implements Outcome<T> {
        public Accepted {
            checkNotNull(value, "value is required");
            checkNotNull(advice, "advice is required (may be empty)");
        }

        @Override
        public boolean isAccepted() {
            return true;
        }

        @Override
        public ImmutableList<Refusal> refusals() {
            return ImmutableList.of();
        }

        @Override
        public <R> Outcome<R> map(Function<? super T, ? extends R> f) {
            return new Accepted<>(f.apply(value), advice);
        }
    }

    record Refused<T>(ImmutableList<Refusal> refusals) implements Outcome<T> {
        public Refused {
            checkNotNull(refusals, "refusals are required");
            checkArgument(!refusals.isEmpty(), "a refusal needs at least one reason");
        }

        @Override
        public boolean isAccepted() {
            return false;
        }

        @Override
        public T value() {
            throw new IllegalStateException("refused: " + refusals);
        }

        @Override
        public ImmutableList<Advice> advice() {
            return ImmutableList.of();
        }

        @Override
        public <R> Outcome<R> map(Function<? super T, ? extends R> f) {
            return new Refused<>(refusals);
        }
    }
}
