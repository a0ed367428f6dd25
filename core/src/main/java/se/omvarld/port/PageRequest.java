package se.omvarld.port;

import static com.google.common.base.Preconditions.checkArgument;

/** A page of a listing: skip {@code offset} items, take at most {@code limit} (1 to 500). */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public PageRequest {
        checkArgument(offset >= 0, "offset must not be negative, was %s", offset);
        checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit must be 1 to %s, was %s", MAX_LIMIT, limit);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }
}
