package se.omvarld.adapter.report.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A table with a header row (a PDF/UA header, an XLSX frozen row, a CSV header). Every row has one cell per column,
 * each of the column's kind, empty, or a note.
 */
public record Table(String caption, ImmutableList<Column> columns, ImmutableList<ImmutableList<Cell>> rows)
        implements Block {

    public Table {
        checkArgument(caption != null && !caption.isBlank(), "a table needs a caption");
        columns = ImmutableList.copyOf(checkNotNull(columns, "columns are required"));
        checkArgument(!columns.isEmpty(), "table %s has no column", caption);
        ImmutableList.Builder<ImmutableList<Cell>> copied = ImmutableList.builder();
        int number = 0;
        for (List<Cell> row : checkNotNull(rows, "rows are required")) {
            number++;
            checkArgument(row.size() == columns.size(), "row %s of table %s has %s cells for %s columns", number,
                    caption, row.size(), columns.size());
            for (int i = 0; i < row.size(); i++) {
                Cell cell = checkNotNull(row.get(i), "row %s of table %s has no cell %s", number, caption, i + 1);
                CellKind kind = cell.kind();
                checkArgument(kind == null || kind == columns.get(i).kind(),
                        "row %s of table %s: column %s holds %s, not %s", number, caption, columns.get(i).header(),
                        columns.get(i).kind(), kind);
            }
            copied.add(ImmutableList.copyOf(row));
        }
        rows = copied.build();
    }

    public static Table of(String caption, List<Column> columns, List<? extends List<Cell>> rows) {
        ImmutableList.Builder<ImmutableList<Cell>> copied = ImmutableList.builder();
        rows.forEach(row -> copied.add(ImmutableList.copyOf(row)));
        return new Table(caption, ImmutableList.copyOf(columns), copied.build());
    }
}
