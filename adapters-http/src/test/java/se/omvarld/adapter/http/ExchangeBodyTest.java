package se.omvarld.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A body is read strictly: whatever is wrong with it is a 400 problem that names the field (or the body as a whole)
 * and says why, never a 500 and never a silently dropped value.
 */
class ExchangeBodyTest {

    enum Kind { TOWN, REGION }

    record Place(@NotBlank String name, @Valid Place within) {
    }

    record SampleRequest(@NotNull Kind kind, @NotBlank @Size(max = 10) String name, int count,
            @NotNull LocalDate on, List<@NotBlank String> tags, @Valid Place place) {
    }

    private static final Route ROUTE = Route.post("/samples").operation("createSample", "Create a sample")
            .tag("Samples").access(Access.PUBLIC).body(SampleRequest.class).returnsNothing()
            .handle(x -> Reply.noContent());

    private static final String VALID = "{\"kind\":\"TOWN\",\"name\":\"Lidköping\",\"count\":3,\"on\":\"2025-03-14\"}";

    @Test
    void a_valid_body_is_read() {
        SampleRequest read = body(VALID);
        assertThat(read.kind()).isEqualTo(Kind.TOWN);
        assertThat(read.name()).isEqualTo("Lidköping");
        assertThat(read.count()).isEqualTo(3);
        assertThat(read.on()).isEqualTo(LocalDate.of(2025, 3, 14));
    }

    @Test
    void an_unknown_field_is_named() {
        assertBad("{\"kind\":\"TOWN\",\"name\":\"a\",\"count\":1,\"on\":\"2025-03-14\",\"colour\":\"red\"}", "colour",
                "is not a field of this request");
        assertBad("{\"kind\":\"TOWN\",\"name\":\"a\",\"count\":1,\"on\":\"2025-03-14\",\"place\":{\"name\":\"x\","
                + "\"size\":2}}", "place.size", "is not a field of this request");
    }

    @Test
    void a_value_of_the_wrong_type_is_named() {
        assertBad("{\"kind\":\"TOWN\",\"name\":\"a\",\"count\":\"three\",\"on\":\"2025-03-14\"}", "count", "");
        assertBad("{\"kind\":\"TOWN\",\"name\":\"a\",\"count\":1.5,\"on\":\"2025-03-14\"}", "count", "");
        assertBad("{\"kind\":\"TOWN\",\"name\":\"a\",\"count\":1,\"on\":\"14/3/2025\"}", "on", "");
        assertBad("{\"kind\":\"TOWN\",\"name\":\"a\",\"count\":1,\"on\":\"2025-03-14\",\"tags\":\"x\"}", "tags", "");
        assertBad("{\"kind\":\"TOWN\",\"name\":{},\"count\":1,\"on\":\"2025-03-14\"}", "name", "");
        assertBad("{\"kind\":\"TOWN\",\"name\":\"a\",\"count\":null,\"on\":\"2025-03-14\"}", "count", "");
    }

    @Test
    void a_number_or_boolean_for_text_is_refused_not_turned_into_text() {
        assertBad("{\"kind\":\"TOWN\",\"name\":5,\"count\":1,\"on\":\"2025-03-14\"}", "name", "");
        assertBad("{\"kind\":\"TOWN\",\"name\":true,\"count\":1,\"on\":\"2025-03-14\"}", "name", "");
        assertBad("{\"kind\":\"TOWN\",\"name\":\"a\",\"count\":1,\"on\":\"2025-03-14\",\"tags\":[1]}", "tags[0]",
                "");
    }

    @Test
    void an_unknown_enum_constant_is_named_with_the_constants() {
        assertBad("{\"kind\":\"CITY\",\"name\":\"a\",\"count\":1,\"on\":\"2025-03-14\"}", "kind",
                "must be one of [TOWN, REGION]");
        assertBad("{\"kind\":\"town\",\"name\":\"a\",\"count\":1,\"on\":\"2025-03-14\"}", "kind", "must be one of");
        assertBad("{\"kind\":0,\"name\":\"a\",\"count\":1,\"on\":\"2025-03-14\"}", "kind", "");
        assertBad("{\"kind\":\"\",\"name\":\"a\",\"count\":1,\"on\":\"2025-03-14\"}", "kind", "");
    }

