package se.omvarld.adapter.report.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * One value in a table. {@link Empty} is a cell with nothing to show (a project without a country); {@link Note} is a
 * cell whose value cannot be given as its column's kind and says why in words, e.g. an amount with no exchange rate
 * on the day: such an amount is shown as unconvertible, never as zero.
 */
public sealed interface Cell {

    /** The kind of column this cell may stand in; {@code null} for cells that may stand in any column. */
    CellKind kind();

    record Text(String value) implements Cell {
        public Text {
            checkNotNull(value, "text is required");
        }

        @Override
        public CellKind kind() {
            return CellKind.TEXT;
        }
    }

    record Count(long value) implements Cell {
        @Override
        public CellKind kind() {
            return CellKind.INTEGER;
        }
    }

    /** An exact amount at scale 2. */
    record Amount(BigDecimal amount, Currency currency) implements Cell {
        public Amount {
            checkNotNull(amount, "amount is required");
            checkNotNull(currency, "currency is required");
            checkArgument(amount.scale() == 2, "a money cell is at scale 2, not %s", amount);
        }

        @Override
        public CellKind kind() {
            return CellKind.MONEY;
        }
    }

    record Date(LocalDate value) implements Cell {
        public Date {
            checkNotNull(value, "date is required");
        }

        @Override
        public CellKind kind() {
            return CellKind.DATE;
        }
    }

    record Empty() implements Cell {
        @Override
        public CellKind kind() {
            return null;
        }
    }

    record Note(String text) implements Cell {
        public Note {
            checkArgument(text != null && !text.isBlank(), "a note needs text");
        }

        @Override
        public CellKind kind() {
            return null;
        }
    }

    static Cell text(String value) {
        return new Text(value);
    }

    static Cell count(long value) {
        return new Count(value);
    }

    static Cell money(se.omvarld.domain.shared.Money money) {
        return new Amount(money.amount(), money.currency());
    }

    static Cell date(LocalDate value) {
        return value == null ? new Empty() : new Date(value);
    }

    static Cell empty() {
        return new Empty();
    }

    static Cell note(String text) {
        return new Note(text);
    }
}
