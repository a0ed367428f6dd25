package se.omvarld.adapter.report.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

    private static final int TEXT_WIDTH = 11906 - 2 * 1417;

    @Test
    void columns_that_fit_together_grow_to_the_text_width_each_beyond_its_need() {
        int[] widths = DocxReportWriter.columnWidths(new int[] {10, 5, 8});

        assertThat(IntStream.of(widths).sum()).isBetween(TEXT_WIDTH - 3, TEXT_WIDTH);
        assertThat(widths[0]).isGreaterThan(widths[2]).isGreaterThan(widths[1]);
    }

    @Test
    void short_columns_keep_their_need_beside_long_ones_which_share_the_rest() {
        int[] widths = DocxReportWriter.columnWidths(new int[] {40, 7, 16, 40, 5});

        int need7 = 7 * 112 + 260;
        int need16 = 16 * 112 + 260;
        int need5 = 5 * 112 + 260;
        assertThat(widths[1]).isEqualTo(need7);
        assertThat(widths[2]).isEqualTo(need16);
        assertThat(widths[4]).isEqualTo(need5);
        assertThat(widths[0]).isEqualTo(widths[3]).isEqualTo((TEXT_WIDTH - need7 - need16 - need5) / 2);
    }

    @Test
    void a_value_longer_than_forty_characters_asks_no_more_than_forty() {
        assertThat(DocxReportWriter.columnWidths(new int[] {400, 400})).containsExactly(TEXT_WIDTH / 2,
                TEXT_WIDTH / 2);
    }
}
