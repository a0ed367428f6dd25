package se.omvarld.port;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** One page of a listing, and how many items the whole listing has. */
public record Page<T>(ImmutableList<T> items, long total, PageRequest request) {

    public Page {
        checkNotNull(items, "items are required");
        checkNotNull(request, "request is required");
        checkArgument(items.size() <= request.limit(), "a page holds at most %s items", request.limit());
        checkArgument(total >= request.offset() + items.size() || items.isEmpty(), "total %s is too small", total);
    }

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(ImmutableList.copyOf(items), total, request);
    }
}
