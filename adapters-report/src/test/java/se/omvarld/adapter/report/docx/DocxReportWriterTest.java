package se.omvarld.adapter.report.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.omvarld.adapter.report.docx.DocxContents.PIC;
import static se.omvarld.adapter.report.docx.DocxContents.W;
import static se.omvarld.adapter.report.docx.DocxContents.WP;
import static se.omvarld.adapter.report.docx.DocxContents.attribute;
import static se.omvarld.adapter.report.docx.DocxContents.cells;
import static se.omvarld.adapter.report.docx.DocxContents.elements;
import static se.omvarld.adapter.report.sheets.SampleReports.AWKWARD_SV;
import static se.omvarld.adapter.report.sheets.SampleReports.GRANTED_SEK;
import static se.omvarld.adapter.report.sheets.SampleReports.NO_RATE_SV;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import se.omvarld.adapter.report.docx.DocxContents.Para;
import se.omvarld.adapter.report.document.Block;
import se.omvarld.adapter.report.document.Chart;
import se.omvarld.adapter.report.document.Column;
import se.omvarld.adapter.report.document.Paragraph;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.adapter.report.document.Section;
import se.omvarld.adapter.report.document.Table;
import se.omvarld.adapter.report.sheets.SampleReports;
import se.omvarld.domain.report.ReportLanguage;

class DocxReportWriterTest {

    private static final char NBSP = '\u00a0';
    private static final ReportDocument SWEDISH = SampleReports.swedish();
    private static final ReportDocument ENGLISH = SampleReports.english();
    private static final DocxContents SV = read(SWEDISH);
    private static final DocxContents EN = read(ENGLISH);

    @Test
    void the_title_is_in_the_title_style_and_the_core_properties() {
        assertThat(SV.bodyParagraphs().get(0).style()).isEqualTo("Title");
        assertThat(SV.bodyParagraphs().get(0).text()).isEqualTo(SWEDISH.title());
        assertThat(SV.part("docProps/core.xml")).contains("<dc:title>" + SWEDISH.title() + "</dc:title>")
                .contains("<dc:language>sv-SE</dc:language>");
    }

    @Test
    void section_headings_are_heading_1_and_captions_and_chart_titles_heading_2() {
        List<String> heading1 = new ArrayList<>();
        List<String> heading2 = new ArrayList<>();
        for (Section section : SWEDISH.sections()) {
            heading1.add(section.heading());
            for (Block block : section.blocks()) {
                if (block instanceof Table table) {
                    heading2.add(table.caption());
                } else if (block instanceof Chart chart) {
                    heading2.add(chart.title());
                }
            }
        }
        heading1.add("Fotnoter");

        assertThat(styled(SV, "Heading1")).containsExactlyElementsOf(heading1);
        assertThat(styled(SV, "Heading2")).containsExactlyElementsOf(heading2);
    }

    @Test
    void paragraphs_and_footnotes_are_body_text() {
        List<String> expected = new ArrayList<>();
        SWEDISH.sections().forEach(section -> section.blocks().stream().filter(Paragraph.class::isInstance)
                .map(b -> ((Paragraph) b).text()).forEach(expected::add));
        expected.add("1. " + SWEDISH.footnotes().get(0));
        expected.add("2. " + SWEDISH.footnotes().get(1));

        assertThat(styled(SV, "BodyText")).containsExactlyElementsOf(expected);
        assertThat(attribute(SV.style("BodyText"), W, "name", "val")).isEqualTo("Body Text");
    }

    @Test
    void the_heading_styles_are_defined_with_their_names_and_outline_levels() {
        Element heading1 = SV.style("Heading1");
        Element heading2 = SV.style("Heading2");

        assertThat(attribute(heading1, W, "name", "val")).isEqualTo("heading 1");
        assertThat(attribute(heading1, W, "outlineLvl", "val")).isEqualTo("0");
        assertThat(attribute(heading2, W, "name", "val")).isEqualTo("heading 2");
        assertThat(attribute(heading2, W, "outlineLvl", "val")).isEqualTo("1");
        assertThat(attribute(SV.style("Title"), W, "name", "val")).isEqualTo("Title");
    }

    @Test
    void the_document_language_and_font_are_the_default_of_all_text() {
        Element defaults = (Element) SV.styles.getElementsByTagNameNS(W, "docDefaults").item(0);

        assertThat(attribute(defaults, W, "lang", "val")).isEqualTo("sv-SE");
        assertThat(attribute(defaults, W, "rFonts", "ascii")).isEqualTo("Arial");
        assertThat(attribute((Element) EN.styles.getElementsByTagNameNS(W, "docDefaults").item(0), W, "lang",
                "val")).isEqualTo("en-GB");
    }

