package se.omvarld.adapter.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import se.omvarld.adapter.report.document.Chart;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.adapter.report.document.Section;
import se.omvarld.adapter.report.compilation.LargeCompilation;
import se.omvarld.adapter.report.html.SampleReports;
import se.omvarld.domain.report.ReportLanguage;

class PdfReportWriterTest {

    private static byte[] swedish;
    private static byte[] english;
    private static byte[] longTable;

    @BeforeAll
    static void write() {
        PdfReportWriter writer = new PdfReportWriter();
        swedish = writer.write(SampleReports.lidkoping(ReportLanguage.SWEDISH));
        english = writer.write(SampleReports.lidkoping(ReportLanguage.ENGLISH));
        longTable = writer.write(SampleReports.manyRows(ReportLanguage.SWEDISH, 300));
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void the_text_extracts_with_lidkoping_the_swedish_letters_and_the_figures_the_test_computes() throws IOException {
        BigDecimal total = SampleReports.GRANTS.stream().map(SampleReports.Grant::sek)
                .filter(amount -> amount != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualByComparingTo("1800000.00");

        String text = text(swedish);

        assertThat(text).contains("Internationellt arbete i Lidköping 2025", "å ä ö Å Ä Ö é ü & < > \" '",
                "Nordiska", "ministerrådet", "Västra");
        // A cell's text wraps where the column's width says; the words, and the dashes that join them, are kept.
        String flowing = text.replaceAll("–\\s+", "–").replaceAll("\\s+", " ");
        assertThat(flowing).contains("Öresund–Kattegatt–Skagerrak");
        assertThat(flowing).contains("1 800 000 kr", "1 250 000 kr", "412 500,50 kr", "137 499,50 kr", "31 mars 2025",
                "3 november 2025");
        assertThat(text).contains("Ej omräkningsbart: ingen kurs");
        assertThat(text).contains(SampleReports.FOOTNOTE_SV.substring(0, 60));
    }

    @Test
    void the_english_text_extracts_with_english_figures_and_dates() throws IOException {
        String text = text(english);

        assertThat(text).contains("International work in Lidköping 2025", "SEK 1,800,000", "SEK 412,500.50",
                "31 March 2025", "Not convertible: no NOK");
    }

    @Test
    void every_section_is_a_bookmark_in_order_pointing_at_the_page_with_its_heading() throws IOException {
        ReportDocument document = SampleReports.lidkoping(ReportLanguage.SWEDISH);
        try (PDDocument pdf = Loader.loadPDF(swedish)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                PDPage page = item.findDestinationPage(pdf);
                assertThat(page).as("page of bookmark %s", item.getTitle()).isNotNull();
                assertThat(pageText(pdf, pdf.getPages().indexOf(page))).contains(item.getTitle());
            }
            assertThat(titles).containsExactlyElementsOf(
                    document.sections().stream().map(Section::heading).toList());
        }
    }

    @Test
    void the_catalog_and_the_metadata_carry_the_documents_language_and_title() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(swedish)) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Internationellt arbete i Lidköping 2025");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("Internationellt arbete i Lidköping 2025", "<pdfaid:part>3</pdfaid:part>",
                    "<pdfaid:conformance>A</pdfaid:conformance>");
        }
        try (PDDocument pdf = Loader.loadPDF(english)) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("International work in Lidköping 2025");
        }
    }

    @Test
    void every_page_is_a4_and_numbered_page_of_pages() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(swedish)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isBetween(2, 5);
            for (int i = 0; i < pages; i++) {
                PDRectangle box = pdf.getPage(i).getMediaBox();
                assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset
                        .offset(0.5f));
                assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset
                        .offset(0.5f));
                assertThat(pageText(pdf, i)).contains((i + 1) + " / " + pages);
            }
        }
    }

    @Test
    void every_chart_is_a_figure_whose_alternative_text_is_the_charts() throws IOException {
        List<String> expected = SampleReports.lidkoping(ReportLanguage.SWEDISH).sections().stream()
                .flatMap(section -> section.blocks().stream()).filter(Chart.class::isInstance)
                .map(block -> ((Chart) block).altText()).toList();
        try (PDDocument pdf = Loader.loadPDF(swedish)) {
            List<PDStructureElement> figures = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), "Figure", figures);

            assertThat(figures.stream().map(PDStructureElement::getAlternateDescription))
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void every_font_is_the_embedded_dejavu_sans_shipped_in_the_module() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(swedish)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
                    fonts.add(font.getName().substring(font.getName().indexOf('+') + 1));
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.startsWith("DejaVuSans"));
        }
    }

    @Test
    void the_pdf_is_valid_pdf_a_3a_with_no_failed_rule() throws Exception {
        assertThat(failedRules(swedish, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(failedRules(english, PDFAFlavour.PDFA_3_A)).isEmpty();
    }

    @Test
    void the_pdf_is_valid_pdf_ua_1_with_no_failed_rule() throws Exception {
        assertThat(failedRules(swedish, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(failedRules(english, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void every_letter_of_a_compilation_with_ten_column_tables_lies_on_its_page() throws IOException {
        byte[] compilation = new PdfReportWriter().write(LargeCompilation.of(60, 40));
        try (PDDocument pdf = Loader.loadPDF(compilation)) {
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    float width = getCurrentPage().getMediaBox().getWidth();
                    for (TextPosition p : positions) {
                        if (p.getXDirAdj() < 0 || p.getXDirAdj() + p.getWidthDirAdj() > width) {
                            outside.add(p.getUnicode() + " of \"" + text + "\" on page " + getCurrentPageNo());
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(pdf);
            assertThat(outside).isEmpty();
        }
    }

    @Test
    void a_long_table_runs_over_pages_repeating_its_header_on_each() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(longTable)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(5);
            for (int i = 0; i < pages - 1; i++) {
                assertThat(pageText(pdf, i)).contains("Projekt", "Nummer", "Budget", "Start");
            }
            String all = text(longTable);
            assertThat(all).contains("Projekt nr 300 – Lidköping och Åbo", "3 703 701 kr");
        }
    }

    @Test
    void a_table_repeating_its_header_over_many_pages_stays_valid_pdf_a_and_pdf_ua() throws Exception {
        assertThat(failedRules(longTable, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(failedRules(longTable, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    private static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + " " + assertion.getMessage())
                    .distinct().collect(Collectors.toList());
            if (failed.isEmpty()) {
                assertThat(result.isCompliant()).isTrue();
            }
            return failed;
        }
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (type.equals(element.getStructureType())) {
                    into.add(element);
                }
                collect(element, type, into);
            }
        }
    }

    /**
     * The document's text with each no-break space (which keeps a figure on one line) read as a space: PDFBox
     * extracts some as U+00A0 and others, where it infers a gap between glyphs, as U+0020.
     */
    private static String text(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
        }
    }

    private static String pageText(PDDocument pdf, int index) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        return stripper.getText(pdf).replace('\u00a0', ' ');
    }
}
