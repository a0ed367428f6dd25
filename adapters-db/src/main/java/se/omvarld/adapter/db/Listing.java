package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectConditionStep;
import org.jooq.SelectJoinStep;
import org.jooq.SelectSelectStep;
import org.jooq.SortField;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;

/**
 * A list of one municipality's rows, a page at a time, each page read in one statement: the rows that match the
 * query's filters (with whatever they are joined with), each carrying how many match (a window function), in the
 * query's order, cut to the page with {@code limit} and {@code offset}. The database can then stop sorting at the
 * page's end, and PostgreSQL computes a list's subqueries (e.g. a partnership's day of activation) for the page's
 * rows alone. Only a page past the end of the list has no row to carry the total, and takes a second statement to
 * count.
 *
 * <p>The statement is rendered by jOOQ once per <em>shape</em> of query — which filters are present, and the order —
 * with a parameter for every value, and run over plain JDBC with the query's values bound, as {@link AggregateRows}
 * runs a single read: jOOQ no longer builds, renders and reads each request's statement anew, a tenth of a list's
 * allocation on H2 and code the JIT must compile before lists are fast. Most of a list's time is the database's own
 * (93 % of its CPU on H2; adapters-db/BENCHMARK.md, "Lists"). The shapes are few (the filters' subsets times the
 * orders), so every one rendered is kept.
 *
 * @param <Q> the list's query: its filters and order
 * @param <T> what each row is mapped to
 */
final class Listing<Q, T> {

    private static final Field<Integer> TOTAL = DSL.count().over().as("listed_total");
    /** The slots of a statement's values: these three, then each filter's values in the filters' order. */
    private static final int MUNICIPALITY = 0;
    private static final int LIMIT = 1;
    private static final int OFFSET = 2;
    private static final int FILTERS = 3;

    private final TableField<?, String> municipality;
    private final List<Field<?>> fields;
    private final Map<Field<?>, Integer> columns = new IdentityHashMap<>();
    private final Function<SelectSelectStep<Record>, SelectJoinStep<Record>> from;
    private final List<Filter<Q>> filters;
    /** For each filter, the slot of its first value. */
    private final int[] firstSlot;
    private final int slots;
    private final Function<Q, ? extends Enum<?>> sort;
    private final Function<Enum<?>, List<SortField<?>>> order;
    private final Function<Row, T> mapper;
    private final ConcurrentMap<Shape, Statement> pages = new ConcurrentHashMap<>();
    private final ConcurrentMap<Shape, Statement> counts = new ConcurrentHashMap<>();

    private Listing(Definition<Q> definition, Function<Row, T> mapper) {
        this.municipality = definition.municipality;
        this.fields = definition.fields;
        for (int f = 0; f < fields.size(); f++) {
            columns.put(fields.get(f), f);
        }
        this.from = definition.from;
        this.filters = List.copyOf(definition.filters);
        this.firstSlot = new int[filters.size()];
        int slot = FILTERS;
        for (int f = 0; f < filters.size(); f++) {
            firstSlot[f] = slot;
            slot += filters.get(f).types.size();
        }
        this.slots = slot;
        this.sort = definition.sort;
        this.order = definition.order;
        this.mapper = checkNotNull(mapper, "mapper is required");
    }

    /** A list of {@code fields} (each read by its type), to be completed with what they are selected from. */
    static <Q> Definition<Q> select(Field<?>... fields) {
        return new Definition<>(List.of(fields));
    }

    /**
     * The page {@code request} asks for of the rows of {@code code}'s municipality that match {@code query}, in its
     * order, each mapped.
     */
    Page<T> page(DSLContext dsl, String code, Q query, PageRequest request) {
        Object[] values = new Object[slots];
        values[MUNICIPALITY] = code;
        values[LIMIT] = request.limit();
        values[OFFSET] = request.offset();
        long present = 0;
        for (int f = 0; f < filters.size(); f++) {
            Optional<List<Object>> set = filters.get(f).values.apply(query);
            if (set.isPresent()) {
                present |= 1L << f;
                for (int v = 0; v < set.get().size(); v++) {
                    values[firstSlot[f] + v] = set.get().get(v);
                }
            }
        }
        Shape shape = new Shape(sort.apply(query), present);
        Statement statement = pages.computeIfAbsent(shape, s -> Statement.render(dsl, select(s)
                .orderBy(order.apply(s.sort())).limit(parameter(LIMIT, Integer.class))
                .offset(parameter(OFFSET, Integer.class)), parameters(s) + 2));
        int totalColumn = fields.size() + 1;
        List<T> items = new ArrayList<>(request.limit());
        long[] total = {0};
        statement.run(dsl, values, rs -> {
            while (rs.next()) {
                Object[] row = new Object[fields.size()];
                for (int f = 0; f < row.length; f++) {
                    row[f] = rs.getObject(f + 1, fields.get(f).getType());
                }
                total[0] = rs.getLong(totalColumn);
                items.add(mapper.apply(new Row(columns, row)));
            }
            return null;
        });
        if (!items.isEmpty() || request.offset() == 0) {
            return Page.of(items, total[0], request);
        }
        Statement count = counts.computeIfAbsent(shape, s -> Statement.render(dsl,
                DSL.selectCount().from(select(s).asTable("listed")), parameters(s)));
        long all = count.run(dsl, values, rs -> {
            rs.next();
            return rs.getLong(1);
        });
        return Page.of(List.of(), all, request);
    }

