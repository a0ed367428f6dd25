package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The identity of a partnership. */
public record PartnershipId(UUID value) {

    public PartnershipId {
        checkNotNull(value, "partnership id is required");
    }

    public static PartnershipId of(String value) {
        return new PartnershipId(Ids.parse("partnershipId", value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
