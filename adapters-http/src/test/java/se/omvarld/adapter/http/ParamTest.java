package se.omvarld.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A parameter accepts exactly the values its definition names, and the document says the same. */
class ParamTest {

    private enum Colour { RED, GREEN }

    @Test
    void text_must_match_its_whole_pattern() {
        Param country = Param.text("country", "[A-Z]{2}", "A country.");
        assertThat(country.fault("SE")).isEmpty();
        assertThat(country.fault("se")).contains("must match [A-Z]{2}");
        assertThat(country.fault("SEX")).isPresent();
        assertThat(country.fault("")).isPresent();
    }

    @Test
    void an_integer_is_a_whole_number_within_its_bounds() {
        assertThat(PathParams.LIMIT.fault("1")).isEmpty();
        assertThat(PathParams.LIMIT.fault("100")).isEmpty();
        assertThat(PathParams.LIMIT.fault("101")).contains("must be from 1 to 100");
        assertThat(PathParams.LIMIT.fault("0")).contains("must be from 1 to 100");
        assertThat(PathParams.OFFSET.fault("-1")).contains("must be from 0 to 1000000");
        for (String bad : List.of("", "abc", "1.5", "1e3", "+5", " 5", "0x10", "9999999999999999999",
                "-99999999999999999999")) {
            assertThat(PathParams.OFFSET.fault(bad)).as("'%s'", bad)
                    .contains("must be a whole number from 0 to 1000000");
        }
    }

    @Test
    void an_enum_is_one_of_its_constants_by_exact_name() {
        Param colour = Param.oneOf("colour", Colour.class, "A colour.");
        assertThat(colour.values()).containsExactly("RED", "GREEN");
        assertThat(colour.fault("RED")).isEmpty();
        assertThat(colour.fault("red")).contains("must be one of [RED, GREEN]");
        assertThat(colour.fault("")).isPresent();
    }

    @Test
    void the_standard_path_parameters_are_a_municipality_code_and_uuids() {
        assertThat(PathParams.standard("code")).isSameAs(PathParams.CODE);
        assertThat(PathParams.CODE.fault("1494")).isEmpty();
        assertThat(PathParams.CODE.fault("149")).isPresent();
        Param id = PathParams.standard("partnershipId");
        assertThat(id.fault("0f8fad5b-d9cb-469f-a165-70867728950e")).isEmpty();
        assertThat(id.fault("0f8fad5b-d9cb-469f-a165-70867728950")).isPresent();
        assertThat(id.fault("../etc")).isPresent();
    }

    /**
     * The document's pattern is a JSON Schema pattern, which matches anywhere in the value; it must accept exactly
     * the values the parameter accepts, alternatives included.
     */
    @Test
    void the_document_pattern_accepts_exactly_what_the_parameter_accepts() {
        Param either = Param.text("either", "ab|cd", "One of two.");
        Route route = Route.get("/things").operation("listThings", "List the things").tag("Things")
                .access(Access.PUBLIC).returnsList(Thing.class).query(either).query(PathParams.LIMIT)
                .handle(x -> Reply.ok(List.of()));
        JsonNode parameters = TestApi.JSON.valueToTree(OpenApiDocument.of("1", "http://localhost", List.of(route)))
                .at("/paths/~1things/get/parameters");
        JsonNode schema = parameters.get(0).get("schema");
        Pattern documented = Pattern.compile(schema.get("pattern").asText());
        for (String value : List.of("ab", "cd", "abd", "xcd", "abcd", "a", "")) {
            assertThat(documented.matcher(value).find()).as("'%s' by %s", value, documented)
                    .isEqualTo(either.fault(value).isEmpty());
        }
        JsonNode limit = parameters.get(1);
        assertThat(limit.get("in").asText()).isEqualTo("query");
        assertThat(limit.get("required").asBoolean()).isFalse();
        assertThat(limit.at("/schema/minimum").asLong()).isEqualTo(1);
        assertThat(limit.at("/schema/maximum").asLong()).isEqualTo(100);
    }

    record Thing(String name) {
    }
}
