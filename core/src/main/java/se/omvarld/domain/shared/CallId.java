package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The identity of a call. */
public record CallId(UUID value) {

    public CallId {
        checkNotNull(value, "call id is required");
    }

    public static CallId of(String value) {
        return new CallId(Ids.parse("callId", value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
