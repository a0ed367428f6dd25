package se.omvarld.application;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.port.AuditEntry;
import se.omvarld.port.StaleVersionException;
import se.omvarld.port.Violation;

/**
 * How every use case runs: validate the command, then in one transaction load, ask the aggregate, save and audit.
 * Any result but {@link Result.Ok} rolls the transaction back, so a refusal leaves nothing half written.
 *
 * <p>Only what the command's fields can be blamed for becomes {@link Result.Invalid}: each conversion names its field
 * ({@link Input}). Any other exception — a broken invariant in stored data, a programming error, an infrastructure
 * failure — rolls back and propagates as the fault it is, for the edge to report as one.
 */
final class Execution {

    private final Ports ports;

    Execution(Ports ports) {
        this.ports = checkNotNull(ports, "ports are required");
    }

    <T> Result<T> run(Object command, Supplier<Result<T>> work) {
        if (command == null) {
            return new Result.Invalid<>(ImmutableList.of(new Violation("command", Wording.of(WordingKey.FIELD_REQUIRED,
                    "is required"))));
        }
        ImmutableList<Violation> violations = ports.validator().validate(command);
        if (!violations.isEmpty()) {
            return new Result.Invalid<>(violations);
        }
        try {
            return ports.transactions().inTransaction(() -> {
                Result<T> result = work.get();
                if (!result.isOk()) {
                    throw new Abandoned(result);
                }
                return result;
            });
        } catch (Abandoned abandoned) {
            @SuppressWarnings("unchecked")
            Result<T> result = (Result<T>) abandoned.result;
            return result;
        } catch (InvalidInput invalid) {
            return new Result.Invalid<>(invalid.violations());
        } catch (StaleVersionException stale) {
            return new Result.Conflict<>(stale.getMessage());
        }
    }

    /** The municipality's policy profile, or a not-found result to return. */
    Optional<PolicyProfile> profile(MunicipalityCode municipality) {
        return ports.profiles().of(municipality);
    }

    void audit(MunicipalityCode municipality, String actor, String aggregateType, String id, long version,
            String action, Wording change) {
        ports.audit().append(new AuditEntry(municipality, actor, ports.clock().now(), aggregateType, id, version,
                action, change));
    }

    /** The refusal, or the next step with the accepted value, carrying the outcome's advice into an ok result. */
    static <T, R> Result<R> refusedOr(Outcome<T> outcome, java.util.function.Function<T, Result<R>> next) {
        if (!outcome.isAccepted()) {
            return new Result.Refused<>(outcome.refusals());
        }
        Result<R> result = next.apply(outcome.value());
        if (result instanceof Result.Ok<R> ok && !outcome.advice().isEmpty()) {
            return new Result.Ok<>(ok.value(), outcome.advice());
        }
        return result;
    }

    /** The clock's today, for checking that nothing is dated after it. */
    LocalDate today() {
        return ports.clock().today();
    }

    /** What a change to one aggregate is called in results and in the audit trail. */
    record Change(String aggregateType, MunicipalityCode municipality, String id, long expectedVersion, String actor,
            String action, Wording description) {
    }

    /**
     * The common shape of a change: the profile and the current aggregate must exist, the expected version must be
     * the stored one, the aggregate must accept, and then it is saved and audited.
     */
    <A> Result<A> change(Change change, Optional<A> current, ToLongFunction<A> version,
            BiFunction<A, PolicyProfile, Outcome<A>> act, UnaryOperator<A> save) {
        Optional<PolicyProfile> profile = profile(change.municipality());
        if (profile.isEmpty()) {
            return new Result.NotFound<>("policy profile", change.municipality().value());
        }
        if (current.isEmpty()) {
            return new Result.NotFound<>(change.aggregateType(), change.id());
        }
        Optional<String> stale = staleness(change.aggregateType(), change.id(), change.expectedVersion(),
                version.applyAsLong(current.get()));
        if (stale.isPresent()) {
            return new Result.Conflict<>(stale.get());
        }
        return refusedOr(act.apply(current.get(), profile.get()), changed -> {
            A saved = save.apply(changed);
            audit(change.municipality(), change.actor(), change.aggregateType(), change.id(),
                    version.applyAsLong(saved), change.action(), change.description());
            return new Result.Ok<>(saved);
        });
    }

    /** A stale expected version is a conflict before anything is attempted. */
    static Optional<String> staleness(String what, Object id, long expected, long stored) {
        if (expected != stored) {
            return Optional.of(what + " " + id + " is at version " + stored + ", not " + expected
                    + ": someone else changed it first");
        }
        return Optional.empty();
    }

    /** Carries a non-ok result out of the transaction so that it rolls back. */
    private static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Result<?> result;

        Abandoned(Result<?> result) {
            super(null, null, false, false);
            this.result = result;
        }
    }
}
