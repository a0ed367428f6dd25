package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;

/**
 * What the core says — a finding's explanation, a refusal's reason, a field's error — is shown on a Swedish page in
 * Swedish, from its key, over plain HTTP.
 */
class WordsInTheReadersLanguageTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    @RegisterExtension
    static final RunningWebApp app = RunningWebApp.withoutBrowser();

    @Test
    void the_overview_explains_its_findings_in_swedish() {
        WebClient client = new WebClient(app);
        client.signIn(RunningWebApp.COORDINATOR);

        Document overview = WebClient.html(client.get("/app/"));

        String findings = overview.select("ul.findings").text();
        assertThat(findings).contains("varken inlämnad eller efterskänkt")
                .doesNotContain("neither submitted nor waived");
    }

    @Test
    void a_step_dated_before_the_projects_last_step_is_refused_in_swedish_with_the_day_written_in_swedish() {
        WebClient client = new WebClient(app);
        client.signIn(RunningWebApp.COORDINATOR);
        Project idea = TestProjects.idea(app, LidkopingRegister.CODE, "Barn & Skola", "Utbyte med Lyon",
                ProjectKind.EXCHANGE);

        HttpResponse<String> answer = step(client, idea, "withdraw", "2001-02-03");

        assertThat(answer.statusCode()).isEqualTo(409);
        Element summary = WebClient.html(answer).selectFirst(".error-summary[role=alert]");
        assertThat(summary.text()).contains("steget till ”återkallat” den 3 februari 2001 kan inte komma före"
                + " projektets senaste steg").doesNotContain("cannot come before");
    }

    @Test
    void a_day_after_today_is_an_error_beside_its_field_in_swedish() {
        WebClient client = new WebClient(app);
        client.signIn(RunningWebApp.COORDINATOR);
        Project idea = TestProjects.idea(app, LidkopingRegister.CODE, "Barn & Skola", "Utbyte med Nantes",
                ProjectKind.EXCHANGE);
        LocalDate tomorrow = TestProjects.ports(app).clock().today().plusDays(1);

        HttpResponse<String> answer = step(client, idea, "withdraw", tomorrow.toString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(WebClient.html(answer).selectFirst("#f-on-error").text())
                .startsWith("Dagen får inte vara senare än i dag").doesNotContain("must not be after");
    }

    @Test
    void a_record_s_history_says_its_changes_in_swedish() {
        WebClient client = new WebClient(app);
        client.signIn(RunningWebApp.COORDINATOR);
        Project idea = TestProjects.idea(app, LidkopingRegister.CODE, "Barn & Skola", "Utbyte med Rennes",
                ProjectKind.EXCHANGE);
        LocalDate today = TestProjects.ports(app).clock().today();
        assertThat(step(client, idea, "withdraw", today.toString()).statusCode()).isEqualTo(303);

        String history = WebClient.html(client.get("/app/projects/" + idea.id())).select("#history").text();

        assertThat(history).contains("ny idé", "registrerade utbytet ”Utbyte med Rennes” för Barn & Skola",
                "återkallelse", "återkallat den " + today.format(DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH)))
                .doesNotContain("registered", "withdraw");
    }

    @Test
    void the_overview_says_the_latest_changes_in_swedish() {
        WebClient client = new WebClient(app);
        client.signIn(RunningWebApp.COORDINATOR);
        TestProjects.idea(app, LidkopingRegister.CODE, "Barn & Skola", "Utbyte med Brest", ProjectKind.EXCHANGE);

        String changes = WebClient.html(client.get("/app/")).select("#changes").text();

        assertThat(changes).contains("registrerade utbytet ”Utbyte med Brest” för Barn & Skola")
                .doesNotContain("registered exchange");
    }

    @Test
    void a_committee_the_municipality_lacks_is_an_error_beside_its_field_in_swedish() {
        WebClient client = new WebClient(app);
        client.signIn(RunningWebApp.COORDINATOR);
        Map<String, String> fields = fieldsOf(WebClient.html(client.get("/app/visits/new")).selectFirst(
                "form[action='/app/visits']"));
        fields.put("purpose", "Studiebesök om äldreomsorg");
        fields.put("direction", "INCOMING");
        fields.put("committeeIds", "miljonamnden");

        HttpResponse<String> answer = client.post("/app/visits", fields);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(WebClient.html(answer).selectFirst("#f-committeeIds-error").text())
                .startsWith("Nämnden ”miljonamnden” hör inte till").doesNotContain("is not one of");
    }

    /** Posts the step form of {@code action} as the page gives it, with the day typed. */
    private static HttpResponse<String> step(WebClient client, Project project, String action, String on) {
        String path = "/app/projects/" + project.id() + "/" + action;
        Map<String, String> fields = fieldsOf(WebClient.html(client.get(path)).selectFirst("form.step"));
        fields.put("on", on);
        return client.post(path, fields);
    }

    /** The fields {@code form} would post as the page gives it: its inputs, chosen options and checked boxes. */
    private static Map<String, String> fieldsOf(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            if (!input.attr("type").equals("checkbox") || input.hasAttr("checked")) {
                fields.put(input.attr("name"), input.is("select")
                        ? input.select("option[selected]").attr("value") : input.val());
            }
        }
        return fields;
    }
}
