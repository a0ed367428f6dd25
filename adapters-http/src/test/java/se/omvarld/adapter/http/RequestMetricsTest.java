package se.omvarld.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.shared.MunicipalityCode;

/** The request log's line: one JSON object per request, whatever its values hold. */
class RequestMetricsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROUTE = "/api/v1/municipalities/{code}/partnerships/{partnershipId}";
    private static final Caller CALLER = new Caller("token-7", MunicipalityCode.of("1494"), Role.COORDINATOR,
            Optional.empty(), "Anna Berg");

    private static JsonNode line(String requestId, double millis, Caller caller) throws Exception {
        return JSON.readTree(RequestMetrics.line(requestId, "GET", ROUTE, 200, millis, caller));
    }

    @Test
    void a_line_names_the_request_its_route_status_time_and_caller() throws Exception {
        Instant before = Instant.now();

        JsonNode line = line("req-1", 12.345, CALLER);

        assertThat(Instant.parse(line.get("time").asText())).isBetween(before, Instant.now());
        assertThat(line.get("requestId").asText()).isEqualTo("req-1");
        assertThat(line.get("method").asText()).isEqualTo("GET");
        assertThat(line.get("route").asText()).isEqualTo(ROUTE);
        assertThat(line.get("status").asInt()).isEqualTo(200);
        assertThat(line.get("municipality").asText()).isEqualTo("1494");
        assertThat(line.get("token").asText()).isEqualTo("token-7");
    }

    @Test
    void the_milliseconds_are_a_number_rounded_to_hundredths_written_as_before() throws Exception {
        for (double millis : List.of(0.0, 0.004, 0.07, 0.5, 3.0, 12.3, 12.05, 12.345, 999.999, 61_234.5)) {
            double rounded = Math.round(millis * 100) / 100.0;

            JsonNode ms = line("req-1", millis, CALLER).get("ms");

            assertThat(ms.isNumber()).as("%s", millis).isTrue();
            assertThat(ms.asDouble()).as("%s", millis).isEqualTo(rounded);
            assertThat(ms.toString()).as("%s", millis).isEqualTo(Double.toString(rounded));
        }
    }

    @Test
    void quotes_backslashes_and_control_characters_in_a_value_are_escaped() throws Exception {
        String odd = "a\"b\\c\nd\u0001e";

        assertThat(line(odd, 1, CALLER).get("requestId").asText()).isEqualTo(odd);
    }

    @Test
    void a_request_without_a_valid_token_names_no_municipality_or_token() throws Exception {
        JsonNode line = line("req-1", 1, null);

        assertThat(line.has("municipality")).isFalse();
        assertThat(line.has("token")).isFalse();
        assertThat(line.get("status").asInt()).isEqualTo(200);
    }
}
