package se.omvarld.adapter.db;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SelectOrderByStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;

/**
 * A page of a list, read in one statement: the rows that match (with whatever they are joined with), each carrying
 * how many match ({@link #total()}, a window function), in the list's order, cut to the page with {@code limit} and
 * {@code offset}. The database can then stop sorting at the page's end, and PostgreSQL computes a list's subqueries
 * (e.g. a partnership's day of activation) for the page's rows alone. Only a page past the end of the list has no row
 * to carry the total, and takes a second statement to count.
 */
final class Listing {

    private static final Field<Integer> TOTAL = DSL.field(DSL.name("listed_total"), Integer.class);

    private Listing() {
    }

    /** How many rows match: {@code count(*) over ()}. */
    static Field<Integer> total() {
        return DSL.count().over().as(TOTAL.getUnqualifiedName());
    }

    /**
     * The page of the rows {@code matching} selects (with {@link #total()} among its fields) in {@code order}, each
     * mapped. {@code matching} builds a new select each time it is asked (jOOQ's selects change as they are built).
     */
    static <R extends Record, T> Page<T> page(DSLContext dsl, Supplier<? extends SelectOrderByStep<R>> matching,
            List<SortField<?>> order, PageRequest request, Function<R, T> mapper) {
        Result<R> rows = matching.get().orderBy(order).limit(request.limit()).offset(request.offset()).fetch();
        if (!rows.isEmpty()) {
            return Page.of(rows.map(mapper::apply), rows.get(0).get(TOTAL), request);
        }
        long total = request.offset() == 0 ? 0 : dsl.fetchCount(matching.get());
        return Page.of(List.of(), total, request);
    }
}
