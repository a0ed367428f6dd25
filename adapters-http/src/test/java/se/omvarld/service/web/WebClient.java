package se.omvarld.service.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A plain HTTP client of the web app for the security tests: it keeps its cookies like a browser, follows no
 * redirect by itself, reads a page's forms with jsoup, and posts them with or without their CSRF token.
 */
public final class WebClient {

    private final RunningWebApp app;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public WebClient(RunningWebApp app) {
        this.app = app;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(app.url(path))).GET().build());
    }

    /** Posts {@code fields} as a form, exactly as given (add the token with {@link #csrfOf} to pass the check). */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts {@code fields} as a browser posts a form shown on {@code page}, which it names in {@code Referer}. */
    public HttpResponse<String> postFrom(String page, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", app.url(page))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Posts {@code fields} and one file ({@code fileField}, named {@code fileName}) as {@code multipart/form-data}, as
     * a browser uploads a file.
     */
    public HttpResponse<String> postFile(String path, Map<String, String> fields, String fileField, String fileName,
            byte[] content) {
        String boundary = "omvarld-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A file the app answers, as bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(app.url(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CSRF token a page's forms carry. */
    public static String csrfOf(HttpResponse<String> page) {
        Element field = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]");
        if (field == null) {
            throw new AssertionError("the page has no CSRF field: " + page.body());
        }
        return field.attr("value");
    }

    public static Document html(HttpResponse<String> page) {
        return Jsoup.parse(page.body());
    }

    /** Signs {@code user} in: reads the sign-in form, posts it with its token; the answer is the redirect. */
    public HttpResponse<String> signIn(RunningWebApp.User user) {
        HttpResponse<String> form = get("/app/sign-in");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrfOf(form));
        fields.put("email", user.email());
        fields.put("password", user.password());
        return post("/app/sign-in", fields);
    }

    /** The session cookie's value as this client holds it, or null. */
    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("omvarld_session"))
                .map(c -> c.getValue()).findFirst().orElse(null);
    }
}
