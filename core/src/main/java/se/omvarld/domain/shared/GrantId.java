package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The identity of a grant. */
public record GrantId(UUID value) {

    public GrantId {
        checkNotNull(value, "grant id is required");
    }

    public static GrantId of(String value) {
        return new GrantId(Ids.parse("grantId", value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
