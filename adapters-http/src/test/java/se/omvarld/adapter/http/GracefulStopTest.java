package se.omvarld.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Ticker;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.omvarld.testkit.memory.InMemoryPersistence;

/** Stopping the server lets a request in flight finish and answer, and takes no new ones. */
class GracefulStopTest {

    record Done(String status) {
    }

    @Test
    void a_request_in_flight_when_the_server_stops_still_gets_its_answer() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Route slow = Route.get("/slow").operation("slow", "Answer when released").tag("Test").access(Access.PUBLIC)
                .returns(Done.class).handle(x -> {
                    started.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Reply.ok(new Done("finished"), 1);
                });
        Javalin server = TestApi.api(List.of(slow), new Authentication(InMemoryPersistence.create().tokens(),
                Ticker.systemTicker())).create().start(0);
        CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/slow")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
        while (!server.jettyServer().server().isStopping() && !stopping.isDone()) {
            Thread.onSpinWait();
        }
        release.countDown();

        HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("finished");
        stopping.get(30, TimeUnit.SECONDS);
    }
}
