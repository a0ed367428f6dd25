package se.omvarld.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import se.omvarld.domain.shared.Wording;

/**
 * An RFC 9457 problem: every error the API answers is one, as {@code application/problem+json}. {@code errors}
 * names each bad field and why; {@code rule} and {@code policy} name the policy rule that refused an action and the
 * sentence it comes from; {@code requestId} is the id the log holds the rest under.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
        List<FieldError> errors, String rule, String policy, List<Refusal> refusals) {

    public static final String CONTENT_TYPE = "application/problem+json";

    /**
     * One field of a request that was not accepted, and why; {@code code} is the reason's stable key
     * ({@code field.required}, {@code field.constraint.Size}), for a client that says it in its own language.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String reason, @MayBeAbsent String code) {

        public FieldError(String field, String reason) {
            this(field, reason, null);
        }

        public static FieldError of(String field, Wording reason) {
            return new FieldError(field, reason.english(), Problem.code(reason));
        }
    }

    /**
     * One reason a policy rule or the lifecycle gave for refusing an action; {@code code} is the reason's stable key
     * ({@code rule.R7.not-approved}, {@code refusal.partnership.only-proposed-activates}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Refusal(@MayBeAbsent String rule, String reason, @MayBeAbsent String policy,
            @MayBeAbsent String code) {
    }

    /** The key of a wording, or null (left out of the JSON) for one without a key. */
    public static String code(Wording wording) {
        return wording.isKeyed() ? wording.key().key() : null;
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(type(status), title, status, detail, null, null, null, null, null, null);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(type(400), "Invalid request", 400, detail, null, null, List.copyOf(errors), null, null,
                null);
    }

    public static Problem refused(List<Refusal> refusals) {
        Refusal first = refusals.get(0);
        String detail = refusals.stream().map(r -> (r.rule() == null ? "" : r.rule() + ": ") + r.reason())
                .reduce((a, b) -> a + "; " + b).orElseThrow();
        return new Problem("/problems/refused", "Refused by the policy or the lifecycle", 409, detail, null, null,
                null, first.rule(), first.policy(), List.copyOf(refusals));
    }

    /** This problem as answered to the request at {@code instance} with id {@code requestId}. */
    public Problem at(String instance, String requestId) {
        return new Problem(type, title, status, detail, instance, requestId, errors, rule, policy, refusals);
    }

    private static String type(int status) {
        return "/problems/" + status;
    }
}
