package se.omvarld.adapter.http;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The OpenAPI 3.0.3 document of the API, written from the route table and the DTO records: each route's path,
 * parameters, body, answers and who may call it, and each record's fields with their constraints. Nothing is
 * written by hand, so the document and the server cannot disagree.
 */
public final class OpenApiDocument {

    private static final String REF = "#/components/schemas/";

    private final Map<String, Object> schemas = new TreeMap<>();
    private final Map<String, Class<?>> named = new TreeMap<>();
    private final Set<Integer> problemStatuses = new TreeSet<>();

    private OpenApiDocument() {
    }

    /** The document, as a JSON-ready tree of maps and lists. */
    public static Map<String, Object> of(String version, String serverUrl, List<Route> routes) {
        return new OpenApiDocument().write(version, serverUrl, routes);
    }

    private Map<String, Object> write(String version, String serverUrl, List<Route> routes) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", "Omvärld API");
        info.put("version", version);
        info.put("description", "The register of a Swedish municipality's international work — partnerships, projects,"
                + " funding programmes and calls, association grants, visits and the reporting obligations its own"
                + " policy imposes — over HTTP. Every error is an RFC 9457 problem (application/problem+json). Every"
                + " single record carries an ETag; every change needs it back in If-Match.");
        info.put("contact", Map.of("name", "Omvärld", "url", "https://github.com/omvarld/omvarld"));
        info.put("license", Map.of("name", "EUPL-1.2",
                "url", "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12"));
        doc.put("info", info);
        doc.put("servers", List.of(Map.of("url", serverUrl, "description", "This service")));
        Map<String, String> tagDescriptions = new TreeMap<>();
        Map<String, Object> paths = new TreeMap<>();
        for (Route route : routes) {
            tagDescriptions.putIfAbsent(route.tag(), route.tag() + " of the register.");
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(route.path(),
                    p -> new LinkedHashMap<>());
            item.put(route.method().toLowerCase(Locale.ROOT), operation(route));
        }
        List<Object> tags = new ArrayList<>();
        tagDescriptions.forEach((name, description) -> tags.add(Map.of("name", name, "description", description)));
        doc.put("tags", tags);
        doc.put("paths", paths);
        schema(Problem.class);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", schemas);
        Map<String, Object> responses = new TreeMap<>();
        for (int status : problemStatuses) {
            responses.put("Problem" + status, Map.of("description", problemDescription(status),
                    "content", Map.of(Problem.CONTENT_TYPE, Map.of("schema", Map.of("$ref", REF + "Problem")))));
        }
        components.put("responses", responses);
        components.put("securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer",
                "description", "An API token (omv_…), bound to one municipality and one role.")));
        doc.put("components", components);
        return doc;
    }

    private Map<String, Object> operation(Route route) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("tags", List.of(route.tag()));
        op.put("summary", route.summary());
        op.put("description", route.description() + (route.access() == Access.PUBLIC ? ""
                : " May be called by " + route.access().who() + "."));
        op.put("operationId", route.operationId());
        List<Object> parameters = new ArrayList<>();
        route.pathParams().forEach(p -> parameters.add(parameter(p, "path")));
        route.queryParams().forEach(p -> parameters.add(parameter(p, "query")));
        if (route.ifMatch()) {
            parameters.add(Map.of("name", "If-Match", "in", "header", "required", true,
                    "description", "The ETag the record was read with.", "schema", Map.of("type", "string")));
        }
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        if (route.requestBody() != null) {
            op.put("requestBody", Map.of("required", true, "content",
                    Map.of("application/json", Map.of("schema", ref(route.requestBody())))));
        }
        boolean takesBody = route.requestBody() != null || !route.uploadTypes().isEmpty();
        if (!route.uploadTypes().isEmpty()) {
            Map<String, Object> content = new LinkedHashMap<>();
            route.uploadTypes().forEach(type -> content.put(type, Map.of("schema", Map.of("type", "string",
                    "format", "binary", "maxLength", route.maxUpload()))));
            op.put("requestBody", Map.of("required", true, "description", "The file, of at most "
                    + route.maxUpload() + " bytes.", "content", content));
        }
        Map<String, Object> responses = new TreeMap<>();
        responses.put(Integer.toString(route.status()), success(route));
        if (route.createsOrReplaces()) {
            Map<String, Object> replaced = new LinkedHashMap<>(success(route));
            replaced.put("description", "Replaced: " + route.summary());
            @SuppressWarnings("unchecked")
            Map<String, Object> headers = new LinkedHashMap<>((Map<String, Object>) replaced.get("headers"));
            headers.remove("Location");
            replaced.put("headers", headers);
            responses.put("200", replaced);
        }
        List<Integer> problems = new ArrayList<>(List.of(406, 500));
        if (!route.pathParams().isEmpty() || !route.queryParams().isEmpty() || takesBody) {
            problems.add(400);
        }
        if (route.access() != Access.PUBLIC) {
            problems.addAll(List.of(401, 403, 429));
        }
        if (!route.pathParams().isEmpty()) {
            problems.add(404);
        }
        if (takesBody) {
            problems.addAll(List.of(409, 413, 415));
        }
        if (route.ifMatch()) {
            problems.addAll(List.of(409, 412, 428));
        }
        problems.addAll(route.otherProblems());
        for (int status : new TreeSet<>(problems)) {
            problemStatuses.add(status);
            responses.put(Integer.toString(status), Map.of("$ref", "#/components/responses/Problem" + status));
        }
        op.put("responses", responses);
        op.put("security", route.access() == Access.PUBLIC ? List.of() : List.of(Map.of("bearer", List.of())));
        return op;
    }

    private Map<String, Object> success(Route route) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("description", route.summary());
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(HttpApi.REQUEST_ID, Map.of("description", "The request's id, as in the log.",
                "schema", Map.of("type", "string")));
        if (route.shape() == Route.Shape.ONE && route.response() != String.class && !route.answersFile()) {
            headers.put("ETag", Map.of("description", "The version of the record, for If-Match.",
                    "schema", Map.of("type", "string")));
        }
        if (route.status() == 201) {
            headers.put("Location", Map.of("description", "Where the new record lives.",
                    "schema", Map.of("type", "string")));
        }
        if (route.answersFile()) {
            headers.put("Content-Disposition", Map.of("description", "The name to save the file under (RFC 6266).",
                    "schema", Map.of("type", "string")));
            headers.put("Cache-Control", Map.of("description", "Who may keep the file, and for how long.",
                    "schema", Map.of("type", "string")));
        }
        response.put("headers", headers);
        if (route.shape() == Route.Shape.NONE) {
            return response;
        }
        if (route.answersFile()) {
            Map<String, Object> content = new LinkedHashMap<>();
            for (String type : route.mediaTypes()) {
                content.put(type, Map.of("schema", type.endsWith("/json") ? Map.of("type", "object")
                        : type.startsWith("text/") || type.endsWith("+xml") || type.endsWith("/xml")
                        ? Map.of("type", "string") : Map.of("type", "string", "format", "binary")));
            }
            response.put("content", content);
            return response;
        }
        Object schema;
        switch (route.shape()) {
            case ONE:
                schema = route.response() == String.class ? Map.of("type", "string") : ref(route.response());
                break;
            case LIST:
                schema = Map.of("type", "array", "items", ref(route.response()));
                break;
            case PAGE:
                schema = pageOf(route.response());
                break;
            default:
                throw new IllegalStateException("unknown shape " + route.shape());
        }
        response.put("content", Map.of(route.mediaType(), Map.of("schema", schema)));
        return response;
    }

    private Map<String, Object> pageOf(Class<?> item) {
        String name = item.getSimpleName() + "Page";
        if (!schemas.containsKey(name)) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("items", Map.of("type", "array", "items", ref(item)));
            properties.put("total", Map.of("type", "integer", "format", "int64", "minimum", 0,
                    "description", "How many items the whole list has."));
            properties.put("offset", Map.of("type", "integer", "format", "int32", "minimum", 0));
            properties.put("limit", Map.of("type", "integer", "format", "int32", "minimum", 1));
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("type", "object");
            page.put("description", "A page of a list of " + item.getSimpleName() + ".");
            page.put("required", List.of("items", "total", "offset", "limit"));
            page.put("properties", properties);
            page.put("additionalProperties", false);
            schemas.put(name, page);
        }
        return Map.of("$ref", REF + name);
    }

    private static Map<String, Object> parameter(Param p, String in) {
        Map<String, Object> schema = new LinkedHashMap<>();
        switch (p.type()) {
            case STRING:
                schema.put("type", "string");
                schema.put("pattern", "^(" + p.pattern().orElseThrow() + ")$");
                break;
            case INTEGER:
                schema.put("type", "integer");
                schema.put("format", "int64");
                schema.put("minimum", p.min());
                schema.put("maximum", p.max());
                break;
            case ENUM:
                schema.put("type", "string");
                schema.put("enum", p.values());
                break;
            default:
                throw new IllegalStateException("unknown type " + p.type());
        }
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("name", p.name());
        parameter.put("in", in);
        parameter.put("required", in.equals("path"));
        parameter.put("description", p.description());
        parameter.put("schema", schema);
        return parameter;
    }

    private Map<String, Object> ref(Class<?> type) {
        schema(type);
        return Map.of("$ref", REF + type.getSimpleName());
    }

    private void schema(Class<?> type) {
        String name = type.getSimpleName();
        Class<?> earlier = named.putIfAbsent(name, type);
        if (earlier != null) {
            if (!earlier.equals(type)) {
                throw new IllegalStateException("two schemas are named " + name + ": " + earlier + " and " + type);
            }
            return;
        }
        if (!type.isRecord()) {
            throw new IllegalStateException("a body is a record: " + type);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        boolean answer = !isRequest(type);
        for (RecordComponent c : type.getRecordComponents()) {
            Map<String, Object> property = new LinkedHashMap<>(property(c.getAnnotatedType(), c));
            properties.put(c.getName(), property);
            // Jakarta's constraints cannot target a record component: written on one, they land on its type (and on
            // the field, accessor and constructor parameter), so they are read from there, not from the component.
            boolean present = answer ? !c.isAnnotationPresent(MayBeAbsent.class) && !type.equals(Problem.class)
                    : c.getType().isPrimitive() || annotation(c.getAnnotatedType(), c, NotNull.class) != null
                    || annotation(c.getAnnotatedType(), c, NotBlank.class) != null
                    || annotation(c.getAnnotatedType(), c, NotEmpty.class) != null;
            if (present) {
                required.add(c.getName());
            }
        }
        if (type.equals(Problem.class)) {
            required.addAll(List.of("type", "title", "status"));
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        Description d = type.getAnnotation(Description.class);
        schema.put("description", d != null ? d.value() : name + ".");
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("properties", properties);
        schema.put("additionalProperties", false);
        schemas.put(name, schema);
    }

    /** Requests are the classes routes take as bodies, and the records nested in them; all else is an answer. */
    private static boolean isRequest(Class<?> type) {
        return type.getSimpleName().endsWith("Request") || type.isAnnotationPresent(Description.Input.class);
    }

    private Map<String, Object> property(AnnotatedType annotated, AnnotatedElement element) {
        Class<?> raw = raw(annotated);
        Map<String, Object> p = new LinkedHashMap<>();
        if (raw == String.class) {
            p.put("type", "string");
            Pattern pattern = annotation(annotated, element, Pattern.class);
            if (pattern != null) {
                p.put("pattern", "^(" + pattern.regexp() + ")$");
            }
            Size size = annotation(annotated, element, Size.class);
            if (size != null) {
                if (size.min() > 0) {
                    p.put("minLength", size.min());
                }
                if (size.max() < Integer.MAX_VALUE) {
                    p.put("maxLength", size.max());
                }
            }
            if (annotation(annotated, element, NotBlank.class) != null && !p.containsKey("minLength")) {
                p.put("minLength", 1);
            }
            if (annotation(annotated, element, Email.class) != null) {
                p.put("format", "email");
            }
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            p.put("type", "integer");
            p.put("format", raw == int.class || raw == Integer.class ? "int32" : "int64");
            Min min = annotation(annotated, element, Min.class);
            if (min != null) {
                p.put("minimum", min.value());
            } else if (annotation(annotated, element, PositiveOrZero.class) != null) {
                p.put("minimum", 0);
            } else if (annotation(annotated, element, Positive.class) != null) {
                p.put("minimum", 1);
            }
            Max max = annotation(annotated, element, Max.class);
            if (max != null) {
                p.put("maximum", max.value());
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            p.put("type", "boolean");
        } else if (raw == LocalDate.class) {
            p.put("type", "string");
            p.put("format", "date");
        } else if (raw == Instant.class || raw == OffsetDateTime.class) {
            p.put("type", "string");
            p.put("format", "date-time");
        } else if (raw.isEnum()) {
            p.put("type", "string");
            p.put("enum", Arrays.stream(raw.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList());
        } else if (Collection.class.isAssignableFrom(raw)) {
            p.put("type", "array");
            AnnotatedType item = ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
            p.put("items", property(item, null));
            if (Set.class.isAssignableFrom(raw)) {
                p.put("uniqueItems", true);
            }
            Size size = annotation(annotated, element, Size.class);
            if (size != null && size.max() < Integer.MAX_VALUE) {
                p.put("maxItems", size.max());
            }
            if (annotation(annotated, element, NotEmpty.class) != null || size != null && size.min() > 0) {
                p.put("minItems", Math.max(1, size == null ? 1 : size.min()));
            }
        } else if (raw == Map.class) {
            p.put("type", "object");
            AnnotatedType value = ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[1];
            p.put("additionalProperties", property(value, null));
        } else if (raw.isRecord()) {
            return ref(raw);
        } else {
            throw new IllegalStateException("the document cannot describe a field of type " + raw
                    + ": use text, numbers, booleans, dates, enums, lists, sets, maps or records");
        }
        Description d = element == null ? null : element.getAnnotation(Description.class);
        if (d != null) {
            p.put("description", d.value());
        }
        return p;
    }

    private static Class<?> raw(AnnotatedType annotated) {
        java.lang.reflect.Type t = annotated.getType();
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof java.lang.reflect.ParameterizedType pt) {
            return (Class<?>) pt.getRawType();
        }
        throw new IllegalStateException("the document cannot describe " + t);
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(AnnotatedType type,
            AnnotatedElement element, Class<A> kind) {
        A onType = type.getAnnotation(kind);
        if (onType != null) {
            return onType;
        }
        return element == null ? null : element.getAnnotation(kind);
    }

    private static String problemDescription(int status) {
        switch (status) {
            case 400: return "The request is invalid: each field and why.";
            case 401: return "No valid token.";
            case 403: return "The token's role may not do this.";
            case 404: return "No such record in the municipality's register, or no such municipality.";
            case 406: return "The client accepts nothing this route answers.";
            case 409: return "A policy rule or the lifecycle refused the action: the rule and its sentence.";
            case 412: return "The record changed since it was read: If-Match is stale.";
            case 413: return "The body is too large.";
            case 415: return "The body is not application/json.";
            case 428: return "A change needs If-Match.";
            case 429: return "Too many failed authentications from this client.";
            case 500: return "The service failed; the problem names the request id.";
            case 503: return "The service is not ready: its database does not answer.";
            default: return "A problem.";
        }
    }
}
