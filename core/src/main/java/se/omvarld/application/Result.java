package se.omvarld.application;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import se.omvarld.domain.policy.Advice;
import se.omvarld.domain.policy.Refusal;
import se.omvarld.port.Violation;

/**
 * What a use case answers: the value, or why not — invalid input (naming each field and reason), a refusal by a
 * policy rule or the lifecycle, a record that does not exist in the municipality's register, or a conflict with
 * someone else's change. Nothing is stored unless the result is {@link Ok}.
 */
public sealed interface Result<T> permits Result.Ok, Result.Invalid, Result.Refused, Result.NotFound,
        Result.Conflict {

    boolean isOk();

    /** The value of an {@link Ok}; a programming error otherwise. */
    default T value() {
        throw new IllegalStateException("not ok: " + this);
    }

    /** Done; {@code advice} is what rules the policy states as preferences said about it. */
    record Ok<T>(T value, ImmutableList<Advice> advice) implements Result<T> {
        public Ok {
            checkNotNull(value, "value is required");
            checkNotNull(advice, "advice is required (may be empty)");
        }

        public Ok(T value) {
            this(value, ImmutableList.of());
        }

        @Override
        public boolean isOk() {
            return true;
        }

        @Override
        public T value() {
            return value;
        }
    }

    record Invalid<T>(ImmutableList<Violation> violations) implements Result<T> {
        public Invalid {
            checkArgument(!violations.isEmpty(), "an invalid result names at least one violation");
        }

        @Override
        public boolean isOk() {
            return false;
        }
    }

    record Refused<T>(ImmutableList<Refusal> refusals) implements Result<T> {
        public Refused {
            checkArgument(!refusals.isEmpty(), "a refused result names at least one refusal");
        }

        @Override
        public boolean isOk() {
            return false;
        }
    }

    record NotFound<T>(String what, String id) implements Result<T> {
        @Override
        public boolean isOk() {
            return false;
        }
    }

    record Conflict<T>(String message) implements Result<T> {
        @Override
        public boolean isOk() {
            return false;
        }
    }
}
