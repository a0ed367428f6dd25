package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Year;

/** A closed range of days, {@code start} to {@code end} inclusive. */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        checkNotNull(start, "start is required");
        checkNotNull(end, "end is required");
        if (end.isBefore(start)) {
            throw InvalidValue.of(WordingKey.FIELD_DATE_RANGE, "end " + end + " is before start " + start, end,
                    start);
        }
    }

    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    public static DateRange year(int year) {
        return new DateRange(Year.of(year).atDay(1), Year.of(year).atMonth(12).atEndOfMonth());
    }

    public static DateRange years(int firstYear, int lastYear) {
        return new DateRange(year(firstYear).start(), year(lastYear).end());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean overlaps(DateRange other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
