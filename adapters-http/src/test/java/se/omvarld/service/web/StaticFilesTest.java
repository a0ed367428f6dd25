package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The web app's stylesheet and the webjars' scripts, served from the class path. */
class StaticFilesTest {

    @RegisterExtension
    static final RunningWebApp app = RunningWebApp.withoutBrowser();

    @Test
    void the_stylesheet_is_served_as_css_to_be_revalidated() {
        HttpResponse<String> answer = new WebClient(app).get("/app/static/omvarld.css");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(answer.body()).contains("{");
    }

    @Test
    void a_file_the_browser_holds_is_not_sent_again() {
        WebClient client = new WebClient(app);
        String etag = client.get("/app/static/omvarld.css").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = client.send(HttpRequest.newBuilder(URI.create(app.url("/app/static/omvarld.css")))
                .header("If-None-Match", etag).GET().build());

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void a_webjars_script_is_served_as_javascript_kept_for_a_year() {
        HttpResponse<String> answer = new WebClient(app).get("/webjars/htmx.org/2.0.10/dist/htmx.min.js");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(answer.body()).contains("htmx");
    }

    @Test
    void a_file_that_is_not_there_is_the_apps_page_not_found() {
        HttpResponse<String> answer = new WebClient(app).get("/webjars/htmx.org/2.0.10/dist/nothing.js");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/html"));
    }

    @Test
    void a_file_of_a_kind_a_page_does_not_load_is_not_served() {
        HttpResponse<String> answer = new WebClient(app).get("/webjars/htmx.org/2.0.10/LICENSE");

        assertThat(answer.statusCode()).isEqualTo(404);
    }

    @Test
    void a_path_out_of_the_folder_is_not_served() {
        for (String path : new String[] {"/app/static/..%2F..%2Flogback.xml", "/app/static/%2e%2e/omvarld.css",
                "/webjars/..%2F..%2F..%2Flogback.xml"}) {
            HttpResponse<String> answer = new WebClient(app).get(path);

            assertThat(answer.statusCode()).as(path).isBetween(400, 404);
        }
    }
}
