package se.omvarld.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.base.Ticker;
import io.javalin.Javalin;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.omvarld.testkit.memory.InMemoryPersistence;

/** The routes the running server registered are exactly the operations of the document it answers. */
class RegisteredRoutesTest {

    @Test
    void the_server_registers_exactly_the_routes_the_document_names() throws Exception {
        List<Route> routes = TestApi.routes();
        Authentication authentication = new Authentication(InMemoryPersistence.create().tokens(),
                Ticker.systemTicker());
        Javalin server = TestApi.api(routes, authentication).create().start(0);
        try {
            assertThat(server.port()).isPositive();
            Set<String> registered = new TreeSet<>(HttpApi.registered(server));
            assertThat(registered).hasSize(HttpApi.registered(server).size());

            Set<String> documented = new TreeSet<>();
            JsonNode paths = TestApi.JSON.readTree(TestApi.servedDocument(routes)).get("paths");
            paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                    documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));

            assertThat(registered).isEqualTo(documented);
            assertThat(registered).contains("GET /api/v1/municipalities/{code}/partnerships",
                    "POST /api/v1/municipalities/{code}/partnerships/{partnershipId}/activate", "GET /openapi.json", "GET /api/v1/municipalities/{code}/reports/annual/{year}");
        } finally {
            server.stop();
        }
    }
}
