package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.service.RunningService.LIDKOPING;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.shared.MunicipalityCode;

/**
 * What a municipality exchanges over HTTP: the IATI file under its organisation number, the calendar feeds, the open
 * data its website publishes, its twin towns from a list, and Sweden's twin towns.
 */
abstract class ExchangeApiTest extends EndToEndTest {

    static final String BASE = "/api/v1/municipalities/1494";
    static final String PUBLIC = "/api/v1/public/municipalities/1494";
    static final MunicipalityCode EKSJO = MunicipalityCode.of("0686");

    ApiClient coordinator;
    ApiClient viewer;
    ApiClient anyone;

    @BeforeAll
    void prepare() {
        coordinator = running.as(LIDKOPING, Role.COORDINATOR, Optional.empty());
        viewer = running.as(LIDKOPING, Role.VIEWER, Optional.empty());
        anyone = running.anonymous();
    }

    static class OnH2 extends ExchangeApiTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.H2;
        }
    }

    static class OnPostgres extends ExchangeApiTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.POSTGRESQL;
        }
    }

    @Test
    void with_its_organisation_number_recorded_the_municipality_reports_its_projects_to_iati_under_it()
            throws Exception {
        ApiClient.Answer recorded = admin.put(BASE + "/organisation-number",
                Map.of("organisationNumber", "212000-1710"), admin.get(BASE).etag());
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.json().get("iatiIdentifier").asText()).isEqualTo("SE-ON-2120001710");

        ApiClient.Answer iati = viewer.get(BASE + "/exports/iati.xml");

        assertThat(iati.status()).isEqualTo(200);
        assertThat(iati.header("Content-Type")).startsWith("application/xml");
        Document xml = xml(iati.bytes());
        assertThat(xml.getDocumentElement().getAttribute("version")).isEqualTo("2.03");
        assertThat(xml.getElementsByTagName("reporting-org").item(0).getAttributes().getNamedItem("ref")
                .getNodeValue()).isEqualTo("SE-ON-2120001710");
    }

    @Test
    void an_organisation_number_that_fails_its_check_digit_is_refused_naming_the_field() {
        ApiClient.Answer answer = admin.put(BASE + "/organisation-number", Map.of("organisationNumber",
                "212000-1711"), admin.get(BASE).etag());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text()).contains("organisationNumber");
    }

    @Test
    void without_an_organisation_number_there_is_no_iati_file_and_the_answer_says_why() {
        ApiClient eksjo = running.as(EKSJO, Role.VIEWER, Optional.empty());

        ApiClient.Answer answer = eksjo.get("/api/v1/municipalities/0686/exports/iati.xml");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("detail").asText()).containsIgnoringCase("organisation number");
    }

    @Test
    void the_calendar_feed_holds_an_event_per_obligation_with_a_stable_uid() {
        ApiClient.Answer first = viewer.get(BASE + "/calendar.ics");
        ApiClient.Answer again = viewer.get(BASE + "/calendar.ics");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Content-Type")).startsWith("text/calendar");
        assertThat(first.text()).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT\r\n");
        assertThat(uids(first.text())).isNotEmpty().isEqualTo(uids(again.text()));
    }

    @Test
    void a_calendar_of_a_unit_the_municipality_does_not_have_is_refused_naming_the_unit() {
        ApiClient.Answer answer = viewer.get(BASE + "/calendar.ics?unit=no-such-unit");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text()).contains("unit");
    }

    @Test
    void the_open_data_needs_no_token_and_any_cache_may_keep_it_for_five_minutes() {
        ApiClient.Answer json = anyone.get(PUBLIC + "/open-data.json");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.header("Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(json.json().toString()).contains("Kecskemét");
        assertThat(anyone.get(PUBLIC + "/partnerships.csv").text()).contains("Kecskemét");
        assertThat(anyone.get(PUBLIC + "/projects.csv").header("Content-Type")).startsWith("text/csv");
    }

    @Test
    void the_html_fragment_is_a_section_in_the_language_asked_for_without_a_script() {
        ApiClient.Answer answer = anyone.get(PUBLIC + "/fragment.html?lang=en");

        org.jsoup.nodes.Document fragment = org.jsoup.Jsoup.parseBodyFragment(answer.text());
        assertThat(fragment.body().child(0).tagName()).isEqualTo("section");
        assertThat(fragment.body().child(0).attr("lang")).isEqualTo("en");
        assertThat(fragment.select("script")).isEmpty();
    }

    @Test
    void the_changes_are_an_atom_feed_that_names_itself() throws Exception {
        ApiClient.Answer answer = anyone.get(PUBLIC + "/changes.atom");

        assertThat(answer.header("Content-Type")).startsWith("application/atom+xml");
        Document feed = xml(answer.bytes());
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(answer.text()).contains("/api/v1/public/municipalities/1494/changes.atom");
    }

    @Test
    void a_second_import_of_the_same_list_records_nothing_new() {
        Map<String, String> list = Map.of("file", "vanorter.csv", "csv",
                "city1,country1,city2,country2\nLidköping,Sweden,Hamar,Norway\nKecskemét,Hungary,Lidköping,Sweden\n");

        coordinator.post(BASE + "/twin-towns/import", list);
        ApiClient.Answer again = coordinator.post(BASE + "/twin-towns/import", list);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("recorded")).isEmpty();
        assertThat(again.json().get("alreadyPresent").findValuesAsText("town")).contains("Hamar", "Kecskemét");
    }

    @Test
    void a_file_that_is_no_twin_town_list_is_refused_naming_what_is_wrong() {
        ApiClient.Answer answer = coordinator.post(BASE + "/twin-towns/import", Map.of("file", "x.csv", "csv",
                "name,country\nHamar,Norway\n"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text()).contains("csv", "header");
    }

    @Test
    void a_viewer_may_not_import_twin_towns() {
        ApiClient.Answer answer = viewer.answersOnly().post(BASE + "/twin-towns/import", Map.of("file", "x.csv",
                "csv", "city1,country1,city2,country2\n"));

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void swedens_twin_towns_are_public_and_name_lidkopings() {
        ApiClient.Answer answer = anyone.get("/api/v1/public/twin-towns/sweden?format=csv");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).contains("Lidköping", "Kecskemét");
    }

    private static List<String> uids(String calendar) {
        return calendar.lines().filter(l -> l.startsWith("UID:")).toList();
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }
}
