package se.omvarld.adapter.http.web;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.omvarld.application.Result;
import se.omvarld.domain.policy.Refusal;
import se.omvarld.port.Violation;

/**
 * What a form shows: the values typed (echoed back after a refusal, so nothing typed is lost), an error beside each
 * field that has one, the policy rules that refused the action, and errors that concern no one field. The templates
 * {@code tag/errors.jte} (the summary at the top, {@code role="alert"}, linking to each field) and
 * {@code tag/field.jte} (a labelled field with its error, tied by {@code aria-describedby}) show it; the same
 * refusal the API answers as a 409 problem (the rule id and its policy sentence) is shown here in words.
 */
public final class Form {

    /** An error beside a field; {@code inputId} is the field's id, which the summary links to. */
    public record FieldError(String field, String inputId, String message) {
    }

    /**
     * A refusal by a rule of the policy (rule and sentence present) or by a record's lifecycle (both empty); the
     * reason in the page's language, the policy's sentence as the policy says it.
     */
    public record RuleRefusal(Optional<String> rule, String reason, Optional<String> policySentence) {

        static RuleRefusal of(Refusal refusal, Messages m) {
            return new RuleRefusal(refusal.rule().map(Enum::name), m.words(refusal.wording()),
                    refusal.rule().map(r -> r.source()));
        }
    }

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<RuleRefusal> refusals = new ArrayList<>();
    private final List<String> general = new ArrayList<>();

    private Form(Map<String, String> values) {
        this.values = new LinkedHashMap<>(values);
    }

    /** A form with nothing typed yet. */
    public static Form empty() {
        return new Form(Map.of());
    }

    /** A form showing {@code values}, by field name. */
    public static Form of(Map<String, String> values) {
        return new Form(checkNotNull(values, "values are required"));
    }

    /** Adds the error of {@code field}, already in the page's language. */
    public Form error(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    /** Adds an error that concerns no one field, in the page's language. */
    public Form generalError(String message) {
        general.add(message);
        return this;
    }

    /**
     * Adds why a use case did not do what the form asked: each invalid field's reason beside it, each refusal with
     * its rule and policy sentence, each reason in {@code m}'s language. A not-found or conflict result is not a
     * form's error: handle it before.
     */
    public Form failed(Result<?> result, Messages m) {
        checkNotNull(m, "messages are required");
        if (result instanceof Result.Invalid<?> invalid) {
            for (Violation v : invalid.violations()) {
                error(v.field(), m.words(v.wording()));
            }
        } else if (result instanceof Result.Refused<?> refused) {
            refused.refusals().forEach(r -> refusals.add(RuleRefusal.of(r, m)));
        } else {
            throw new IllegalArgumentException("not a form's failure: " + result);
        }
        return this;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || !refusals.isEmpty() || !general.isEmpty();
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** The error of {@code field}, or null when it has none (a template then leaves the element out). */
    public String error(String field) {
        return errors.get(field);
    }

    /** The id of {@code field}'s input. */
    public static String inputId(String field) {
        return "f-" + field.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** The id of {@code field}'s error, which its input names in {@code aria-describedby}. */
    public static String errorId(String field) {
        return inputId(field) + "-error";
    }

    /** What {@code field}'s input names in {@code aria-describedby}: its hint and its error, or null for neither. */
    public static String describedBy(String field, boolean hasError, boolean hasHint) {
        String ids = ((hasHint ? inputId(field) + "-hint " : "") + (hasError ? errorId(field) : "")).trim();
        return ids.isEmpty() ? null : ids;
    }

    public List<FieldError> fieldErrors() {
        List<FieldError> all = new ArrayList<>();
        errors.forEach((field, message) -> all.add(new FieldError(field, inputId(field), message)));
        return all;
    }

    public List<RuleRefusal> refusals() {
        return List.copyOf(refusals);
    }

    public List<String> generalErrors() {
        return List.copyOf(general);
    }
}
