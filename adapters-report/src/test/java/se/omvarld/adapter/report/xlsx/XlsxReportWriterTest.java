package se.omvarld.adapter.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.adapter.report.sheets.SampleReports.ACTIVITIES;
import static se.omvarld.adapter.report.sheets.SampleReports.AWKWARD_SV;
import static se.omvarld.adapter.report.sheets.SampleReports.DECIDED;
import static se.omvarld.adapter.report.sheets.SampleReports.GRANTED_SEK;
import static se.omvarld.adapter.report.sheets.SampleReports.NO_RATE_EN;
import static se.omvarld.adapter.report.sheets.SampleReports.NO_RATE_SV;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.omvarld.adapter.report.document.Chart;
import se.omvarld.adapter.report.document.Column;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.adapter.report.document.Section;
import se.omvarld.adapter.report.document.Table;
import se.omvarld.adapter.report.sheets.SampleReports;
import se.omvarld.adapter.report.xlsx.XlsxContents.CellContents;
import se.omvarld.adapter.report.xlsx.XlsxContents.SheetContents;
import se.omvarld.domain.report.ReportLanguage;

class XlsxReportWriterTest {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final ReportDocument SWEDISH = SampleReports.swedish();
    // read once: every test only reads these
    private static final XlsxContents SV = read(SWEDISH);
    private static final XlsxContents EN = read(SampleReports.english());

    @Test
    void the_first_sheet_is_about_the_report_with_its_title_contents_and_footnotes() {
        assertThat(SV.sheetNames().get(0)).isEqualTo("Om rapporten");
        assertThat(EN.sheetNames().get(0)).isEqualTo("About");
        List<String> about = SV.sheet("Om rapporten").rows().stream().flatMap(List::stream).toList();
        assertThat(about).startsWith(SWEDISH.title());
        assertThat(about).contains("Vänorter och partnerskap", "Extern finansiering",
                "1. " + SWEDISH.footnotes().get(0), "2. " + SWEDISH.footnotes().get(1));
    }

    @Test
    void the_workbook_carries_the_report_title_in_its_properties() {
        assertThat(SV.part("docProps/core.xml")).contains("<dc:title>" + SWEDISH.title() + "</dc:title>");
    }

    @Test
    void every_section_has_a_sheet_with_a_valid_unique_name() {
        List<String> names = SV.sheetNames();

        assertThat(names).hasSize(1 + SWEDISH.sections().size());
        Set<String> folded = new HashSet<>();
        for (String name : names) {
            assertThat(name).hasSizeBetween(1, 31).doesNotContainPattern("[\\[\\]:*?/\\\\]")
                    .doesNotStartWith("'").doesNotEndWith("'");
            assertThat(folded.add(name.toLowerCase(Locale.ROOT))).as("unique: %s", name).isTrue();
        }
        assertThat(names).containsExactly("Om rapporten", "Vänorter och partnerskap", "Extern finansiering",
                "Internationella aktiviteter", "Åtaganden uppfyllda försenade 2", "Tidigare års redovisade siffror",
                "Tidigare års redovisade sif (2)", "History (2)");
    }

    @Test
    void counts_are_number_cells() {
        SheetContents sheet = SV.sheet("Internationella aktiviteter");
        String first = below(sheet.find("År"), 1);

        long sum = 0;
        for (int i = 0; i < ACTIVITIES.size(); i++) {
            CellContents count = sheet.cell(right(below(first, i), 1));
            assertThat(count.isNumber()).isTrue();
            long value = new BigDecimal(count.raw()).longValueExact();
            assertThat(value).isEqualTo(ACTIVITIES.get(i));
            sum += value;
        }
        assertThat(sum).isEqualTo(ACTIVITIES.stream().mapToLong(Long::longValue).sum()).isEqualTo(521);
    }

