package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls the running service over HTTP, as a client would, and checks every exchange against the service's own
 * OpenAPI document: a well-formed request and its answer both (a 2xx answer to a request the document forbids is a
 * failure too), or, for requests that are meant to be malformed, the answer alone.
 */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;
    private final OpenApiInteractionValidator validator;
    private final boolean checkRequests;

    private ApiClient(String base, String token, OpenApiInteractionValidator validator, boolean checkRequests) {
        this.base = base;
        this.token = token;
        this.validator = validator;
        this.checkRequests = checkRequests;
    }

    static ApiClient of(int port) {
        String base = "http://127.0.0.1:" + port;
        String document = raw("GET", base + "/openapi.json", null, Map.of()).body();
        return new ApiClient(base, null, OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .build(), true);
    }

    ApiClient withToken(String token) {
        return new ApiClient(base, token, validator, checkRequests);
    }

    /** This client, checking only the answers: for requests that are meant to break the document. */
    ApiClient answersOnly() {
        return new ApiClient(base, token, validator, false);
    }

    /** An answer: its status, headers and body (parsed when it is JSON). */
    record Answer(int status, Map<String, String> headers, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text(), e);
            }
        }

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        String etag() {
            return header("ETag");
        }
    }

    Answer get(String path) {
        return send("GET", path, null, Map.of());
    }

    Answer post(String path, Object body) {
        return send("POST", path, body, Map.of());
    }

    Answer post(String path, Object body, String ifMatch) {
        return send("POST", path, body, Map.of("If-Match", ifMatch));
    }

    Answer put(String path, Object body, String ifMatch) {
        return send("PUT", path, body, Map.of("If-Match", ifMatch));
    }

    /**
     * A file sent as the raw body of a PUT, with {@code contentType} unless null. Only the answer is checked against
     * the document: the validator reads a request's body as text.
     */
    Answer putFile(String path, String contentType, byte[] file) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(file));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            Answer answer = new Answer(response.statusCode(), headersOf(response), response.body());
            answersOnly().check("PUT", path, null, Map.of(), answer);
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer send(String method, String path, Object body, Map<String, String> headers) {
        String text = body == null ? null : body instanceof String s ? s : write(body);
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (token != null) {
            all.putIfAbsent("Authorization", "Bearer " + token);
        }
        if (text != null) {
            all.putIfAbsent("Content-Type", "application/json");
        }
        Answer answer;
        if (text != null && text.getBytes(StandardCharsets.UTF_8).length > se.omvarld.adapter.http.HttpApi.MAX_BODY) {
            answer = oversized(method, base + path, text, all);
        } else {
            HttpResponse<byte[]> response = rawBytes(method, base + path, text, all);
            answer = new Answer(response.statusCode(), headersOf(response), response.body());
        }
        check(method, path, text, all, answer);
        return answer;
    }

    private void check(String method, String path, String body, Map<String, String> headers, Answer answer) {
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status()).withBody(answer.text());
        answer.headers().forEach(response::withHeader);
        ValidationReport report;
        if (checkRequests) {
            SimpleRequest.Builder request = new SimpleRequest.Builder(method, pathOnly);
            headers.forEach(request::withHeader);
            if (body != null) {
                request.withBody(body);
            }
            if (path.contains("?")) {
                for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
                    String[] kv = pair.split("=", 2);
                    request.withQueryParam(kv[0], kv.length > 1 ? java.net.URLDecoder.decode(kv[1],
                            StandardCharsets.UTF_8) : "");
                }
            }
            report = validator.validate(request.build(), response.build());
        } else {
            report = validator.validateResponse(pathOnly, Request.Method.valueOf(method), response.build());
        }
        assertThat(report.getMessages().stream().filter(m -> checkRequests
                || !m.getKey().startsWith("validation.request")).toList()).as("%s %s answered %s %s: the exchange must match /openapi.json", method,
                path, answer.status(), answer.text()).isEmpty();
        if (answer.status() >= 400) {
            assertThat(answer.header("Content-Type")).as("%s %s: an error is a problem", method, path)
                    .startsWith("application/problem+json");
            assertThat(answer.text()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    private static Map<String, String> headersOf(HttpResponse<?> response) {
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
        return headers;
    }

    /**
     * A body larger than the server reads, sent as a careful client sends it: the headers with
     * {@code Expect: 100-continue}, the body only if the server asks for it. The server answers 413 to the headers
     * and closes the connection; java.net.http's client, even waiting for 100 Continue, now and then lost that answer
     * to the close ("header parser received no bytes").
     */
    private static Answer oversized(String method, String url, String body, Map<String, String> headers) {
        URI uri = URI.create(url);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(uri.getRawPath())
                    .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Content-Length: ").append(bytes.length)
                    .append("\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = readHead(in);
            if (status.startsWith("HTTP/1.1 100")) {
                try {
                    out.write(bytes);
                    out.flush();
                } catch (IOException closedEarly) {
                    // Asked for the body, the server may still refuse it part way (413) and close: read its answer.
                }
                status = readHead(in);
            }
            String[] lines = status.split("\r\n");
            Map<String, String> answerHeaders = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                answerHeaders.put(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            byte[] rest = in.readAllBytes();
            if ("chunked".equalsIgnoreCase(answerHeaders.get("transfer-encoding"))) {
                rest = unchunk(rest);
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), answerHeaders, rest);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The status line and headers of one answer, up to the blank line. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed before an answer's head: " + head);
            }
            head.append((char) b);
        }
        return head.substring(0, head.length() - 4);
    }

    /** The body of a chunked answer ({@code Transfer-Encoding: chunked}), its chunks joined. */
    static byte[] unchunk(byte[] chunked) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String text = new String(chunked, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at < text.length()) {
            int lineEnd = text.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    static HttpResponse<String> raw(String method, String url, String body, Map<String, String> headers) {
        return sent(method, url, body, headers, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<byte[]> rawBytes(String method, String url, String body, Map<String, String> headers) {
        return sent(method, url, body, headers, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> sent(String method, String url, String body, Map<String, String> headers,
            HttpResponse.BodyHandler<T> handler) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            return HttpClient.newHttpClient().send(request.build(), handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
