package se.omvarld.adapter.http.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Reading a list's filters from its query string: a choice of an enum, a year, the page number, and the filters
 * chosen written back into the links to the pages before and after. What cannot be read is the filter's error.
 */
final class Filters {

    private Filters() {
    }

    /** The constant {@code field} names, empty when none is chosen, or empty with the field's error. */
    static <E extends Enum<E>> Optional<E> choice(Form filters, String field, Class<E> type, Messages m) {
        String value = filters.value(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException unknown) {
            filters.error(field, m.t("form.choice.invalid"));
            return Optional.empty();
        }
    }

    /** The year {@code field} names (1900 to 2200), empty when none is given, or empty with the field's error. */
    static Optional<Integer> year(Form filters, String field, Messages m) {
        if (filters.value(field).isEmpty()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(filters.value(field).strip());
            if (year >= 1900 && year <= 2200) {
                return Optional.of(year);
            }
        } catch (NumberFormatException notAYear) {
            // the error below
        }
        filters.error(field, m.t("project.filter.year.invalid"));
        return Optional.empty();
    }

    /** The page asked for, counted from 1; the first for anything else. */
    static int page(WebRequest x) {
        try {
            int n = Integer.parseInt(x.query("page").orElse("1"));
            return n >= 1 && n <= 100_000 ? n : 1;
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** The filters chosen, as the start of a query string that a page number follows. */
    static String query(Form filters, List<String> fields) {
        StringBuilder query = new StringBuilder();
        for (String field : fields) {
            String value = filters.value(field);
            if (!value.isEmpty()) {
                query.append(field).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        }
        return query.toString();
    }
}
