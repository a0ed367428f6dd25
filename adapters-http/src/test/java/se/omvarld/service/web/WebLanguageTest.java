package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The language a person chooses: for the session, and for their account's next sign-in. */
class WebLanguageTest {

    @RegisterExtension
    static final RunningWebApp app = RunningWebApp.withoutBrowser();

    @Test
    void a_language_chosen_before_sign_in_stays_after_it() {
        WebClient client = new WebClient(app);
        String token = WebClient.csrfOf(client.get("/app/sign-in"));
        client.post("/app/language", Map.of("_csrf", token, "lang", "en", "back", "/app/sign-in"));

        client.signIn(RunningWebApp.TYRESO_COORDINATOR);

        assertThat(WebClient.html(client.get("/app/")).select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void a_language_chosen_while_signed_in_is_the_accounts_at_the_next_sign_in() {
        WebClient before = new WebClient(app);
        before.signIn(RunningWebApp.UNIT_EDITOR);
        before.post("/app/language", Map.of("_csrf", WebClient.csrfOf(before.get("/app/")), "lang", "en",
                "back", "/app/"));

        WebClient later = new WebClient(app);
        later.signIn(RunningWebApp.UNIT_EDITOR);

        assertThat(WebClient.html(later.get("/app/")).select("h1").text()).startsWith("Overview");
    }

    @Test
    void the_language_switch_returns_to_the_page_it_was_used_on_and_never_elsewhere() {
        WebClient client = new WebClient(app);
        String token = WebClient.csrfOf(client.get("/app/sign-in"));

        assertThat(client.post("/app/language", Map.of("_csrf", token, "lang", "en", "back", "/app/sign-in"))
                .headers().firstValue("Location")).hasValue("/app/sign-in");
        assertThat(client.post("/app/language", Map.of("_csrf", token, "lang", "sv", "back",
                "https://evil.example/")).headers().firstValue("Location")).hasValue("/app/");
        assertThat(client.post("/app/language", Map.of("_csrf", token, "lang", "sv", "back",
                "/app/obligations/settle?key=R5%3Aannual-compilation%3A2025&action=submit")).headers()
                .firstValue("Location")).hasValue("/app/obligations/settle?key=R5%3Aannual-compilation%3A2025"
                        + "&action=submit");
        assertThat(client.post("/app/language", Map.of("_csrf", token, "lang", "sv", "back",
                "/app/projects?x=<script>")).headers().firstValue("Location")).hasValue("/app/");
    }

    @Test
    void the_language_switch_on_a_page_with_a_query_returns_to_it_with_its_query() {
        WebClient client = new WebClient(app);
        client.signIn(RunningWebApp.COORDINATOR);

        String back = WebClient.html(client.get("/app/projects?status=RUNNING&sort=title")).selectFirst(
                "form.language input[name=back]").val();

        assertThat(back).isEqualTo("/app/projects?status=RUNNING&sort=title");
    }

    @Test
    void the_language_switch_on_a_form_posted_back_with_errors_returns_to_the_page_the_form_was_on() {
        WebClient client = new WebClient(app);
        client.signIn(RunningWebApp.COORDINATOR);
        String token = WebClient.csrfOf(client.get("/app/visits/new"));

        var failed = client.postFrom("/app/visits/new", "/app/visits", Map.of("_csrf", token));

        assertThat(failed.statusCode()).isEqualTo(400);
        assertThat(WebClient.html(failed).selectFirst("form.language input[name=back]").val())
                .isEqualTo("/app/visits/new");
    }

    @Test
    void the_language_switch_on_a_form_posted_again_from_its_error_page_returns_to_the_nearest_page_above_it() {
        WebClient client = new WebClient(app);
        client.signIn(RunningWebApp.COORDINATOR);
        String token = WebClient.csrfOf(client.get("/app/account"));

        var failed = client.postFrom("/app/account/reminders", "/app/account/reminders",
                Map.of("_csrf", token, "daysBefore", "120", "version", "1"));

        assertThat(failed.statusCode()).isBetween(400, 409);
        assertThat(WebClient.html(failed).selectFirst("form.language input[name=back]").val())
                .isEqualTo("/app/account");
    }
}