    @Test
    void nesting_deeper_than_32_is_refused() {
        StringBuilder deep = new StringBuilder("{\"kind\":\"TOWN\",\"name\":\"a\",\"count\":1,\"on\":\"2025-03-14\","
                + "\"place\":");
        int depth = ApiJson.MAX_NESTING_DEPTH + 1;
        deep.append("{\"name\":\"p\",\"within\":".repeat(depth)).append("null").append("}".repeat(depth + 1));
        ProblemException e = bad(deep.toString());
        assertThat(e.problem().errors()).hasSize(1);
        assertThat(e.problem().errors().get(0).field()).startsWith("place");

        StringBuilder allowed = new StringBuilder("{\"kind\":\"TOWN\",\"name\":\"a\",\"count\":1,"
                + "\"on\":\"2025-03-14\",\"place\":");
        int fits = ApiJson.MAX_NESTING_DEPTH - 2;
        allowed.append("{\"name\":\"p\",\"within\":".repeat(fits)).append("null").append("}".repeat(fits + 1));
        assertThat(body(allowed.toString()).place()).isNotNull();
    }

    @Test
    void trailing_tokens_are_refused() {
        assertBad(VALID + " {}", "body", "");
        assertBad(VALID + " x", "body", "");
        assertBad(VALID + "]", "body", "");
    }

    @Test
    void bytes_that_are_not_utf_8_are_refused() {
        byte[] latin1 = VALID.getBytes(StandardCharsets.ISO_8859_1);
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> exchange(latin1).body(
                SampleRequest.class));
        assertBody(e, "name", "could not be read");
        byte[] start = "{\"kind\":\"TOWN\",\"name\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] end = "\",\"count\":1,\"on\":\"2025-03-14\"}".getBytes(StandardCharsets.UTF_8);
        byte[] lone = new byte[start.length + 1 + end.length];
        System.arraycopy(start, 0, lone, 0, start.length);
        lone[start.length] = (byte) 0xFF;
        System.arraycopy(end, 0, lone, start.length + 1, end.length);
        e = catchThrowableOfType(ProblemException.class, () -> exchange(lone).body(SampleRequest.class));
        assertBody(e, "name", "could not be read");
        byte[] outside = "{\"kind\":\"TOWN\",\"name\":\"a\",\"count\":1,\"on\":\"2025-03-14\"}\u00a0"
                .getBytes(StandardCharsets.ISO_8859_1);
        e = catchThrowableOfType(ProblemException.class, () -> exchange(outside).body(SampleRequest.class));
        assertBody(e, "body", "UTF-8");
    }

    @Test
    void an_empty_or_null_body_is_refused() {
        assertBad("", "body", "is required");
        assertBad("null", "body", "is required");
        assertBad("[]", "body", "must be a JSON object");
        assertBad("\"text\"", "body", "must be a JSON object");
        assertBad("{", "body", "");
    }

    @Test
    void a_missing_primitive_is_refused_not_read_as_zero() {
        assertBad("{\"kind\":\"TOWN\",\"name\":\"a\",\"on\":\"2025-03-14\"}", "count", "");
    }

    @Test
    void each_broken_constraint_is_named() {
        ProblemException e = bad("{\"kind\":\"TOWN\",\"name\":\" \",\"count\":1,\"on\":\"2025-03-14\","
                + "\"tags\":[\"\"],\"place\":{\"name\":\"\"}}");
        assertThat(e.problem().errors()).extracting(Problem.FieldError::field)
                .containsExactly("name", "place.name", "tags[0].<list element>");
    }

    private static SampleRequest body(String json) {
        return exchange(json.getBytes(StandardCharsets.UTF_8)).body(SampleRequest.class);
    }

    private static ProblemException bad(String json) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> body(json));
        assertThat(e).as(json).isNotNull();
        assertThat(e.problem().status()).as(json).isEqualTo(400);
        return e;
    }

    private static void assertBad(String json, String field, String reason) {
        assertBody(bad(json), field, reason);
    }

    private static void assertBody(ProblemException e, String field, String reason) {
        assertThat(e).isNotNull();
        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.problem().errors()).as(e.getMessage()).hasSize(1);
        assertThat(e.problem().errors().get(0).field()).as(e.problem().toString()).isEqualTo(field);
        assertThat(e.problem().errors().get(0).reason() + " " + e.problem().detail()).as(e.problem().toString())
                .contains(reason);
    }

    private static Exchange exchange(byte[] body) {
        return new Exchange(ROUTE, Map.of(), Map.of(), body, null, null, TestApi.JSON, TestApi.VALIDATOR);
    }
}
