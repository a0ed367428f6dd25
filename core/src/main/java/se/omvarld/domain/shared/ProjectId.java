package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The identity of a project. */
public record ProjectId(UUID value) {

    public ProjectId {
        checkNotNull(value, "project id is required");
    }

    public static ProjectId of(String value) {
        return new ProjectId(Ids.parse("projectId", value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