    @Test
    void dates_are_serial_numbers_styled_as_dates() {
        SheetContents sheet = SV.sheet("Extern finansiering");
        String first = below(sheet.find("Beslutsdatum"), 1);

        for (int i = 0; i < DECIDED.size(); i++) {
            CellContents date = sheet.cell(below(first, i));
            assertThat(date.isNumber()).isTrue();
            assertThat(Double.parseDouble(date.raw())).isEqualTo(ChronoUnit.DAYS.between(EXCEL_EPOCH, DECIDED.get(i)));
            assertThat(date.numberFormat()).isEqualTo("yyyy-mm-dd");
        }
        assertThat(new BigDecimal(sheet.cell(first).raw())).isEqualByComparingTo("45747");
    }

    @Test
    void amounts_are_numbers_with_two_decimals_and_their_currency_in_the_format() {
        SheetContents sheet = SV.sheet("Extern finansiering");
        String first = below(sheet.find("Beviljat"), 1);

        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < GRANTED_SEK.size(); i++) {
            CellContents amount = sheet.cell(below(first, i));
            assertThat(amount.isNumber()).isTrue();
            assertThat(amount.numberFormat()).isEqualTo("#,##0.00\" kr\"");
            BigDecimal read = new BigDecimal(amount.raw()).setScale(2, RoundingMode.UNNECESSARY);
            assertThat(read).isEqualTo(GRANTED_SEK.get(i));
            total = total.add(read);
        }
        assertThat(total).isEqualTo(new BigDecimal("2044500.50"));
    }

    @Test
    void an_amount_in_another_currency_names_it_in_the_format() {
        SheetContents sheet = EN.sheet("Obligations met overdue 2025");
        CellContents amount = sheet.cell(below(sheet.find("Repayment claimed"), 1));

        assertThat(amount.numberFormat()).isEqualTo("#,##0.00\" EUR\"");
        assertThat(new BigDecimal(amount.raw())).isEqualByComparingTo("1200.00");
        assertThat(sheet.cell(below(sheet.find("Repayment claimed"), 2)).numberFormat())
                .isEqualTo("#,##0.00\" SEK\"");
    }

    @Test
    void an_unconvertible_amount_is_text_saying_so_never_a_number() {
        CellContents sv4 = SV.sheet("Extern finansiering").cell(
                below(SV.sheet("Extern finansiering").find("Beviljat"), 4));
        CellContents en4 = EN.sheet("External funding").cell(below(EN.sheet("External funding").find("Granted"), 4));

        assertThat(sv4.isText()).isTrue();
        assertThat(sv4.text()).isEqualTo(NO_RATE_SV);
        assertThat(sv4.italic()).isTrue();
        assertThat(en4.text()).isEqualTo(NO_RATE_EN);
    }

    @Test
    void an_empty_cell_is_no_cell() {
        SheetContents sheet = SV.sheet("Extern finansiering");

        assertThat(sheet.cell(below(sheet.find("Beslutsdatum"), 4))).isNull();
    }

    @Test
    void text_keeps_its_letters_and_line_break_and_wraps() {
        SheetContents sheet = SV.sheet("Vänorter och partnerskap");
        CellContents awkward = sheet.cell(below(sheet.find("Partner"), 3));

        assertThat(awkward.isText()).isTrue();
        assertThat(awkward.text()).isEqualTo(AWKWARD_SV.replace("\r\n", "\n"));
        assertThat(awkward.wraps()).isTrue();
    }

    @Test
    void the_header_row_is_bold_and_frozen() {
        SheetContents sheet = SV.sheet("Extern finansiering");
        String header = sheet.find("Program");

        assertThat(sheet.cell(header).bold()).isTrue();
        assertThat(sheet.cell(right(header, 2)).bold()).isTrue();
        assertThat(sheet.cell(below(header, 1)).bold()).isFalse();
        assertThat(sheet.pane()).containsEntry("state", "frozen").containsEntry("topLeftCell", "A" + (row(header) + 1));
        assertThat(Double.parseDouble(sheet.pane().get("ySplit"))).isEqualTo(row(header));
    }

    @Test
    void the_header_row_repeats_on_every_printed_page_of_a_4_one_page_wide() {
        String workbook = SV.part("xl/workbook.xml");
        String sheetXml = SV.sheetPart("Extern finansiering");
        int header = row(SV.sheet("Extern finansiering").find("Program"));

        assertThat(workbook).contains("_xlnm.Print_Titles")
                .contains("'Extern finansiering'!$" + header + ":$" + header);
        assertThat(sheetXml).containsPattern("<pageSetUpPr [^>]*fitToPage=\"(true|1)\"")
                .containsPattern("<pageSetup [^>]*paperSize=\"9\"")
                .containsPattern("<pageSetup [^>]*fitToHeight=\"0\"");
    }

    @Test
    void a_sheet_of_two_tables_freezes_the_first_header_row() {
        SheetContents sheet = SV.sheet("Åtaganden uppfyllda försenade 2");

        assertThat(Double.parseDouble(sheet.pane().get("ySplit"))).isEqualTo(row(sheet.find("Åtagande")));
        assertThat(sheet.cell(sheet.find("Förföll")).bold()).isTrue();
    }

    @Test
    void a_table_without_rows_is_its_bold_frozen_header_alone() {
        SheetContents sheet = read(emptyTable(SWEDISH.language())).sheet("Projekt");
        String header = sheet.find("Namn");

        assertThat(sheet.cell(right(header, 1)).text()).isEqualTo("Budget");
        assertThat(sheet.cell(right(header, 1)).bold()).isTrue();
        assertThat(sheet.cell(below(header, 1))).isNull();
        assertThat(Double.parseDouble(sheet.pane().get("ySplit"))).isEqualTo(row(header));
    }

    @Test
    void a_sheet_without_a_table_freezes_nothing() {
        assertThat(SV.sheet("History (2)").pane()).isEmpty();
    }

    @Test
    void a_chart_is_given_as_its_alternative_text_and_its_data_as_numbers() {
        SheetContents sheet = SV.sheet("Extern finansiering");
        String labels = sheet.find("Kategori");

        assertThat(sheet.rows().stream().flatMap(List::stream))
                .contains(SWEDISH.sections().get(1).blocks().stream()
                        .filter(b -> b instanceof Chart)
                        .map(b -> ((Chart) b).altText()).findFirst().orElseThrow());
        assertThat(sheet.cell(below(labels, 1)).text()).isEqualTo("Erasmus+");
        CellContents value = sheet.cell(right(below(labels, 1), 1));
        assertThat(value.isNumber()).isTrue();
        assertThat(new BigDecimal(value.raw())).isEqualByComparingTo(GRANTED_SEK.get(0));
    }

    @Test
    void columns_are_sized_to_their_content() {
        SheetContents sheet = SV.sheet("Extern finansiering");

        assertThat(sheet.columnWidths().get(0)).as("Interreg Öresund-Kattegat-Skagerrak")
                .isGreaterThanOrEqualTo("Interreg Öresund-Kattegat-Skagerrak".length());
        assertThat(sheet.columnWidths().get(2)).isGreaterThanOrEqualTo("Beslutsdatum".length())
                .isLessThan(sheet.columnWidths().get(0));
    }

    private static ReportDocument emptyTable(ReportLanguage language) {
        return ReportDocument.of("Tom", language, List.of(Section.of("projects", "Projekt",
                Table.of("Inga projekt", List.of(Column.text("Namn"),
                        Column.money("Budget")), List.of()))), List.of());
    }

    private static XlsxContents read(ReportDocument document) {
        try {
            return new XlsxContents(new XlsxReportWriter().write(document));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static int row(String reference) {
        return Integer.parseInt(reference.replaceAll("[A-Z]", ""));
    }

    private static String below(String reference, int rows) {
        return reference.replaceAll("\\d", "") + (row(reference) + rows);
    }

    private static String right(String reference, int columns) {
        String letters = reference.replaceAll("\\d", "");
        return (char) (letters.charAt(0) + columns) + Integer.toString(row(reference));
    }
}
