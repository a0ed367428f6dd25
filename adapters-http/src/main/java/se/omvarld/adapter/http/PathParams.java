package se.omvarld.adapter.http;

import se.omvarld.port.PageRequest;

/** The parameters many routes share, defined once. */
public final class PathParams {

    /** The largest page the API answers; a larger {@code limit} is a 400. */
    public static final int MAX_PAGE_SIZE = 100;

    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    public static final Param CODE = Param.text("code", "\\d{4}",
            "The municipality's four-digit code (kommunkod), e.g. 1494 for Lidköping.");
    public static final Param OFFSET = Param.integer("offset", 0, 1_000_000,
            "How many items of the list to skip (default 0).");
    public static final Param LIMIT = Param.integer("limit", 1, MAX_PAGE_SIZE,
            "How many items to answer at most (default 50, at most " + MAX_PAGE_SIZE + ").");

    private PathParams() {
    }

    /** A path parameter named as the API names its ids: {@code code}, or an id ending in {@code Id} or {@code id}. */
    static Param standard(String name) {
        if (name.equals("code")) {
            return CODE;
        }
        return Param.text(name, UUID, "The record's id (a UUID).");
    }

    static PageRequest page(long offset, long limit) {
        return new PageRequest(Math.toIntExact(offset), Math.toIntExact(limit));
    }
}
