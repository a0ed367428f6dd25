package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The identity of a programme. */
public record ProgrammeId(UUID value) {

    public ProgrammeId {
        checkNotNull(value, "programme id is required");
    }

    public static ProgrammeId of(String value) {
        return new ProgrammeId(Ids.parse("programmeId", value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
