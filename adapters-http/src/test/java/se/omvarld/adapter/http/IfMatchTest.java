package se.omvarld.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.base.Ticker;
import io.javalin.Javalin;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.omvarld.testkit.memory.InMemoryPersistence;

/**
 * A change to a record that exists needs the record's ETag in If-Match: none is a 428, anything but one strong
 * ETag is a 412, and the endpoint sees the version the ETag names. Spoken over HTTP to a running server.
 */
class IfMatchTest {

    record RenameRequest(@NotBlank String name) {
    }

    record ThingView(String id, String name, long version) {
    }

    private static Javalin server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Route rename = Route.put("/things/{thingId}").operation("renameThing", "Rename a thing").tag("Things")
                .access(Access.PUBLIC).ifMatch().body(RenameRequest.class).returns(ThingView.class)
                .handle(x -> {
                    long version = x.expectedVersion();
                    return Reply.ok(new ThingView(x.path("thingId"), x.body(RenameRequest.class).name(),
                            version + 1), version + 1);
                });
        Route read = Route.get("/things/{thingId}").operation("getThing", "Read a thing").tag("Things")
                .access(Access.PUBLIC).returns(ThingView.class)
                .handle(x -> Reply.ok(new ThingView(x.path("thingId"), "first", 3), 3));
        server = TestApi.api(List.of(rename, read), new Authentication(InMemoryPersistence.create().tokens(),
                Ticker.systemTicker())).create().start(0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static final String THING = "/things/0f8fad5b-d9cb-469f-a165-70867728950e";

    @Test
    void the_etag_read_is_the_one_a_change_sends_back() throws Exception {
        HttpResponse<String> read = send(HttpRequest.newBuilder(uri(THING)).GET());
        assertThat(read.statusCode()).isEqualTo(200);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"3\"");

        HttpResponse<String> changed = rename(etag);

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).contains("\"4\"");
        JsonNode body = TestApi.JSON.readTree(changed.body());
        assertThat(body.get("version").asLong()).isEqualTo(4);
        assertThat(body.get("name").asText()).isEqualTo("second");
    }

    @Test
    void a_change_without_if_match_is_428() throws Exception {
        HttpResponse<String> response = rename(null);
        assertProblem(response, 428);
        assertProblem(rename(" "), 428);
    }

    @Test
    void anything_but_one_strong_etag_is_412() throws Exception {
        for (String ifMatch : List.of("*", "W/\"3\"", "3", "\"3\", \"4\"", "\"-1\"", "\"03\"", "\"abc\"",
                "\"99999999999999999999\"", "\"3")) {
            assertProblem(rename(ifMatch), 412);
        }
    }

    @Test
    void a_route_that_changes_nothing_ignores_if_match() throws Exception {
        HttpResponse<String> read = send(HttpRequest.newBuilder(uri(THING)).header("If-Match", "garbage").GET());
        assertThat(read.statusCode()).isEqualTo(200);
    }

    @Test
    void the_body_is_still_checked_after_if_match() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(THING)).header("If-Match", "\"3\"")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"\"}")));
        JsonNode problem = assertProblem(response, 400);
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("name");
    }

    private static HttpResponse<String> rename(String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(THING)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"second\"}"));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith(Problem.CONTENT_TYPE));
        JsonNode problem = TestApi.JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("instance").asText()).isEqualTo(THING);
        assertThat(problem.hasNonNull("requestId")).isTrue();
        return problem;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }
}
