package se.omvarld.adapter.http.api;

import java.util.List;
import java.util.function.Function;
import se.omvarld.port.Page;

/** A page of a list as the API answers it: its items, the whole list's size, and where the page starts. */
public record Pages<T>(List<T> items, long total, int offset, int limit) {

    public static <S, T> Pages<T> of(Page<S> page, Function<S, T> view) {
        return new Pages<>(page.items().stream().map(view).toList(), page.total(), page.request().offset(),
                page.request().limit());
    }
}
