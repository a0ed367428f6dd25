package se.omvarld.testkit.memory;

import java.util.List;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;

/** Cuts a page out of a whole, ordered listing. */
final class Pages {

    private Pages() {
    }

    static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = (int) Math.min((long) from + request.limit(), all.size());
        return Page.of(all.subList(from, to), all.size(), request);
    }
}
