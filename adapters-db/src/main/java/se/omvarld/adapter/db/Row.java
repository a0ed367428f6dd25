package se.omvarld.adapter.db;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * One row of a table as an aggregate's restoring reads it: a jOOQ record, or the values of one in its table's field
 * order. A single read fills arrays ({@link AggregateRows}): building a generated record checks every value it is
 * given against the table's primary key, which was half of what filling a partnership's rows cost.
 */
interface Row {

    /** The value of {@code field}, a field of the row's table. */
    <T> T get(Field<T> field);

    static Row of(Record record) {
        return new Row() {
            @Override
            public <T> T get(Field<T> field) {
                return record.get(field);
            }
        };
    }

    /** The row of {@code table} whose values, in its field order, are {@code values}. */
    static Row of(Table<?> table, Object[] values) {
        return new Row() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T get(Field<T> field) {
                int index = table.indexOf(field);
                if (index < 0) {
                    throw new IllegalArgumentException(field + " is not a field of " + table);
                }
                return (T) values[index];
            }
        };
    }
}