    /** The select of the shape's rows, with every field and the total: no order, no page. */
    private SelectConditionStep<Record> select(Shape shape) {
        List<Field<?>> selected = new ArrayList<>(fields);
        selected.add(TOTAL);
        // Of the column's type (char): a varchar parameter is converted at every comparison in the index.
        Condition matches = municipality.eq(DSL.param(name(MUNICIPALITY), municipality));
        for (int f = 0; f < filters.size(); f++) {
            if ((shape.present() & (1L << f)) != 0) {
                Filter<Q> filter = filters.get(f);
                List<Field<?>> parameters = new ArrayList<>();
                for (int v = 0; v < filter.types.size(); v++) {
                    parameters.add(DSL.param(name(firstSlot[f] + v), filter.types.get(v)));
                }
                matches = matches.and(filter.condition.apply(parameters));
            }
        }
        return from.apply(DSL.select(selected)).where(matches);
    }

    /** How many of the listing's parameters the shape's select has: the municipality's and its filters'. */
    private int parameters(Shape shape) {
        int parameters = 1;
        for (int f = 0; f < filters.size(); f++) {
            if ((shape.present() & (1L << f)) != 0) {
                parameters += filters.get(f).types.size();
            }
        }
        return parameters;
    }

    private static <V> Param<V> parameter(int slot, Class<V> type) {
        return DSL.param(name(slot), type);
    }

    /** The name of the parameter bound to a slot's value. */
    private static String name(int slot) {
        return "listed_" + slot;
    }

    /** The slot named by a parameter's name, or -1 if it is not the listing's. */
    private static int slot(String name) {
        return name.startsWith("listed_") ? Integer.parseInt(name.substring("listed_".length())) : -1;
    }

    /** Which filters are present (a bit each, in their order), and the order. */
    private record Shape(Enum<?> sort, long present) {
    }

    /** A list's fields and what they are selected from, its filters and its orders; then {@link #map}. */
    static final class Definition<Q> {

        private final List<Field<?>> fields;
        private TableField<?, String> municipality;
        private Function<SelectSelectStep<Record>, SelectJoinStep<Record>> from;
        private final List<Filter<Q>> filters = new ArrayList<>();
        private Function<Q, ? extends Enum<?>> sort;
        private Function<Enum<?>, List<SortField<?>>> order;

        private Definition(List<Field<?>> fields) {
            this.fields = fields;
        }

        /**
         * What the fields are selected from ({@code from} adds it to the select it is given), and its column of the
         * municipality every row belongs to.
         */
        Definition<Q> from(Function<SelectSelectStep<Record>, SelectJoinStep<Record>> from,
                TableField<?, String> municipality) {
            this.from = checkNotNull(from, "from is required");
            this.municipality = checkNotNull(municipality, "municipality is required");
            return this;
        }

        /** The filters a query may set, each matching every row when the query leaves it empty. */
        @SafeVarargs
        final Definition<Q> filters(Filter<Q>... filters) {
            checkArgument(filters.length < Long.SIZE, "at most %s filters", Long.SIZE - 1);
            this.filters.addAll(List.of(filters));
            return this;
        }

        /** The query's order, and the sort fields of each (the last breaking every tie). */
        @SuppressWarnings("unchecked")
        <S extends Enum<S>> Definition<Q> orderedBy(Function<Q, S> sort, Function<S, List<SortField<?>>> order) {
            this.sort = checkNotNull(sort, "sort is required");
            this.order = s -> order.apply((S) s);
            return this;
        }

        <T> Listing<Q, T> map(Function<Row, T> mapper) {
            checkNotNull(from, "from is required");
            checkNotNull(sort, "orderedBy is required");
            return new Listing<>(this, mapper);
        }
    }

