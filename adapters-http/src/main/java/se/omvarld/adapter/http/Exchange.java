package se.omvarld.adapter.http;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.port.PageRequest;
import se.omvarld.application.ConstraintWording;

/**
 * One request that has passed its route's checks, as an endpoint sees it: its typed parameters, its body as the
 * route's request class (parsed strictly and validated), the version its If-Match names, and its caller.
 */
public final class Exchange {

    private final Route route;
    private final Map<String, String> pathParams;
    private final Map<String, String> queryParams;
    private final byte[] body;
    private final Caller caller;
    private final Long expectedVersion;
    private final ObjectMapper json;
    private final Validator validator;
    private final String bodyType;

    Exchange(Route route, Map<String, String> pathParams, Map<String, String> queryParams, byte[] body,
            Caller caller, Long expectedVersion, ObjectMapper json, Validator validator) {
        this(route, pathParams, queryParams, body, null, caller, expectedVersion, json, validator);
    }

    /** With the media type the body was sent as: one of the route's {@linkplain Route#uploadTypes() upload types}. */
    Exchange(Route route, Map<String, String> pathParams, Map<String, String> queryParams, byte[] body,
            String bodyType, Caller caller, Long expectedVersion, ObjectMapper json, Validator validator) {
        this.route = route;
        this.pathParams = pathParams;
        this.queryParams = queryParams;
        this.body = body;
        this.bodyType = bodyType;
        this.caller = caller;
        this.expectedVersion = expectedVersion;
        this.json = json;
        this.validator = validator;
    }

    /** The municipality the path names (and, for a route that needs a token, the token's own). */
    public MunicipalityCode municipality() {
        return MunicipalityCode.of(path("code"));
    }

    /** A path parameter, already checked against its definition. */
    public String path(String name) {
        String value = pathParams.get(name);
        checkState(value != null, "%s has no path parameter %s", route, name);
        return value;
    }

    /** A query parameter, already checked against its definition; empty if not given. */
    public Optional<String> query(String name) {
        return Optional.ofNullable(queryParams.get(name));
    }

    public <E extends Enum<E>> Optional<E> query(String name, Class<E> type) {
        return query(name).map(v -> Enum.valueOf(type, v));
    }

    public Optional<Long> queryNumber(String name) {
        return query(name).map(Long::parseLong);
    }

    /** The page {@code offset} and {@code limit} ask for; 50 items from the first unless they say otherwise. */
    public PageRequest page() {
        return PathParams.page(queryNumber("offset").orElse(0L), queryNumber("limit").orElse(50L));
    }

    /** The caller; only for routes that need a token. */
    public Caller caller() {
        checkState(caller != null, "%s is public: it has no caller", route);
        return caller;
    }

    /** The name the audit trail records for this request's changes. */
    public String actor() {
        return caller().actor();
    }

    /** The version the request's If-Match names; only for routes that need one. */
    public long expectedVersion() {
        checkState(expectedVersion != null, "%s takes no If-Match", route);
        return expectedVersion;
    }

    /**
     * Refuses (403) a unit editor whose unit is not {@code unit}; coordinators and admins may change every unit's
     * records.
     */
    public void requireUnit(UnitId unit) {
        Caller c = caller();
        if (c.role() == Role.UNIT_EDITOR && !c.unit().orElseThrow().equals(unit)) {
            throw ProblemException.of(403, "Forbidden", "a unit editor of " + c.unit().orElseThrow().value()
                    + " may not change the records of " + unit.value());
        }
    }

    /** Refuses (403) a unit editor: the change belongs to the municipality as a whole. */
    public void requireWholeRegister() {
        if (!caller().role().changesTheWholeRegister()) {
            throw ProblemException.of(403, "Forbidden", "only an admin or a coordinator may make this change");
        }
    }

    /** A file sent as the raw body: the media type the client named and the bytes. */
    public record Upload(String mediaType, byte[] content) {
    }

    /** The file the route takes as its body, of one of its upload types and within its size (both checked). */
    public Upload upload() {
        checkState(!route.uploadTypes().isEmpty(), "%s takes no file", route);
        return new Upload(bodyType, body);
    }

    /**
     * The body as {@code type}: strict JSON (a 400 names the field that is unknown, of the wrong type or
     * malformed), then every constraint of the class checked (a 400 names each field that breaks one).
     */
    public <T> T body(Class<T> type) {
        checkState(type.equals(route.requestBody()), "%s takes %s, not %s", route, route.requestBody(), type);
        if (body.length == 0) {
            throw ProblemException.badField("body", "is required: a JSON object");
        }
        T value;
        try {
            value = json.readValue(body, type);
        } catch (UnrecognizedPropertyException | IgnoredPropertyException e) {
            throw ProblemException.badField(fieldOf(e, ((PropertyBindingException) e).getPropertyName()),
                    "is not a field of this request");
        } catch (InvalidFormatException e) {
            throw ProblemException.badField(fieldOf(e, null), "has a value of the wrong type or form"
                    + (e.getTargetType() != null && e.getTargetType().isEnum() ? ": must be one of "
                    + List.of(e.getTargetType().getEnumConstants()) : ""));
        } catch (MismatchedInputException e) {
            throw ProblemException.badField(fieldOf(e, null), e.getPath().isEmpty()
                    ? "must be a JSON object" : "has a value of the wrong type");
        } catch (JsonMappingException e) {
            throw ProblemException.badField(fieldOf(e, null), "could not be read");
        } catch (JsonProcessingException e) {
            throw ProblemException.badField("body", "is not well-formed JSON in UTF-8 (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw ProblemException.badField("body", "could not be read as JSON in UTF-8");
        }
        if (value == null) {
            throw ProblemException.badField("body", "is required: a JSON object");
        }
        List<Problem.FieldError> errors = validator.validate(value).stream()
                .map(ConstraintWording::violation)
                .map(v -> Problem.FieldError.of(v.field(), v.wording()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::reason))
                .distinct()
                .collect(Collectors.toList());
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("The request body has invalid fields.", errors));
        }
        return value;
    }

    private static String fieldOf(JsonMappingException e, String leaf) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        if (leaf != null && !path.toString().endsWith(leaf)) {
            path.append(path.length() > 0 ? "." : "").append(leaf);
        }
        return path.length() == 0 ? "body" : path.toString();
    }
}
