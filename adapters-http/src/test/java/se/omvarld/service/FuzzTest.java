package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.omvarld.adapter.http.HttpApi;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.shared.MunicipalityCode;

/**
 * Sends ten thousand malformed or random requests across every documented route — bodies made from the schemas and
 * then broken (wrong types, unknown fields, huge and deeply nested JSON, bad UTF-8, cut short), bad paths, methods,
 * queries and headers — over a raw socket, so that nothing a client library would refuse to send is left out. No
 * answer may be a 5xx; every error must be a problem without a stack trace; and the stored register must be exactly
 * as it was. The generator is seeded: a failure names the seed and the request, and repeats.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzTest {

    private static final int REQUESTS = 10_000;
    private static final long SEED = Long.getLong("fuzz.seed", 20261129L);
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunningService running;
    private JsonNode document;
    private List<String[]> operations;
    private String admin;
    private String viewer;

    @BeforeAll
    void start() throws IOException {
        running = RunningService.start(RunningService.Store.H2);
        admin = running.service().firstAdminTokens().get(RunningService.LIDKOPING);
        viewer = running.token(RunningService.LIDKOPING, Role.VIEWER, Optional.empty());
        document = JSON.readTree(ApiClient.raw("GET", "http://127.0.0.1:" + running.service().port()
                + "/openapi.json", null, Map.of()).body());
        operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                operations.add(new String[] {methods.next().toUpperCase(java.util.Locale.ROOT), path.getKey()});
            }
        }
    }

    @AfterAll
    void stop() {
        running.close();
    }

    @Test
    void ten_thousand_malformed_requests_get_problems_and_change_nothing() throws IOException {
        Map<MunicipalityCode, Long> before = registerVersions();
        int tokensBefore = running.service().database().persistence().tokens().of(RunningService.LIDKOPING).size();
        Random random = new Random(SEED);
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();

        for (int i = 0; i < REQUESTS; i++) {
            String[] operation = operations.get(random.nextInt(operations.size()));
            byte[] request = request(random, operation[0], operation[1]);
            Optional<Answer> answered = send(request, body(request).length);
            if (answered.isEmpty()) {
                statuses.merge(413, 1, Integer::sum);
                continue;
            }
            Answer answer = answered.get();
            statuses.merge(answer.status, 1, Integer::sum);
            String described = "seed " + SEED + ", request " + i + ":\n" + new String(request, 0,
                    Math.min(request.length, 600), StandardCharsets.UTF_8) + "\n→ " + answer.status + " "
                    + answer.body.substring(0, Math.min(answer.body.length(), 400));
            assertThat(answer.status).as(described).isBetween(200, 499);
            if (answer.status >= 400) {
                assertThat(answer.contentType).as(described).startsWith("application/problem+json");
                assertThat(JSON.readTree(answer.body).get("status").asInt()).as(described).isEqualTo(answer.status);
            }
            if (answer.contentType.contains("json")) {
                assertThat(answer.body).as(described).doesNotContain("Exception").doesNotContain("\tat ");
            }
        }

        assertThat(registerVersions()).as("the stored register after %s requests: %s", REQUESTS, statuses)
                .isEqualTo(before);
        assertThat(running.service().database().persistence().tokens().of(RunningService.LIDKOPING))
                .hasSize(tokensBefore);
        assertThat(statuses.keySet()).as("the answers' statuses").contains(400, 401, 404);
    }

    private Map<MunicipalityCode, Long> registerVersions() {
        Map<MunicipalityCode, Long> versions = new LinkedHashMap<>();
        for (Municipality m : running.service().ports().municipalities().all()) {
            versions.put(m.code(), running.service().ports().municipalities().registerVersion(m.code()));
        }
        return versions;
    }

    /** One request for the route, broken in one or more ways; a change is always broken so it cannot succeed. */
    private byte[] request(Random random, String method, String template) {
        boolean changes = !method.equals("GET");
        String path = path(random, template);
        if (random.nextInt(10) == 0) {
            method = pick(random, "GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "FOO");
        }
        if (random.nextInt(4) == 0) {
            path += "?" + pick(random, "limit=0", "limit=-1", "limit=99999999999999999999", "offset=abc",
                    "status=NOPE", "sort=", "a=1&a=2", "limit=10&limit=20", "%zz=1", "country=%C3%28", "x=" + "9".repeat(5000),
                    "limit=50", "offset=0", "kind=TWIN_TOWN");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "127.0.0.1");
        headers.put("Connection", "close");
        switch (random.nextInt(6)) {
            case 0 -> { }
            case 1 -> headers.put("Authorization", "Bearer " + viewer);
            case 2 -> headers.put("Authorization", pick(random, "Bearer", "Bearer omv_xyz", "Basic YWRtaW46YWRtaW4=",
                    "Bearer " + "a".repeat(4000), "bearer " + admin.toUpperCase(java.util.Locale.ROOT)));
            default -> headers.put("Authorization", "Bearer " + admin);
        }
        if (random.nextInt(8) == 0) {
            headers.put("Accept", pick(random, "text/html", "application/xml", "*/*", "application/json;q=0",
                    "image/*"));
        }
        if (random.nextInt(6) == 0) {
            headers.put("If-Match", pick(random, "\"1\"", "*", "W/\"1\"", "\"-1\"", "garbage", "\"99999999999999999999\"",
                    "\"0\""));
        }
        byte[] body = new byte[0];
        if (changes || random.nextInt(10) == 0) {
            body = body(random, method, template, changes);
            headers.put("Content-Type", random.nextInt(8) == 0 ? pick(random, "text/plain", "application/xml",
                    "application/json; charset=latin1", "multipart/form-data") : "application/json");
        }
        if (random.nextInt(30) == 0) {
            headers.put("X-Request-Id", pick(random, "ok-id", "<script>", "é".repeat(100)));
        }
        headers.put("Content-Length", Integer.toString(body.length));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((method + " " + path + " HTTP/1.1\r\n").getBytes(StandardCharsets.ISO_8859_1));
        headers.forEach((k, v) -> out.writeBytes((k + ": " + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static String path(Random random, String template) {
        String path = template.replace("{code}", random.nextInt(5) == 0 ? pick(random, "0138", "9999", "14944", "abcd",
                "%00", "..", "1494%2F..") : "1494");
        while (path.contains("{")) {
            int start = path.indexOf('{');
            int end = path.indexOf('}', start);
            path = path.substring(0, start) + pick(random, java.util.UUID.randomUUID().toString(), "not-a-uuid",
                    "%C3%28", "%zz", "x".repeat(3000), "00000000-0000-0000-0000-000000000000", "%2e%2e")
                    + path.substring(end + 1);
        }
        if (random.nextInt(12) == 0) {
            path = pick(random, path + "/extra", path + "//", "/api/v2" + path, path.toUpperCase(java.util.Locale.ROOT),
                    path + "%", "/%C0%AF" + path, path + ";jsessionid=1");
        }
        return path;
    }

    /** A body for a change, always broken; for a read, a body it does not take. */
    private byte[] body(Random random, String method, String template, boolean changes) {
        JsonNode schema = requestSchema(method, template);
        Object valid = schema == null ? Map.of("x", 1) : sample(random, schema, 0);
        switch (random.nextInt(9)) {
            case 0:
                return "{\"a\": [".repeat(0).concat("[".repeat(5000)).getBytes(StandardCharsets.UTF_8);
            case 1:
                return new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
            case 2:
                return ("{\"name\": \"" + "å".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
            case 3:
                byte[] noise = new byte[random.nextInt(200)];
                random.nextBytes(noise);
                return noise;
            case 4:
                String text = ApiClient.write(valid);
                return text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8);
            case 5:
                return ApiClient.write(wrongTypes(random, valid)).getBytes(StandardCharsets.UTF_8);
            case 6:
                return "null".getBytes(StandardCharsets.UTF_8);
            default:
                Object broken = valid instanceof Map<?, ?> map ? withUnknownField(map) : List.of(valid);
                return ApiClient.write(broken).getBytes(StandardCharsets.UTF_8);
        }
    }

    private static Map<Object, Object> withUnknownField(Map<?, ?> map) {
        Map<Object, Object> copy = new LinkedHashMap<>(map);
        copy.put("fuzzUnknownField", 1);
        return copy;
    }

    private Object wrongTypes(Random random, Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, random.nextBoolean() ? wrongTypes(random, v) : v));
            copy.put("fuzzUnknownField", pick(random, "1", "[]"));
            return copy;
        }
        if (value instanceof String) {
            return pick(random, 42, true, List.of("x"), Map.of("a", 1));
        }
        if (value instanceof Number) {
            return pick(random, "12", 1.5e300, List.of(), false);
        }
        return pick(random, "text", 7, Map.of());
    }

    private JsonNode requestSchema(String method, String template) {
        JsonNode op = document.path("paths").path(template).path(method.toLowerCase(java.util.Locale.ROOT));
        JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? null : resolve(schema);
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            return document.path("components").path("schemas").path(name);
        }
        return schema;
    }

    private Object sample(Random random, JsonNode schema, int depth) {
        schema = resolve(schema);
        String type = schema.path("type").asText("object");
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size())).asText();
        }
        switch (type) {
            case "object": {
                Map<String, Object> object = new LinkedHashMap<>();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(p ->
                            object.put(p.getKey(), sample(random, p.getValue(), depth + 1)));
                }
                return object;
            }
            case "array":
                return depth < 4 ? List.of(sample(random, schema.path("items"), depth + 1)) : List.of();
            case "integer":
                return random.nextInt(1000);
            case "boolean":
                return random.nextBoolean();
            default:
                if ("date".equals(schema.path("format").asText())) {
                    return "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
                }
                return pick(random, "Lidköping", "", "x".repeat(300), "SE", "1494", "SEK", "100.00");
        }
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private record Answer(int status, String contentType, String body) {
    }

    private static byte[] body(byte[] request) {
        String text = new String(request, StandardCharsets.ISO_8859_1);
        return java.util.Arrays.copyOfRange(request, text.indexOf("\r\n\r\n") + 4, request.length);
    }

    /**
     * The answer, or empty when the server closed the connection on a body larger than it reads: it answers 413
     * (or ignores a body the route does not take) and closes without reading the rest, which can reset the
     * connection before the client reads the answer. Any other reset is a failure.
     */
    private Optional<Answer> send(byte[] request, int bodyLength) throws IOException {
        try {
            return Optional.of(send(request));
        } catch (java.net.SocketException reset) {
            assertThat((long) bodyLength).as("a connection reset on a request with a %s-byte body:\n%s", bodyLength,
                    new String(request, 0, Math.min(request.length, 600), StandardCharsets.UTF_8))
                    .isGreaterThan(HttpApi.MAX_BODY / 4);
            return Optional.empty();
        }
    }

    private Answer send(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", running.service().port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException closedEarly) {
                // The server may answer and close before reading a body it refuses (413): read its answer.
            }
            InputStream in = socket.getInputStream();
            byte[] response = in.readAllBytes();
            String whole = new String(response, StandardCharsets.ISO_8859_1);
            int headerEnd = whole.indexOf("\r\n\r\n");
            assertThat(headerEnd).as("an HTTP answer to:\n%s", new String(request, 0, Math.min(request.length, 300),
                    StandardCharsets.UTF_8)).isPositive();
            String[] head = whole.substring(0, headerEnd).split("\r\n");
            int status = Integer.parseInt(head[0].split(" ")[1]);
            String contentType = "";
            boolean chunked = false;
            for (String h : head) {
                String lower = h.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    contentType = h.substring(13).trim();
                }
                if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            byte[] body = java.util.Arrays.copyOfRange(response, headerEnd + 4, response.length);
            return new Answer(status, contentType, new String(chunked ? ApiClient.unchunk(body) : body,
                    StandardCharsets.UTF_8));
        }
    }
}