    /**
     * A filter of a list: the values a query sets for it (none: the filter is left out), and its condition over a
     * parameter for each value.
     */
    static final class Filter<Q> {

        private final Function<Q, Optional<List<Object>>> values;
        private final List<DataType<?>> types;
        private final Function<List<Field<?>>, Condition> condition;

        private Filter(Function<Q, Optional<List<Object>>> values, List<DataType<?>> types,
                Function<List<Field<?>>, Condition> condition) {
            this.values = values;
            this.types = types;
            this.condition = condition;
        }

        /** The rows whose {@code column} is the query's {@code value}. */
        static <Q, V> Filter<Q> equal(Field<V> column, Function<Q, Optional<V>> value) {
            return matching(column.getDataType(), value, column::eq);
        }

        /** The rows that satisfy {@code condition} over a parameter of {@code type}, bound to the query's value. */
        @SuppressWarnings("unchecked")
        static <Q, V> Filter<Q> matching(DataType<V> type, Function<Q, Optional<V>> value,
                Function<Field<V>, Condition> condition) {
            return new Filter<>(q -> value.apply(q).map(List::of), List.of(type),
                    parameters -> condition.apply((Field<V>) parameters.get(0)));
        }

        /**
         * The rows whose day in {@code column} falls in the query's year: a range rather than extract(year ...), the
         * same in every dialect, and an index can serve it.
         */
        @SuppressWarnings("unchecked")
        static <Q> Filter<Q> inYear(Field<LocalDate> column, Function<Q, Optional<Integer>> year) {
            return new Filter<>(q -> year.apply(q).map(y -> List.of(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31))),
                    List.of(column.getDataType(), column.getDataType()),
                    parameters -> column.between((Field<LocalDate>) parameters.get(0),
                            (Field<LocalDate>) parameters.get(1)));
        }
    }

    /** One row of a page: its fields' values, by field. */
    static final class Row {

        private final Map<Field<?>, Integer> columns;
        private final Object[] values;

        private Row(Map<Field<?>, Integer> columns, Object[] values) {
            this.columns = columns;
            this.values = values;
        }

        /** The value of {@code field}, one of the list's fields (the same instance), or null. */
        @SuppressWarnings("unchecked")
        <V> V get(Field<V> field) {
            Integer column = columns.get(field);
            checkArgument(column != null, "%s is not a field of the list", field);
            return (V) values[column];
        }
    }

    /** Reads what a statement's result holds. */
    private interface Reader<R> {
        R read(ResultSet rs) throws SQLException;
    }

    /** A statement rendered once, and where each of its bind values comes from. */
    private static final class Statement {

        private final String sql;
        /** For each bind value in order: the slot of the listing's values it is taken from, or -1. */
        private final int[] slots;
        /** For each bind value whose slot is -1: the value jOOQ bound there (e.g. a constant of a subquery). */
        private final Object[] fixed;

        private Statement(String sql, int[] slots, Object[] fixed) {
            this.sql = sql;
            this.slots = slots;
            this.fixed = fixed;
        }

        /** Renders {@code select}, which has {@code own} of the listing's parameters, each once. */
        static Statement render(DSLContext dsl, Select<?> select, int own) {
            String sql = dsl.render(select);
            List<Param<?>> params = new ArrayList<>();
            for (Param<?> param : dsl.extractParams(select).values()) {
                if (!param.isInline()) {
                    params.add(param);
                }
            }
            int[] slots = new int[params.size()];
            Object[] fixed = new Object[params.size()];
            int bound = 0;
            for (int b = 0; b < slots.length; b++) {
                Param<?> param = params.get(b);
                slots[b] = param.getParamName() == null ? -1 : slot(param.getParamName());
                fixed[b] = param.getValue();
                bound += slots[b] < 0 ? 0 : 1;
            }
            // The map of parameters holds a name once: if jOOQ rendered one of the listing's twice, or left one out
            // (e.g. an offset it took for 0), binding by position would go wrong, so stop here instead.
            int expected = dsl.extractBindValues(select).size();
            if (params.size() != expected || bound != own) {
                throw new IllegalStateException("the list's statement binds " + expected + " values, " + bound
                        + " of its " + own + " parameters: " + sql);
            }
            return new Statement(sql, slots, fixed);
        }

        <R> R run(DSLContext dsl, Object[] values, Reader<R> reader) {
            return dsl.connectionResult(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int b = 0; b < slots.length; b++) {
                        statement.setObject(b + 1, slots[b] < 0 ? fixed[b] : values[slots[b]]);
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        return reader.read(rs);
                    }
                }
            });
        }
    }
}
