package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.omvarld.application.demo.LidkopingRegister;

/** The web app's defences, seen over plain HTTP: CSRF, the session cookie, tenancy, escaping and the headers. */
class WebSecurityTest {

    @RegisterExtension
    static final RunningWebApp app = RunningWebApp.withoutBrowser();

    @Test
    void a_form_posted_without_its_csrf_token_is_refused_with_a_403_page_and_nothing_changes() {
        WebClient client = new WebClient(app);
        client.get("/app/sign-in");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("email", RunningWebApp.COORDINATOR.email());
        fields.put("password", RunningWebApp.COORDINATOR.password());

        HttpResponse<String> answer = client.post("/app/sign-in", fields);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/html"));
        assertThat(client.get("/app/").statusCode()).as("still not signed in").isEqualTo(303);
    }

    @Test
    void a_form_posted_with_another_sessions_token_is_refused() {
        WebClient attacker = new WebClient(app);
        String attackersToken = WebClient.csrfOf(attacker.get("/app/sign-in"));
        WebClient victim = new WebClient(app);
        victim.signIn(RunningWebApp.COORDINATOR);

        HttpResponse<String> answer = victim.post("/app/sign-out", Map.of("_csrf", attackersToken));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(victim.get("/app/").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void the_token_is_also_accepted_in_the_header_htmx_sends() {
        WebClient client = new WebClient(app);
        client.signIn(RunningWebApp.COORDINATOR);
        String token = WebClient.csrfOf(client.get("/app/"));

        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(app.url("/app/sign-out")))
                .header("X-CSRF-Token", token).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build());

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(client.get("/app/").statusCode()).as("signed out").isEqualTo(303);
    }

    @Test
    void the_session_cookie_is_http_only_same_site_and_scoped_to_the_app() {
        WebClient client = new WebClient(app);

        String cookie = client.get("/app/sign-in").headers().firstValue("Set-Cookie").orElseThrow();

        assertThat(cookie).startsWith("omvarld_session=").contains("Path=/app").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
    }

    @Test
    void signing_in_gives_the_session_a_new_id() {
        WebClient client = new WebClient(app);
        client.get("/app/sign-in");
        String before = client.sessionCookie();

        HttpResponse<String> answer = client.signIn(RunningWebApp.COORDINATOR);

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/app/");
        assertThat(client.sessionCookie()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void another_municipalitys_record_is_a_404_page_not_a_hint_that_it_exists() {
        WebClient client = new WebClient(app);
        client.signIn(RunningWebApp.TYRESO_COORDINATOR);

        HttpResponse<String> answer = client.get("/app/projects/" + LidkopingRegister.JOB_SHADOWING);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(WebClient.html(answer).select("h1").text()).isEqualTo("Sidan finns inte");
    }

    @Test
    void a_script_typed_into_the_sign_in_form_comes_back_as_text() {
        WebClient client = new WebClient(app);
        String token = WebClient.csrfOf(client.get("/app/sign-in"));
        String script = "<script>alert('x')</script>@lidkoping.se";

        HttpResponse<String> answer = client.post("/app/sign-in", Map.of("_csrf", token, "email", script,
                "password", "wrong"));

        Document page = WebClient.html(answer);
        assertThat(page.select("script").stream().map(s -> s.attr("src")).toList())
                .as("only the page's own scripts").allMatch(src -> src.startsWith("/webjars/"));
        assertThat(page.getElementById("f-email").attr("value")).isEqualTo(script);
        assertThat(answer.body()).doesNotContain("<script>alert");
    }

    @Test
    void every_web_page_and_error_page_carries_the_security_headers() {
        WebClient client = new WebClient(app);
        for (HttpResponse<String> answer : List.of(client.get("/app/sign-in"), client.get("/app/no-such-page"),
                client.get("/app/static/omvarld.css"), client.get("/webjars/htmx.org/2.0.10/dist/htmx.min.js"))) {
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(answer.uri().toString())
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'")
                            .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }

    @Test
    void the_apis_errors_stay_problem_documents() {
        WebClient client = new WebClient(app);

        HttpResponse<String> answer = client.get("/no-such-route");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }
}
