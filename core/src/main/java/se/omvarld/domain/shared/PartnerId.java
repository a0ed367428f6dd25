package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The identity of a partner. */
public record PartnerId(UUID value) {

    public PartnerId {
        checkNotNull(value, "partner id is required");
    }

    public static PartnerId of(String value) {
        return new PartnerId(Ids.parse("partnerId", value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
