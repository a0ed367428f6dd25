package se.omvarld.adapter.report.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader written for the tests, independent of Commons CSV which the writer uses: records end in
 * CRLF, a quoted field may hold the separator, CR, LF and doubled quotes, and anything else (a quote inside an
 * unquoted field, a bare LF between records, text after a closing quote) is an error.
 */
final class StrictCsv {

    private StrictCsv() {
    }

    static List<List<String>> parse(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("unterminated quoted field at " + i);
                    }
                    char c = text.charAt(i);
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (c == '"') {
                        i++;
                        break;
                    } else {
                        field.append(c);
                        i++;
                    }
                }
            } else {
                while (i < text.length() && text.charAt(i) != separator && text.charAt(i) != '\r') {
                    char c = text.charAt(i);
                    if (c == '"' || c == '\n') {
                        throw new IllegalArgumentException("unquoted field holds " + (c == '"' ? "a quote" : "LF")
                                + " at " + i);
                    }
                    field.append(c);
                    i++;
                }
            }
            if (i >= text.length()) {
                throw new IllegalArgumentException("the last record does not end in CRLF");
            }
            char end = text.charAt(i);
            record.add(field.toString());
            field.setLength(0);
            if (end == separator) {
                i++;
            } else if (end == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                throw new IllegalArgumentException("unexpected " + (int) end + " after a field at " + i);
            }
        }
        return records;
    }
}
