package se.omvarld.port;

/**
 * A write based on a version that is no longer the stored one: someone else changed the aggregate first. The
 * write is rejected, never silently applied.
 */
public class StaleVersionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String aggregate;
    private final String id;
    private final long expectedVersion;

    public StaleVersionException(String aggregate, String id, long expectedVersion) {
        super(aggregate + " " + id + " was changed by someone else: version " + expectedVersion
                + " is no longer the stored one");
        this.aggregate = aggregate;
        this.id = id;
        this.expectedVersion = expectedVersion;
    }

    public String aggregate() {
        return aggregate;
    }

    public String id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
