package se.omvarld.adapter.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Ticker;
import com.google.common.collect.ImmutableList;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.omvarld.adapter.http.Authentication;
import se.omvarld.adapter.http.HttpApi;
import se.omvarld.adapter.http.TestApi;
import se.omvarld.application.Result;
import se.omvarld.domain.policy.Refusal;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.shared.Wording;
import se.omvarld.testkit.memory.InMemoryPersistence;

/** The web app's own answers, over in-memory ports: error pages, refusals shown in words, the browser's language. */
class WebAppTest {

    private static final String REASON = "the executive board has not approved <b>the application</b>";
    private static Javalin server;

    @BeforeAll
    static void start() {
        InMemoryPersistence persistence = InMemoryPersistence.create();
        WebRoutes test = router -> router
                .publicGet("/broken", x -> {
                    throw new IllegalStateException("secret detail of the fault");
                })
                .publicGet("/refused", x -> x.render(409, "signin.jte", x.page("signin.title", Page.Section.NONE),
                        new SignInPages.SignInView(Form.empty().failed(new Result.Refused<>(ImmutableList.of(
                                Refusal.by(RuleId.R7, Wording.unkeyed(REASON)),
                                Refusal.lifecycle(Wording.unkeyed("the project is closed")))), x.m()), "")))
                .publicPost("/only-posted", x -> x.redirect("/"))
                .get("/private", x -> x.redirect("/"));
        WebApp web = new WebApp(WebSettings.defaults(URI.create("http://localhost")), TestApi.services(persistence),
                persistence.accounts(), Ticker.systemTicker(), List.of(test));
        server = TestApi.api(List.of(), new Authentication(persistence.tokens(), Ticker.systemTicker()))
                .create(List.of(web)).start(0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void a_fault_is_a_500_page_with_the_request_id_and_nothing_of_the_fault() throws Exception {
        HttpResponse<String> answer = get("/app/broken", "sv");

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        String requestId = answer.headers().firstValue(HttpApi.REQUEST_ID).orElseThrow();
        assertThat(Jsoup.parse(answer.body()).select("main code").text()).isEqualTo(requestId);
        assertThat(answer.body()).doesNotContain("secret detail").doesNotContain("IllegalStateException");
    }

    @Test
    void a_refusal_shows_its_rule_and_the_policys_sentence_and_its_reason_as_text() throws Exception {
        HttpResponse<String> answer = get("/app/refused", "sv");

        assertThat(answer.statusCode()).isEqualTo(409);
        Element summary = Jsoup.parse(answer.body()).selectFirst(".error-summary[role=alert]");
        assertThat(summary.text()).contains("Regel R7: " + REASON).contains(RuleId.R7.source())
                .contains("the project is closed");
        assertThat(summary.select("b")).as("the reason is text, never markup").isEmpty();
    }

    @Test
    void a_path_that_takes_only_posts_answers_a_get_with_a_405_page() throws Exception {
        HttpResponse<String> answer = get("/app/only-posted", "sv");

        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(Jsoup.parse(answer.body()).select("h1").text()).isEqualTo("Metoden är inte tillåten");
    }

    @Test
    void an_unknown_page_is_a_404_page_even_before_sign_in() throws Exception {
        HttpResponse<String> answer = get("/app/no/such/page", "sv");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(answer.body()).select("h1").text()).isEqualTo("Sidan finns inte");
    }

    @Test
    void a_page_asked_for_without_sign_in_sends_the_browser_to_sign_in_and_back() throws Exception {
        HttpResponse<String> answer = get("/app/private", "sv");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/app/sign-in?next=/app/private");
    }

    @Test
    void before_sign_in_the_page_speaks_english_only_to_a_browser_that_prefers_it() throws Exception {
        assertThat(signInPage("en-GB,en;q=0.9,sv;q=0.5").select("html").attr("lang")).isEqualTo("en");
        assertThat(signInPage("de-DE, en;q=0.5").select("h1").text()).isEqualTo("Sign in");
        assertThat(signInPage("sv-SE,sv;q=0.9,en;q=0.8").select("html").attr("lang")).isEqualTo("sv");
        assertThat(signInPage("fr-FR").select("html").attr("lang")).isEqualTo("sv");
        assertThat(signInPage("!!;q=nonsense").select("html").attr("lang")).isEqualTo("sv");
        assertThat(signInPage("").select("h1").text()).isEqualTo("Logga in");
    }

    private static Document signInPage(String acceptLanguage) throws IOException, InterruptedException {
        return Jsoup.parse(get("/app/sign-in", acceptLanguage).body());
    }

    private static HttpResponse<String> get(String path, String acceptLanguage)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (!acceptLanguage.isEmpty()) {
            request.header("Accept-Language", acceptLanguage);
        }
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
