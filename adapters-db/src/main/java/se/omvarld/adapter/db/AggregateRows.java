package se.omvarld.adapter.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * The rows of one aggregate — its root's and each child table's — read in one statement: a {@code union all} of one
 * select per table, each table's columns put in shared columns of their type (a column a table does not fill is
 * null), each row tagged with its table. The columns that name the aggregate (its municipality and id) are not
 * selected: every row has the values the statement was given, and each column more is a conversion per row and
 * branch for the database (H2 converts every value of a union to the union's column type).
 *
 * <p>One statement instead of one per table: reading a partnership took eight, each rendered by jOOQ and parsed by the
 * database anew, which was most of a single read's time. The statement is rendered once per repository and run over
 * plain JDBC with the same two bind values in every branch, so its text never changes and the databases' statement
 * caches serve it; rendering it for every read, and jOOQ's reading of the wide union's rows, were a third of a read's
 * time (JFR, adapters-http/BENCHMARK.md). Each table's rows are ordered here, where the few rows of one aggregate
 * sort in no time: in the statement, each table would need a column of its own to order by.
 */
final class AggregateRows {

    /**
     * One table of the aggregate: the rows whose {@code municipality} and {@code owner} columns name the aggregate,
     * in ascending {@code order}.
     */
    record Part<R extends TableRecord<R>>(Table<R> table, TableField<R, String> municipality,
            TableField<R, UUID> owner, List<TableField<R, ?>> order) {

        @SafeVarargs
        static <R extends TableRecord<R>> Part<R> of(Table<R> table, TableField<R, String> municipality,
                TableField<R, UUID> owner, TableField<R, ?>... order) {
            return new Part<>(table, municipality, owner, List.of(order));
        }
    }

    private static final int MUNICIPALITY = -1;
    private static final int OWNER = -2;

    private final List<Part<?>> parts;
    /**
     * For each part, the index (from 2: the first column is the part) of each of its table's fields' columns, or
     * {@link #MUNICIPALITY} or {@link #OWNER} for the columns that name the aggregate.
     */
    private final List<int[]> columns = new ArrayList<>();
    /** The shared columns, by index less 2. */
    private final List<Field<?>> shared = new ArrayList<>();
    private volatile String sql;

    private AggregateRows(List<Part<?>> parts) {
        this.parts = List.copyOf(parts);
        Map<Class<?>, List<Integer>> byType = new LinkedHashMap<>();
        for (Part<?> part : this.parts) {
            Map<Class<?>, Integer> used = new HashMap<>();
            Field<?>[] fields = part.table().fields();
            int[] mine = new int[fields.length];
            for (int f = 0; f < fields.length; f++) {
                if (fields[f].equals(part.municipality()) || fields[f].equals(part.owner())) {
                    mine[f] = fields[f].equals(part.municipality()) ? MUNICIPALITY : OWNER;
                    continue;
                }
                Class<?> type = fields[f].getType();
                int nth = used.merge(type, 1, Integer::sum) - 1;
                List<Integer> ofType = byType.computeIfAbsent(type, t -> new ArrayList<>());
                if (nth == ofType.size()) {
                    ofType.add(shared.size());
                    shared.add(DSL.field(DSL.name("aggregate_" + type.getSimpleName().toLowerCase() + "_" + nth),
                            type));
                }
                mine[f] = ofType.get(nth);
            }
            columns.add(mine);
        }
    }

    /** The aggregate's tables; the first is its root, whose {@code owner} is its id. */
    static AggregateRows of(Part<?>... parts) {
        return new AggregateRows(List.of(parts));
    }

    /** Reads the rows of the aggregate {@code id} of {@code municipality}, in one statement. */
    Rows read(DSLContext dsl, String municipality, UUID id) {
        String statement = sql;
        if (statement == null) {
            statement = dsl.render(union());
            sql = statement;
        }
        String text = statement;
        return dsl.connectionResult(connection -> {
            try (PreparedStatement select = connection.prepareStatement(text)) {
                for (int p = 0; p < parts.size(); p++) {
                    select.setString(2 * p + 1, municipality);
                    select.setObject(2 * p + 2, id);
                }
                try (ResultSet rs = select.executeQuery()) {
                    return rows(rs, municipality, id);
                }
            }
        });
    }

    private Rows rows(ResultSet rs, String municipality, UUID id) throws SQLException {
        Map<Table<?>, List<Row>> rows = new HashMap<>();
        while (rs.next()) {
            int p = rs.getInt(1);
            Table<?> table = parts.get(p).table();
            Field<?>[] fields = table.fields();
            int[] from = columns.get(p);
            Object[] values = new Object[fields.length];
            for (int f = 0; f < fields.length; f++) {
                values[f] = from[f] == MUNICIPALITY ? municipality
                        : from[f] == OWNER ? id : rs.getObject(from[f] + 2, fields[f].getType());
            }
            rows.computeIfAbsent(table, t -> new ArrayList<>()).add(Row.of(table, values));
        }
        for (Part<?> part : parts) {
            List<Row> ofPart = rows.get(part.table());
            if (ofPart != null) {
                ofPart.sort(order(part));
            }
        }
        return new Rows(rows);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Row> order(Part<?> part) {
        Comparator<Row> order = (a, b) -> 0;
        for (TableField<?, ?> field : part.order()) {
            order = order.thenComparing(r -> (Comparable) r.get(field));
        }
        return order;
    }

    /** The union, as a derived table: H2 caches a parsed select, but not a parsed union (its statement cache). */
    private Select<Record> union() {
        Select<Record> union = null;
        for (int p = 0; p < parts.size(); p++) {
            Select<Record> select = select(p);
            union = union == null ? select : union.unionAll(select);
        }
        return DSL.selectFrom(union.asTable("aggregate"));
    }

    private Select<Record> select(int p) {
        Part<?> part = parts.get(p);
        Field<?>[] own = part.table().fields();
        Field<?>[] row = new Field<?>[shared.size()];
        int[] mine = columns.get(p);
        for (int f = 0; f < own.length; f++) {
            if (mine[f] >= 0) {
                row[mine[f]] = own[f];
            }
        }
        List<SelectField<?>> fields = new ArrayList<>();
        fields.add(DSL.inline(p).as("aggregate_part"));
        for (int c = 0; c < row.length; c++) {
            Field<?> column = shared.get(c);
            fields.add(row[c] == null ? DSL.castNull(column.getType()).as(column.getUnqualifiedName())
                    : row[c].as(column.getUnqualifiedName()));
        }
        // Parameters of the columns' types: jOOQ casts a parameter of a class to its default type (varchar), which H2
        // then converts at every comparison with the char column in the index.
        return DSL.select(fields).from(part.table())
                .where(part.municipality().eq(DSL.param("municipality", part.municipality())))
                .and(part.owner().eq(DSL.param("owner", part.owner())));
    }

    /** The rows read, by table, each table's in its order. */
    static final class Rows {

        private final Map<Table<?>, List<Row>> rows;

        private Rows(Map<Table<?>, List<Row>> rows) {
            this.rows = rows;
        }

        /** The rows of {@code table}, in its part's order. */
        List<Row> of(Table<?> table) {
            return rows.getOrDefault(table, List.of());
        }
    }
}
