package se.omvarld.adapter.report.opendata;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.stream.Collectors;
import se.omvarld.domain.register.PublicView;

/**
 * The public view as two CSV files, RFC 4180 in UTF-8 without a byte-order mark: one row per partnership in force,
 * one per current project, each after a header row of stable English column names. A field is quoted only when it
 * holds a comma, a quote or a line break, its quotes doubled; lines end in CRLF. A cell of several values (areas,
 * countries, participants) separates them with a semicolon. Values are written as the register holds them, never
 * altered (a title starting with "=" is data here, not a formula: this is open data, not a spreadsheet).
 */
public final class OpenDataCsv {

    /** The {@code Content-Type} each file is served with. */
    public static final String MEDIA_TYPE = "text/csv; charset=utf-8; header=present";

    private static final String CRLF = "\r\n";

    private OpenDataCsv() {
    }

    /** Title, kind, partner, country, locality, areas, funding sources and since, one partnership a row. */
    public static String partnerships(PublicView view) {
        checkNotNull(view, "view is required");
        StringBuilder csv = new StringBuilder();
        row(csv, List.of("title", "kind", "partner", "country", "locality", "areas", "funding_sources", "since"));
        for (PublicView.PublicPartnership p : view.partnerships()) {
            row(csv, List.of(p.title(), p.kind().name(), p.partner(), p.country().value(), p.locality(),
                    p.areas().stream().map(Enum::name).collect(Collectors.joining(";")),
                    p.funding().stream().map(Enum::name).collect(Collectors.joining(";")), p.since().toString()));
        }
        return csv.toString();
    }

    /** Title, kind, unit, participants, countries and programme (empty where none), one project a row. */
    public static String projects(PublicView view) {
        checkNotNull(view, "view is required");
        StringBuilder csv = new StringBuilder();
        row(csv, List.of("title", "kind", "unit", "participants", "countries", "programme"));
        for (PublicView.PublicProject p : view.projects()) {
            row(csv, List.of(p.title(), p.kind().name(), p.unit(), String.join(";", p.participants()),
                    p.countries().stream().map(c -> c.value()).collect(Collectors.joining(";")),
                    p.programme().orElse("")));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append(CRLF);
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
