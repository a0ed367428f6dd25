package se.omvarld.adapter.report.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.omvarld.adapter.report.sheets.SampleReports.ACTIVITIES;
import static se.omvarld.adapter.report.sheets.SampleReports.AWKWARD_EN;
import static se.omvarld.adapter.report.sheets.SampleReports.AWKWARD_SV;
import static se.omvarld.adapter.report.sheets.SampleReports.DECIDED;
import static se.omvarld.adapter.report.sheets.SampleReports.GRANTED_SEK;
import static se.omvarld.adapter.report.sheets.SampleReports.NO_RATE_SV;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.omvarld.adapter.report.document.Cell;
import se.omvarld.adapter.report.document.Column;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.adapter.report.document.Section;
import se.omvarld.adapter.report.document.Table;
import se.omvarld.adapter.report.sheets.SampleReports;
import se.omvarld.domain.report.ReportFormat;

class CsvReportWriterTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ReportDocument swedish = SampleReports.swedish();
    private final ReportDocument english = SampleReports.english();

    @Test
    void rfc4180_has_no_byte_order_mark_and_ends_every_record_in_crlf() {
        byte[] csv = CsvReportWriter.rfc4180().write(english, "activities");

        assertThat(Arrays.copyOf(csv, 3)).isNotEqualTo(BOM);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n").doesNotContain("\r\n\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(StrictCsv.parse(text, ',')).hasSize(1 + ACTIVITIES.size());
    }

    @Test
    void swedish_excel_starts_with_a_utf8_byte_order_mark_and_separates_by_semicolons() {
        byte[] csv = CsvReportWriter.swedishExcel().write(swedish, "activities");

        assertThat(Arrays.copyOf(csv, 3)).isEqualTo(BOM);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("År;Antal\r\n");
        assertThat(StrictCsv.parse(text, ';').get(1)).containsExactly("2021", ACTIVITIES.get(0).toString());
    }

    @Test
    void a_field_with_the_separator_a_quote_or_a_line_break_is_quoted_with_its_quotes_doubled() {
        String rfc = text(CsvReportWriter.rfc4180().write(english, "partnerships"));
        String excel = text(CsvReportWriter.swedishExcel().write(swedish, "partnerships"));

        assertThat(rfc).contains("\"Action; \"\"Twin town\"\", Växjö–Jönköping\nsecond line\",,,12\r\n");
        assertThat(StrictCsv.parse(rfc, ',').get(3)).containsExactly(AWKWARD_EN, "", "", "12");
        assertThat(StrictCsv.parse(excel.substring(1), ';').get(3)).containsExactly(AWKWARD_SV, "", "", "12");
    }

    @Test
    void for_excel_a_text_that_looks_like_a_formula_is_marked_as_text_and_the_plain_dialect_keeps_it() {
        Table table = Table.of("t", List.of(Column.text("a"), Column.count("n")),
                List.of(List.of(Cell.text("=HYPERLINK(\"http://x\")"), Cell.count(-3)),
                        List.of(Cell.text("@SUM(A1)"), Cell.count(1)),
                        List.of(Cell.text("-rapport"), Cell.count(2)),
                        List.of(Cell.text("Lidköping = vänort"), Cell.count(3))));
        ReportDocument document = ReportDocument.of("t", english.language(), List.of(Section.of("s", "S", table)),
                List.of());

        List<List<String>> excel = StrictCsv.parse(text(CsvReportWriter.swedishExcel().write(document, "s"))
                .substring(1), ';');
        List<List<String>> plain = StrictCsv.parse(text(CsvReportWriter.rfc4180().write(document, "s")), ',');

        assertThat(excel.subList(1, 5)).extracting(row -> row.get(0)).containsExactly("'=HYPERLINK(\"http://x\")",
                "'@SUM(A1)", "'-rapport", "Lidköping = vänort");
        assertThat(excel.get(1).get(1)).as("a negative count stays a number").isEqualTo("-3");
        assertThat(plain.subList(1, 5)).extracting(row -> row.get(0)).containsExactly("=HYPERLINK(\"http://x\")",
                "@SUM(A1)", "-rapport", "Lidköping = vänort");
    }

    @Test
    void a_comma_is_quoted_only_where_it_separates() {
        Table table = Table.of("t", List.of(Column.text("a")),
                List.of(List.of(Cell.text("x, y")), List.of(Cell.text("p; q"))));
        ReportDocument document = ReportDocument.of("t", english.language(), List.of(Section.of("s", "S", table)),
                List.of());

        assertThat(text(CsvReportWriter.rfc4180().write(document, "s"))).isEqualTo("a\r\n\"x, y\"\r\np; q\r\n");
        assertThat(text(CsvReportWriter.swedishExcel().write(document, "s")))
                .isEqualTo("\ufeffa\r\nx, y\r\n\"p; q\"\r\n");
    }

    @Test
    void amounts_are_unformatted_with_a_decimal_point_or_in_swedish_excel_a_decimal_comma() {
        List<List<String>> rfc = StrictCsv.parse(text(CsvReportWriter.rfc4180().write(swedish, "external-funding")),
                ',');
        List<List<String>> excel = StrictCsv.parse(
                text(CsvReportWriter.swedishExcel().write(swedish, "external-funding")).substring(1), ';');

        for (int i = 0; i < GRANTED_SEK.size(); i++) {
            assertThat(new BigDecimal(rfc.get(i + 1).get(1))).isEqualTo(GRANTED_SEK.get(i));
            assertThat(excel.get(i + 1).get(1)).isEqualTo(GRANTED_SEK.get(i).toPlainString().replace('.', ','));
        }
        assertThat(rfc.get(1).get(1)).isEqualTo("1800000.00");
        assertThat(excel.get(1).get(1)).isEqualTo("1800000,00");
        assertThat(excel.get(3).get(1)).isEqualTo("-1250,00");
    }

    @Test
    void a_money_column_names_its_currency_in_the_header() {
        List<String> header = StrictCsv.parse(text(CsvReportWriter.rfc4180().write(swedish, "external-funding")), ',')
                .get(0);

        assertThat(header).containsExactly("Program", "Beviljat (SEK)", "Beslutsdatum");
    }

    @Test
    void a_money_column_of_several_currencies_gets_a_currency_column() {
        ReportDocument document = ReportDocument.of("t", swedish.language(),
                List.of(Section.of("s", "S", swedish.sections().get(3).tables().get(1))), List.of());

        List<List<String>> records = StrictCsv.parse(text(CsvReportWriter.rfc4180().write(document, "s")), ',');

        assertThat(records.get(0)).containsExactly("Åtagande", "Förföll", "Återkrav", "Återkrav – valuta");
        assertThat(records.get(1)).containsExactly("Reserapport Skagen", "2025-10-01", "1200.00", "EUR");
        assertThat(records.get(2)).containsExactly("Utvärdering Hämeenlinna", "2025-12-01", "300.00", "SEK");
    }

    @Test
    void dates_are_iso_8601() {
        List<List<String>> records = StrictCsv.parse(
                text(CsvReportWriter.swedishExcel().write(swedish, "external-funding")).substring(1), ';');

        for (int i = 0; i < DECIDED.size(); i++) {
            assertThat(records.get(i + 1).get(2)).isEqualTo(DECIDED.get(i).toString());
        }
        assertThat(records.get(1).get(2)).isEqualTo("2025-03-31");
    }

    @Test
    void an_unconvertible_amount_is_written_as_its_note_never_as_zero() {
        List<List<String>> records = StrictCsv.parse(
                text(CsvReportWriter.swedishExcel().write(swedish, "external-funding")).substring(1), ';');

        assertThat(records.get(4)).containsExactly("Nordplus (Skopje)", NO_RATE_SV, "");
    }

    @Test
    void all_tables_in_long_form_give_one_record_of_five_fields_per_cell() {
        List<List<String>> records = StrictCsv.parse(text(CsvReportWriter.rfc4180().writeAll(english)), ',');

        long cells = english.sections().stream().flatMap(s -> s.tables().stream())
                .mapToLong(t -> (long) t.rows().size() * t.columns().size()).sum();
        // the mixed-currency column of the overdue obligations adds one field to each of its two rows
        assertThat(records).hasSize(1 + (int) cells + 2);
        assertThat(records).allSatisfy(record -> assertThat(record).hasSize(5));
        assertThat(records.get(0)).containsExactly("section", "table", "row", "column", "value");
        assertThat(records).contains(List.of("external-funding", "Granted funds by programme", "2", "Granted (SEK)",
                GRANTED_SEK.get(1).toPlainString()));
        assertThat(records).contains(List.of("partnerships", "Partnerships with status", "3", "Partner", AWKWARD_EN));
    }

    @Test
    void all_tables_in_long_form_sum_to_the_granted_total() {
        List<List<String>> records = StrictCsv.parse(
                text(CsvReportWriter.swedishExcel().writeAll(swedish)).substring(1), ';');

        BigDecimal total = records.stream().filter(r -> r.get(3).equals("Beviljat (SEK)"))
                .filter(r -> r.get(4).matches("-?\\d+,\\d\\d"))
                .map(r -> new BigDecimal(r.get(4).replace(',', '.'))).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expected = GRANTED_SEK.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualTo(expected).isEqualTo(new BigDecimal("2044500.50"));
        assertThat(records.get(0)).containsExactly("avsnitt", "tabell", "rad", "kolumn", "värde");
    }

    @Test
    void a_table_without_rows_is_its_header_alone() {
        Table empty = Table.of("Inga projekt", List.of(Column.text("Namn"), Column.money("Budget")), List.of());
        ReportDocument document = ReportDocument.of("Tom", swedish.language(),
                List.of(Section.of("projects", "Projekt", empty)), List.of());

        assertThat(text(CsvReportWriter.rfc4180().write(document, "projects"))).isEqualTo("Namn,Budget\r\n");
        assertThat(text(CsvReportWriter.rfc4180().writeAll(document))).isEqualTo("avsnitt,tabell,rad,kolumn,värde\r\n");
    }

    @Test
    void a_section_of_several_tables_is_refused_as_one_table() {
        assertThatThrownBy(() -> CsvReportWriter.rfc4180().write(swedish, "obligations"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("section obligations holds 2 tables, not one: write all tables in long form instead");
    }

    @Test
    void the_report_formats_choose_their_dialect() {
        assertThat(CsvReportWriter.of(ReportFormat.CSV).write(english, "activities"))
                .isEqualTo(CsvReportWriter.rfc4180().write(english, "activities"));
        assertThat(CsvReportWriter.of(ReportFormat.CSV_EXCEL).write(english, "activities"))
                .isEqualTo(CsvReportWriter.swedishExcel().write(english, "activities"));
        assertThatThrownBy(() -> CsvReportWriter.of(ReportFormat.XLSX)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("XLSX is no CSV format");
    }

    @Test
    void an_unknown_section_is_refused() {
        assertThatThrownBy(() -> CsvReportWriter.rfc4180().write(swedish, "nothing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no section nothing");
    }

    private static String text(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8);
    }
}
