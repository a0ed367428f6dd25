package se.omvarld.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RenderedReportTest {

    private static final String CSV = "text/csv; charset=utf-8";

    @Test
    void changing_the_bytes_given_does_not_change_the_report() {
        byte[] bytes = "år;antal\n2025;9\n".getBytes(StandardCharsets.UTF_8);
        RenderedReport report = new RenderedReport("arlig-sammanstallning-lidkoping-2025.csv", CSV, bytes);

        bytes[0] = 'X';

        assertThat(new String(report.content(), StandardCharsets.UTF_8)).startsWith("år;");
    }

    @Test
    void changing_the_bytes_read_does_not_change_the_report() {
        RenderedReport report = new RenderedReport("a.csv", CSV, new byte[] {1, 2, 3});

        report.content()[0] = 9;

        assertThat(report.content()).containsExactly(1, 2, 3);
    }

    @Test
    void two_reports_with_the_same_name_type_and_bytes_are_equal() {
        assertThat(new RenderedReport("a.csv", CSV, new byte[] {1, 2})).isEqualTo(new RenderedReport("a.csv", CSV,
                new byte[] {1, 2})).hasSameHashCodeAs(new RenderedReport("a.csv", CSV, new byte[] {1, 2}));
        assertThat(new RenderedReport("a.csv", CSV, new byte[] {1, 2}))
                .isNotEqualTo(new RenderedReport("a.csv", CSV, new byte[] {1, 3}));
    }

    @Test
    void a_file_name_is_a_name_not_a_path() {
        assertThatThrownBy(() -> new RenderedReport("../etc/passwd", CSV, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
