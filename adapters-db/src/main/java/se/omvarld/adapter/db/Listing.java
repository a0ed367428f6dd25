package se.omvarld.adapter.db;

import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;

/**
 * A page of a list read in one statement, whatever the page asks for. The inner query (the rows that match, with
 * whatever they are joined with) numbers its rows in the list's order ({@link #position}) and counts them
 * ({@link #total}), both as window functions; the outer query keeps the page's rows by their numbers. A page beyond
 * the end would have no row to carry the total, so then the outer query keeps the list's last row instead, which
 * tells the total and is not returned. Only an empty list returns no row at all, and its total is 0.
 *
 * <p>(With {@code count(*) over ()} and {@code limit}/{@code offset} instead, a page beyond the end comes back
 * without a row to read the total from, which would take a second query.)
 */
final class Listing {

    private static final Field<Integer> TOTAL = DSL.field(DSL.name("listed_total"), Integer.class);
    private static final Field<Integer> POSITION = DSL.field(DSL.name("listed_position"), Integer.class);

    private Listing() {
    }

    /** How many rows match: {@code count(*) over ()}. */
    static Field<Integer> total() {
        return DSL.count().over().as(TOTAL.getUnqualifiedName());
    }

    /** The row's place in the list, from 1: {@code row_number() over (order by ...)}. */
    static Field<Integer> position(List<SortField<?>> order) {
        return DSL.rowNumber().over(DSL.orderBy(order)).as(POSITION.getUnqualifiedName());
    }

    /** The page of {@code listed} (which selects {@link #total()} and {@link #position}), each row mapped. */
    static <T> Page<T> page(DSLContext dsl, Table<?> listed, PageRequest request, Function<Record, T> mapper) {
        Field<Integer> total = listed.field(TOTAL);
        Field<Integer> position = listed.field(POSITION);
        int from = request.offset();
        int to = (int) Math.min((long) request.offset() + request.limit(), Integer.MAX_VALUE);
        Result<? extends Record> rows = dsl.select(listed.fields()).from(listed)
                .where(position.gt(from).and(position.le(to))
                        .or(position.eq(total).and(total.le(from))))
                .orderBy(position)
                .fetch();
        if (rows.isEmpty()) {
            return Page.of(List.of(), 0, request);
        }
        long count = rows.get(0).get(total);
        List<T> items = rows.stream().filter(r -> r.get(position) > from).map(mapper).toList();
        return Page.of(items, count, request);
    }
}