    @Test
    void the_page_is_a4_with_margins_of_two_and_a_half_centimetres() {
        Element section = (Element) SV.document.getElementsByTagNameNS(W, "sectPr").item(0);

        assertThat(attribute(section, W, "pgSz", "w")).isEqualTo("11906");
        assertThat(attribute(section, W, "pgSz", "h")).isEqualTo("16838");
        for (String side : List.of("top", "bottom", "left", "right")) {
            // 2.5 cm = 2.5 / 2.54 inch * 1440 twips
            assertThat(Integer.parseInt(attribute(section, W, "pgMar", side))).isEqualTo(Math.round(2.5 / 2.54 * 1440));
        }
    }

    @Test
    void every_table_is_a_real_table_with_a_repeating_header_row() {
        List<Table> tables = SWEDISH.sections().stream().flatMap(s -> s.tables().stream()).toList();

        assertThat(SV.tables()).hasSize(tables.size());
        for (int t = 0; t < tables.size(); t++) {
            Element table = SV.tables().get(t);
            Element firstRow = elements(table, W, "tr").get(0);
            assertThat(firstRow.getElementsByTagNameNS(W, "tblHeader").getLength()).isEqualTo(1);
            assertThat(elements(table, W, "tr").get(1).getElementsByTagNameNS(W, "tblHeader").getLength()).isZero();
            assertThat(cells(table).get(0)).containsExactlyElementsOf(
                    tables.get(t).columns().stream().map(c -> c.header()).toList());
            assertThat(cells(table)).hasSize(1 + tables.get(t).rows().size());
            assertThat(attribute(table, W, "tblCaption", "val")).isEqualTo(tables.get(t).caption());
        }
    }

