package se.omvarld.adapter.report.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/** A table's column: its header and the kind of value every cell in it holds. */
public record Column(String header, CellKind kind) {

    public Column {
        checkArgument(header != null && !header.isBlank(), "a column needs a header");
        checkNotNull(kind, "column %s needs a kind", header);
    }

    public static Column text(String header) {
        return new Column(header, CellKind.TEXT);
    }

    public static Column count(String header) {
        return new Column(header, CellKind.INTEGER);
    }

    public static Column money(String header) {
        return new Column(header, CellKind.MONEY);
    }

    public static Column date(String header) {
        return new Column(header, CellKind.DATE);
    }
}
