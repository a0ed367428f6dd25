package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The identity of a visit. */
public record VisitId(UUID value) {

    public VisitId {
        checkNotNull(value, "visit id is required");
    }

    public static VisitId of(String value) {
        return new VisitId(Ids.parse("visitId", value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
