package se.omvarld.port;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Text;

/**
 * One change in the register: who made it, when, to which aggregate, at which resulting version, and what changed.
 * Entries are only ever appended.
 */
public record AuditEntry(MunicipalityCode municipality, String actor, Instant at, String aggregateType,
        String aggregateId, long version, String action, String change) {

    public AuditEntry {
        checkNotNull(municipality, "municipality is required");
        actor = Text.required("actor", actor);
        checkNotNull(at, "at is required");
        aggregateType = Text.required("aggregateType", aggregateType);
        aggregateId = Text.required("aggregateId", aggregateId);
        checkArgument(version >= 1, "an audited change stores version 1 or later, was %s", version);
        action = Text.required("action", action);
        change = Text.required("change", change);
    }
}
