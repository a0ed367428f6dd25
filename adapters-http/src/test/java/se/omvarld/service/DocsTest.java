package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Swagger UI at {@code /docs}: every file the page loads is served by the service itself, none from a CDN. */
class DocsTest extends EndToEndTest {

    private static final Pattern LOADED = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    ApiClient anyone;

    @Override
    RunningService.Store store() {
        return RunningService.Store.H2;
    }

    @BeforeAll
    void prepare() {
        anyone = running.anonymous();
    }

    @Test
    void the_page_loads_only_files_of_this_service() {
        ApiClient.Answer page = anyone.get("/docs");

        assertThat(page.status()).isEqualTo(200);
        assertThat(loaded(page.text())).containsExactly("/docs/swagger-ui.css", "/docs/swagger-ui-bundle.js",
                "/docs/swagger-initializer.js");
    }

    @Test
    void every_file_the_page_loads_is_served_with_its_media_type_and_kept_for_a_day() {
        for (String file : loaded(anyone.get("/docs").text())) {
            ApiClient.Answer answer = anyone.get(file);

            assertThat(answer.status()).as(file).isEqualTo(200);
            assertThat(answer.header("Content-Type")).as(file)
                    .startsWith(file.endsWith(".css") ? "text/css" : "text/javascript");
            assertThat(answer.header("Cache-Control")).as(file).isEqualTo("public, max-age=86400");
            assertThat(answer.text()).as(file).isNotBlank();
        }
    }

    @Test
    void the_page_has_no_inline_script_so_a_strict_content_security_policy_allows_it() {
        assertThat(anyone.get("/docs").text()).doesNotContain("<script>");
    }

    @Test
    void swagger_ui_is_started_on_this_services_document() {
        assertThat(anyone.get("/docs/swagger-initializer.js").text()).contains("url: '/openapi.json'");
        assertThat(anyone.get("/docs/swagger-ui-bundle.js").text()).contains("SwaggerUIBundle");
    }

    private static List<String> loaded(String page) {
        Matcher m = LOADED.matcher(page);
        List<String> files = new ArrayList<>();
        while (m.find()) {
            files.add(m.group(1));
        }
        return files;
    }
}
