package se.omvarld.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Ticker;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.omvarld.testkit.memory.InMemoryPersistence;

/** A real fault is a 500 problem that names the request id and shows nothing of the fault itself. */
class FaultTest {

    record Never(String value) {
    }

    @Test
    void a_fault_is_a_500_problem_with_the_request_id_and_no_stack_trace() throws Exception {
        Route broken = Route.get("/broken").operation("broken", "Fail").tag("Test").access(Access.PUBLIC)
                .returns(Never.class).handle(x -> {
                    throw new IllegalStateException("secret detail of the fault");
                });
        Javalin server = TestApi.api(List.of(broken), new Authentication(InMemoryPersistence.create().tokens(),
                Ticker.systemTicker())).create().start(0);
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/broken")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(500);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith(Problem.CONTENT_TYPE));
            String requestId = answer.headers().firstValue(HttpApi.REQUEST_ID).orElseThrow();
            assertThat(TestApi.JSON.readTree(answer.body()).get("requestId").asText()).isEqualTo(requestId);
            assertThat(answer.body()).doesNotContain("secret detail").doesNotContain("IllegalStateException")
                    .doesNotContain("\tat ");
        } finally {
            server.stop();
        }
    }
}
