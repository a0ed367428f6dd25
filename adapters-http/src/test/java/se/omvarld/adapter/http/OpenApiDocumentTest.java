package se.omvarld.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.omvarld.adapter.http.api.ApiEnums;
import se.omvarld.adapter.http.api.CommonDtos;
import se.omvarld.adapter.http.api.PartnershipDtos;

/**
 * The OpenAPI document the service answers: a valid OpenAPI 3.0 document, naming every route, strict about
 * request bodies and honest about which fields an answer always has. Writes it to {@code target/openapi.json} for
 * the lint in {@code .ci/run}.
 */
class OpenApiDocumentTest {

    private static List<Route> routes;
    private static String served;
    private static OpenAPI api;

    @BeforeAll
    static void write() throws IOException {
        routes = TestApi.routes();
        served = TestApi.servedDocument(routes);
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("openapi.json"),
                TestApi.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(TestApi.JSON.readTree(served)),
                StandardCharsets.UTF_8);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(served, null, options);
        assertThat(result.getMessages()).as("what the parser found wrong").isEmpty();
        api = result.getOpenAPI();
    }

    @Test
    void the_document_is_a_valid_openapi_3_0_document() {
        assertThat(api).isNotNull();
        assertThat(api.getOpenapi()).isEqualTo("3.0.3");
        assertThat(api.getInfo().getTitle()).isEqualTo("Omvärld API");
        assertThat(api.getInfo().getVersion()).isEqualTo("0.1.0-test");
    }

    @Test
    void every_route_is_an_operation_of_the_document_under_its_own_id() {
        Map<String, String> documented = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
                documented.put(op.getOperationId(), method.name() + " " + path)));
        Map<String, String> table = routes.stream().collect(Collectors.toMap(Route::operationId,
                r -> r.method() + " " + r.path(), (a, b) -> a, TreeMap::new));
        assertThat(documented).isEqualTo(table);
        assertThat(table).containsKeys("listPartnerships", "proposePartnership", "activatePartnership", "live",
                "openApi", "docs");
    }

    @Test
    void every_operation_names_its_tag_and_who_may_call_it() {
        for (Route route : routes) {
            Operation op = operation(route);
            assertThat(op.getTags()).as("%s", route).containsExactly(route.tag());
            if (route.access() == Access.PUBLIC) {
                assertThat(op.getSecurity()).as("%s", route).isEmpty();
            } else {
                assertThat(op.getSecurity()).as("%s", route).hasSize(1);
                assertThat(op.getDescription()).as("%s", route).contains(route.access().who());
                assertThat(op.getResponses()).as("%s", route).containsKeys("401", "403", "429");
            }
            if (route.ifMatch()) {
                assertThat(op.getParameters()).as("%s", route).anySatisfy(p -> {
                    assertThat(p.getName()).isEqualTo("If-Match");
                    assertThat(p.getRequired()).isTrue();
                });
                assertThat(op.getResponses()).as("%s", route).containsKeys("412", "428");
            }
        }
    }

    @Test
    void request_bodies_and_every_record_in_them_forbid_unknown_fields() {
        Set<String> requestSchemas = new TreeSet<>();
        for (Route route : routes) {
            if (route.requestBody() != null) {
                Schema<?> body = operation(route).getRequestBody().getContent().get("application/json").getSchema();
                reachable(body, requestSchemas);
            }
        }
        assertThat(requestSchemas).contains("RegisterPartnerRequest", "ProposePartnershipRequest",
                "RecordAnalysisRequest", "RecordDemocracyPlanRequest", "DecisionRequest");
        for (String name : requestSchemas) {
            assertThat(schema(name).getAdditionalProperties()).as(name).isEqualTo(Boolean.FALSE);
        }
        assertThat(operation(route("registerPartner")).getRequestBody().getRequired()).isTrue();
    }

    @Test
    void an_answer_requires_every_field_but_those_that_may_be_absent() {
        assertThat(schema("PartnershipView").getRequired()).contains("id", "status", "history", "version", "advice",
                "counterpartValuesFormalAgreement").doesNotContain("activatedOn", "terminatedOn", "analysis",
                "democracyPlan");
        assertThat(schema("DecisionView").getRequired()).doesNotContain("reference").contains("decidedOn");
        assertThat(schema("Problem").getRequired()).containsExactlyInAnyOrder("type", "title", "status");
        assertThat(schema("Refusal").getRequired()).containsExactly("reason");
        assertThat(schema("PartnershipSummaryViewPage").getRequired())
                .containsExactlyInAnyOrder("items", "total", "offset", "limit");
        assertThat(schema("PartnerViewPage").getRequired())
                .containsExactlyInAnyOrder("items", "total", "offset", "limit");
    }

    @Test
    void the_list_of_partners_is_a_page_that_names_its_filters() {
        assertThat(operation(route("listPartners")).getParameters()).extracting(Parameter::getName)
                .contains("kind", "country", "sort", "offset", "limit");
    }

    /** The rule of {@link OpenApiDocument}, checked on every record the document describes. */
    @Test
    void every_record_follows_the_rule_for_required_fields() {
        Map<String, Class<?>> records = new TreeMap<>();
        routes.forEach(r -> {
            collect(r.requestBody(), records);
            collect(r.response(), records);
        });
        collect(Problem.class, records);
        assertThat(records).containsKeys("PartnershipView", "AnalysisView", "StatusChangeView", "FieldError",
                "DecisionRequest");
        for (Map.Entry<String, Class<?>> e : records.entrySet()) {
            Class<?> type = e.getValue();
            boolean request = type.getSimpleName().endsWith("Request")
                    || type.isAnnotationPresent(Description.Input.class);
            Set<String> expected = new TreeSet<>();
            for (RecordComponent c : type.getRecordComponents()) {
                boolean required = type == Problem.class ? Set.of("type", "title", "status").contains(c.getName())
                        : request ? c.getType().isPrimitive() || constrained(c, NotNull.class)
                        || constrained(c, NotBlank.class) || constrained(c, NotEmpty.class)
                        : !c.isAnnotationPresent(MayBeAbsent.class);
                if (required) {
                    expected.add(c.getName());
                }
            }
            List<String> required = schema(e.getKey()).getRequired();
            assertThat(required == null ? Set.of() : new TreeSet<>(required)).as(e.getKey()).isEqualTo(expected);
            assertThat(schema(e.getKey()).getProperties().keySet()).as(e.getKey()).containsExactlyElementsOf(
                    java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
        }
    }

    /** A field that may be absent is written as null by the API's JSON: the document must allow what is sent. */
    @Test
    void an_answer_as_the_api_writes_it_is_valid_by_the_document() throws IOException {
        PartnershipDtos.PartnershipView proposed = new PartnershipDtos.PartnershipView(
                "00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002", "LV",
                ApiEnums.PartnershipKind.values()[0], "Twinning", Set.of(ApiEnums.Area.values()[0]), Set.of(),
                Set.of("kommunstyrelsen"), LocalDate.of(2025, 3, 1), ApiEnums.PartnershipStatus.values()[0], null,
                null, false, null, null, List.of(), 0, List.of());
        String body = TestApi.JSON.writeValueAsString(proposed);
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(served)
                .build();
        ValidationReport report = validator.validateResponse(
                "/api/v1/municipalities/1494/partnerships/00000000-0000-0000-0000-000000000001", Request.Method.GET,
                SimpleResponse.Builder.ok().withContentType("application/json").withHeader("ETag", "\"0\"")
                        .withBody(body).build());
        assertThat(report.getMessages()).as(body).isEmpty();
    }

    /** Jakarta's constraints on a record component are on its type, its field and its accessor, never on it. */
    private static boolean constrained(RecordComponent c, Class<? extends java.lang.annotation.Annotation> kind) {
        return c.getAnnotatedType().isAnnotationPresent(kind) || c.getAccessor().isAnnotationPresent(kind);
    }

    private static void collect(Class<?> type, Map<String, Class<?>> records) {
        if (type == null || !type.isRecord() || records.containsKey(type.getSimpleName())) {
            return;
        }
        records.put(type.getSimpleName(), type);
        for (RecordComponent c : type.getRecordComponents()) {
            collectType(c.getGenericType(), records);
        }
    }

    private static void collectType(Type t, Map<String, Class<?>> records) {
        if (t instanceof Class<?> c) {
            collect(c, records);
        } else if (t instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                collectType(arg, records);
            }
        }
    }

    private static void reachable(Schema<?> start, Set<String> names) {
        Deque<Schema<?>> todo = new ArrayDeque<>(List.of(start));
        Set<Schema<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Schema<?> s = todo.pop();
            if (!seen.add(s)) {
                continue;
            }
            if (s.get$ref() != null) {
                String name = s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1);
                if (names.add(name)) {
                    todo.push(schema(name));
                }
                continue;
            }
            if (s.getProperties() != null) {
                s.getProperties().values().forEach(todo::push);
            }
            if (s.getItems() != null) {
                todo.push(s.getItems());
            }
            if (s.getAdditionalProperties() instanceof Schema<?> values) {
                todo.push(values);
            }
        }
    }

    private static Schema<?> schema(String name) {
        Schema<?> s = api.getComponents().getSchemas().get(name);
        assertThat(s).as("schema %s", name).isNotNull();
        return s;
    }

    private static Route route(String operationId) {
        return routes.stream().filter(r -> r.operationId().equals(operationId)).findFirst().orElseThrow();
    }

    private static Operation operation(Route route) {
        var item = api.getPaths().get(route.path());
        assertThat(item).as("%s", route).isNotNull();
        Map<String, Operation> byMethod = new LinkedHashMap<>();
        item.readOperationsMap().forEach((m, op) -> byMethod.put(m.name(), op));
        assertThat(byMethod).as("%s", route).containsKey(route.method());
        return byMethod.get(route.method());
    }
}
