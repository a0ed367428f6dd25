package se.omvarld.adapter.http;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import se.omvarld.application.Result;
import se.omvarld.domain.policy.Refusal;

/**
 * Turns a use case's result into the API's answer: the value as its DTO (with its version as ETag), or the problem
 * that says why not — 400 naming each field, 409 naming the policy rule and its sentence, 404, or 412 when someone
 * else changed the record first.
 */
public final class Outcomes {

    private Outcomes() {
    }

    /** The value of an ok result, or the problem of any other. */
    public static <T> T value(Result<T> result) {
        if (result instanceof Result.Ok<T> ok) {
            return ok.value();
        }
        throw problem(result);
    }

    public static <T> Reply one(Result<T> result, Function<Result.Ok<T>, ?> view, ToLongFunction<T> version) {
        Result.Ok<T> ok = ok(result);
        return Reply.ok(view.apply(ok), version.applyAsLong(ok.value()));
    }

    public static <T> Reply created(Result<T> result, Function<Result.Ok<T>, ?> view, ToLongFunction<T> version,
            Function<T, String> location) {
        Result.Ok<T> ok = ok(result);
        return Reply.created(view.apply(ok), version.applyAsLong(ok.value()), location.apply(ok.value()));
    }

    public static <T> Reply list(Result<T> result, Function<T, ?> view) {
        return Reply.ok(view.apply(value(result)));
    }

    private static <T> Result.Ok<T> ok(Result<T> result) {
        if (result instanceof Result.Ok<T> ok) {
            return ok;
        }
        throw problem(result);
    }

    static ProblemException problem(Result<?> result) {
        if (result instanceof Result.Invalid<?> invalid) {
            return new ProblemException(Problem.invalid("The request has invalid fields.", invalid.violations()
                    .stream().map(v -> Problem.FieldError.of(v.field(), v.wording())).collect(Collectors.toList())));
        }
        if (result instanceof Result.Refused<?> refused) {
            List<Problem.Refusal> refusals = refused.refusals().stream().map(Outcomes::refusal)
                    .collect(Collectors.toList());
            return new ProblemException(Problem.refused(refusals));
        }
        if (result instanceof Result.NotFound<?> notFound) {
            return ProblemException.notFound(notFound.what() + " " + notFound.id());
        }
        if (result instanceof Result.Conflict<?> conflict) {
            return ProblemException.of(412, "Precondition failed", conflict.message()
                    + "; read it again and send its new ETag in If-Match");
        }
        throw new IllegalStateException("not a failed result: " + result);
    }

    private static Problem.Refusal refusal(Refusal r) {
        return new Problem.Refusal(r.rule().map(Enum::name).orElse(null), r.reason(),
                r.rule().map(rule -> rule.source()).orElse(null), Problem.code(r.wording()));
    }
}