    @Test
    void amounts_read_as_swedish_kronor_and_add_up_to_the_granted_total() {
        List<List<String>> funding = cells(SV.tables().get(1));

        assertThat(funding.get(1).get(1)).isEqualTo("1" + NBSP + "800" + NBSP + "000" + NBSP + "kr");
        assertThat(funding.get(2).get(1)).isEqualTo("245" + NBSP + "750,50" + NBSP + "kr");
        assertThat(funding.get(1).get(2)).isEqualTo("31 mars 2025");
        BigDecimal total = BigDecimal.ZERO;
        for (int r = 1; r <= GRANTED_SEK.size(); r++) {
            String text = funding.get(r).get(1);
            total = total.add(new BigDecimal(text.replace(NBSP + "kr", "").replace(String.valueOf(NBSP), "")
                    .replace(',', '.')));
        }
        assertThat(total).isEqualByComparingTo(GRANTED_SEK.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(cells(EN.tables().get(1)).get(1).get(1)).isEqualTo("SEK" + NBSP + "1,800,000");
    }

    @Test
    void an_unconvertible_amount_reads_as_its_note_in_italics() {
        Element table = SV.tables().get(1);
        Element noteCell = elements(elements(table, W, "tr").get(4), W, "tc").get(1);

        assertThat(cells(table).get(4).get(1)).isEqualTo(NO_RATE_SV);
        assertThat(noteCell.getElementsByTagNameNS(W, "i").getLength()).isEqualTo(1);
        assertThat(table.getElementsByTagNameNS(W, "i").getLength()).isEqualTo(1);
    }

    @Test
    void numbers_are_right_aligned_and_text_is_not() {
        Element partnerships = SV.tables().get(0);

        for (Element row : elements(partnerships, W, "tr")) {
            List<Element> rowCells = elements(row, W, "tc");
            assertThat(attribute(rowCells.get(3), W, "jc", "val")).isEqualTo("right");
            assertThat(attribute(rowCells.get(0), W, "jc", "val")).isNull();
        }
        Element funding = SV.tables().get(1);
        assertThat(attribute(elements(elements(funding, W, "tr").get(1), W, "tc").get(1), W, "jc", "val"))
                .isEqualTo("right");
    }

    @Test
    void the_header_row_is_bold_and_shaded() {
        Element header = elements(SV.tables().get(0), W, "tr").get(0);
        Element body = elements(SV.tables().get(0), W, "tr").get(1);

        assertThat(header.getElementsByTagNameNS(W, "b").getLength()).isEqualTo(4);
        assertThat(elements(header, W, "shd")).hasSize(4).allSatisfy(shd -> assertThat(shd.getAttributeNS(W, "fill"))
                .isNotBlank().isNotEqualToIgnoringCase("auto").isNotEqualToIgnoringCase("FFFFFF"));
        assertThat(body.getElementsByTagNameNS(W, "b").getLength()).isZero();
        assertThat(body.getElementsByTagNameNS(W, "shd").getLength()).isZero();
    }

    @Test
    void columns_share_the_text_width_in_proportion_to_their_content() {
        Element funding = SV.tables().get(1);
        List<Integer> grid = elements(funding, W, "gridCol").stream()
                .map(col -> Integer.parseInt(col.getAttributeNS(W, "w"))).toList();

        assertThat(grid).hasSize(3);
        assertThat(grid.stream().mapToInt(Integer::intValue).sum()).isBetween(11906 - 2 * 1417 - 3, 11906 - 2 * 1417);
        // "Interreg Öresund-Kattegat-Skagerrak" (35 characters) against "31 december 2024" (16)
        assertThat(grid.get(0)).isGreaterThan(grid.get(2));
    }

    @Test
    void a_line_break_in_a_cell_is_a_break_and_the_letters_survive() {
        assertThat(cells(SV.tables().get(0)).get(3).get(0)).isEqualTo(AWKWARD_SV.replace("\r\n", "\n"));
    }

    @Test
    void every_chart_is_a_png_picture_with_its_text_alternative_on_the_picture_and_the_drawing() {
        List<Chart> charts = SWEDISH.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(Chart.class::isInstance).map(Chart.class::cast).toList();

        List<Element> docPrs = elements(SV.document.getDocumentElement(), WP, "docPr");
        List<Element> cNvPrs = elements(SV.document.getDocumentElement(), PIC, "cNvPr");
        assertThat(docPrs).extracting(e -> e.getAttribute("descr"))
                .containsExactlyElementsOf(charts.stream().map(Chart::altText).toList());
        assertThat(cNvPrs).extracting(e -> e.getAttribute("descr"))
                .containsExactlyElementsOf(charts.stream().map(Chart::altText).toList());
        assertThat(docPrs).extracting(e -> e.getAttribute("title"))
                .containsExactlyElementsOf(charts.stream().map(Chart::title).toList());
        assertThat(SV.partNames().stream().filter(n -> n.startsWith("word/media/") && n.endsWith(".png")))
                .hasSize(charts.size());
    }

    @Test
    void a_small_chart_keeps_its_size_and_a_wide_one_fits_the_text_width() {
        Element extent = (Element) SV.document.getElementsByTagNameNS(WP, "extent").item(0);
        long emuPerPixel = 9525;
        assertThat(Long.parseLong(extent.getAttribute("cx"))).isEqualTo(TestCharts.WIDTH * emuPerPixel);
        assertThat(Long.parseLong(extent.getAttribute("cy"))).isEqualTo(TestCharts.HEIGHT * emuPerPixel);

        DocxContents wide = read(SWEDISH, chart -> WideChart.PNG);
        Element wideExtent = (Element) wide.document.getElementsByTagNameNS(WP, "extent").item(0);
        long textWidthEmu = (11906 - 2 * 1417) * 635L;
        assertThat(Long.parseLong(wideExtent.getAttribute("cx"))).isEqualTo(textWidthEmu);
        assertThat(Long.parseLong(wideExtent.getAttribute("cy"))).isEqualTo(textWidthEmu / 4);
    }

    @Test
    void the_footnotes_end_the_document_numbered() {
        List<Para> paragraphs = SV.bodyParagraphs();
        List<String> last = paragraphs.subList(paragraphs.size() - 3, paragraphs.size()).stream().map(Para::text)
                .collect(Collectors.toList());

        assertThat(last).containsExactly("Fotnoter", "1. " + SWEDISH.footnotes().get(0),
                "2. " + SWEDISH.footnotes().get(1));
        assertThat(styled(EN, "Heading1")).endsWith("Notes");
    }

    @Test
    void a_table_without_rows_is_its_header_row_alone() {
        DocxContents docx = read(emptyTable(SWEDISH.language()));

        assertThat(cells(docx.tables().get(0))).containsExactly(List.of("Namn", "Budget"));
    }

    @Test
    void a_painter_that_gives_no_png_is_refused() {
        DocxReportWriter writer = new DocxReportWriter(chart -> new byte[] {1, 2, 3});

        assertThatThrownBy(() -> writer.write(SWEDISH)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Partnerländer");
    }

    private static ReportDocument emptyTable(ReportLanguage language) {
        return ReportDocument.of("Tom", language, List.of(Section.of("projects", "Projekt",
                Table.of("Inga projekt", List.of(Column.text("Namn"),
                        Column.money("Budget")), List.of()))), List.of());
    }

    private static List<String> styled(DocxContents docx, String style) {
        return docx.bodyParagraphs().stream().filter(p -> style.equals(p.style())).map(Para::text).toList();
    }

    private static DocxContents read(ReportDocument document) {
        return read(document, TestCharts::png);
    }

    private static DocxContents read(ReportDocument document,
            java.util.function.Function<Chart, byte[]> painter) {
        try {
            return new DocxContents(new DocxReportWriter(painter).write(document));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A 4000 × 1000 pixel PNG, wider than the page. */
    private static final class WideChart {
        static final byte[] PNG = png();

        private static byte[] png() {
            try {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4000, 1000,
                        java.awt.image.BufferedImage.TYPE_INT_RGB), "png", bytes);
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}
