package se.omvarld.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void a_swedish_file_name_is_exact_in_utf_8_and_folded_to_ascii_for_old_clients() {
        String header = Downloads.attachment("Lidköping årlig sammanställning 2025.pdf");

        assertThat(header).startsWith("attachment; filename=\"Lidkoping arlig sammanstallning 2025.pdf\"; ");
        String encoded = header.substring(header.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        assertThat(encoded).doesNotContain(" ", "ö", "\"");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8))
                .isEqualTo("Lidköping årlig sammanställning 2025.pdf");
    }

    @Test
    void quotes_and_backslashes_cannot_end_the_quoted_name() {
        assertThat(Downloads.inline("a\"b.html")).startsWith("inline; filename=\"a_b.html\"; filename*=UTF-8''a%22b.html");
    }

    @Test
    void a_path_is_no_file_name() {
        assertThatIllegalArgumentException().isThrownBy(() -> Downloads.attachment("../etc/passwd"))
                .withMessageContaining("is a path");
    }

    @Test
    void a_municipalitys_report_is_kept_by_no_shared_cache_and_its_published_data_by_any() {
        assertThat(Downloads.privateFile("attachment").get("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(Downloads.publicFile("inline", 300).get("Cache-Control")).isEqualTo("public, max-age=300");
    }
}
