package se.omvarld.adapter.report.csv;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import se.omvarld.adapter.report.document.Cell;
import se.omvarld.adapter.report.document.CellKind;
import se.omvarld.adapter.report.document.Column;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.adapter.report.document.Section;
import se.omvarld.adapter.report.document.Table;
import se.omvarld.domain.report.ReportFormat;
import se.omvarld.domain.report.ReportLanguage;

/**
 * Writes a report's tables as CSV in one of two dialects: {@link #rfc4180()} (comma, CRLF, UTF-8 without a BOM) for
 * programs, and {@link #swedishExcel()} (semicolon, CRLF, UTF-8 with a BOM, decimal comma) which Excel set to Swedish
 * opens by double-click with å, ä, ö and amounts intact.
 *
 * <p>Values are written for machines, not for reading: counts as plain digits, amounts as "1800000.00" (or
 * "1800000,00"), dates in ISO 8601, an empty cell as an empty field, a note (an amount with no exchange rate) as its
 * words. For Excel, a text that begins as a formula does (=, +, -, @, a tab or a carriage return) is written after an
 * apostrophe, which Excel shows as text rather than running — a project title is anyone's input (OWASP's "CSV
 * injection"); the plain dialect keeps every text exactly. A money column's currency goes into its header, "Beviljat (SEK)"; a money column holding several currencies
 * gets a currency column after it instead.
 *
 * <p>A CSV file holds one table, so a document of several tables is written in one of two ways:
 * <ul>
 *   <li>{@link #write(ReportDocument, String)}: the single table of one section, with its own header; and</li>
 *   <li>{@link #writeAll(ReportDocument)}: every table of every section in "long" form, one record per cell with the
 *       fields section id, table caption, row number, column header and value, so that every record has the same
 *       number of fields as RFC 4180 asks, whatever the tables' columns.</li>
 * </ul>
 */
public final class CsvReportWriter {

    private static final char BYTE_ORDER_MARK = '\ufeff';

    private final CSVFormat format;
    private final boolean byteOrderMark;
    private final char decimalSeparator;
    /** Whether a text that Excel would take for a formula is marked as text. */
    private final boolean textOnly;

    private CsvReportWriter(char delimiter, boolean byteOrderMark, char decimalSeparator, boolean textOnly) {
        this.format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setRecordSeparator("\r\n")
                .setQuoteMode(QuoteMode.MINIMAL)
                .get();
        this.byteOrderMark = byteOrderMark;
        this.decimalSeparator = decimalSeparator;
        this.textOnly = textOnly;
    }

    /** RFC 4180: comma, CRLF, fields quoted only when they must be with quotes doubled; UTF-8 without a BOM. */
    public static CsvReportWriter rfc4180() {
        return new CsvReportWriter(',', false, '.', false);
    }

    /**
     * For Excel set to Swedish: semicolon (its list separator), a decimal comma in amounts, and a UTF-8 byte order
     * mark, without which Excel reads the file as Windows-1252 and shows "Ã¥" for "å".
     */
    public static CsvReportWriter swedishExcel() {
        return new CsvReportWriter(';', true, ',', true);
    }

    /**
     * The writer of a report format: {@link ReportFormat#CSV} or {@link ReportFormat#CSV_EXCEL}.
     *
     * @throws IllegalArgumentException for any other format
     */
    public static CsvReportWriter of(ReportFormat format) {
        checkArgument(format == ReportFormat.CSV || format == ReportFormat.CSV_EXCEL, "%s is no CSV format",
                format);
        return format == ReportFormat.CSV ? rfc4180() : swedishExcel();
    }

    private byte[] write(Table table, ReportLanguage language) {
        Flat flat = flatten(table, language);
        return print(printer -> {
            printer.printRecord(flat.header);
            for (List<String> row : flat.rows) {
                printer.printRecord(row);
            }
        });
    }

    /**
     * The table of one section.
     *
     * @throws IllegalArgumentException if the document has no such section, or the section holds no table or
     *                                  several (write those with {@link #writeAll})
     */
    public byte[] write(ReportDocument document, String sectionId) {
        checkNotNull(document, "document is required");
        Section section = document.sections().stream().filter(s -> s.id().equals(sectionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "report " + document.title() + " has no section " + sectionId));
        ImmutableList<Table> tables = section.tables();
        checkArgument(tables.size() == 1, "section %s holds %s tables, not one: write all tables in long form instead",
                sectionId, tables.size());
        return write(tables.get(0), document.language());
    }

    /** Every table of the document, one record per cell (see the class comment), in reading order. */
    public byte[] writeAll(ReportDocument document) {
        checkNotNull(document, "document is required");
        List<String> header = document.language() == ReportLanguage.SWEDISH ? List.of("avsnitt", "tabell", "rad", "kolumn", "värde")
                : List.of("section", "table", "row", "column", "value");
        return print(printer -> {
            printer.printRecord(header);
            for (Section section : document.sections()) {
                for (Table table : section.tables()) {
                    Flat flat = flatten(table, document.language());
                    for (int r = 0; r < flat.rows.size(); r++) {
                        List<String> row = flat.rows.get(r);
                        for (int c = 0; c < row.size(); c++) {
                            printer.printRecord(section.id(), table.caption(), r + 1, flat.header.get(c), row.get(c));
                        }
                    }
                }
            }
        });
    }

    private Flat flatten(Table table, ReportLanguage language) {
        List<String> header = new ArrayList<>();
        List<Boolean> currencyColumn = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            Column column = table.columns().get(c);
            Set<Currency> currencies = currencies(table, c);
            if (column.kind() == CellKind.MONEY && currencies.size() == 1) {
                header.add(column.header() + " (" + currencies.iterator().next().getCurrencyCode() + ")");
                currencyColumn.add(false);
            } else {
                header.add(column.header());
                currencyColumn.add(currencies.size() > 1);
                if (currencies.size() > 1) {
                    header.add(column.header() + (language == ReportLanguage.SWEDISH ? " – valuta" : " – currency"));
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<Cell> cells : table.rows()) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                row.add(field(cell));
                if (currencyColumn.get(c)) {
                    row.add(cell instanceof Cell.Amount amount ? amount.currency().getCurrencyCode() : "");
                }
            }
            rows.add(row);
        }
        return new Flat(header, rows);
    }

    private static Set<Currency> currencies(Table table, int column) {
        return table.rows().stream().map(row -> row.get(column))
                .filter(Cell.Amount.class::isInstance).map(cell -> ((Cell.Amount) cell).currency())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private String field(Cell cell) {
        if (cell instanceof Cell.Text text) {
            return asText(text.value());
        }
        if (cell instanceof Cell.Count count) {
            return Long.toString(count.value());
        }
        if (cell instanceof Cell.Amount amount) {
            return plain(amount.amount());
        }
        if (cell instanceof Cell.Date date) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(date.value());
        }
        if (cell instanceof Cell.Note note) {
            return asText(note.text());
        }
        return "";
    }

    private String asText(String value) {
        return textOnly && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private String plain(BigDecimal amount) {
        String plain = amount.toPlainString();
        return decimalSeparator == '.' ? plain : plain.replace('.', decimalSeparator);
    }

    private byte[] print(Records records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            if (byteOrderMark) {
                writer.write(BYTE_ORDER_MARK);
            }
            records.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException("a CSV in memory could not be written", e);
        }
        return bytes.toByteArray();
    }

    private interface Records {
        void print(CSVPrinter printer) throws IOException;
    }

    private record Flat(List<String> header, List<List<String>> rows) {
    }
}
