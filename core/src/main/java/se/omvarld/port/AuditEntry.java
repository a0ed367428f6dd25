package se.omvarld.port;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.shared.Wording;

/**
 * One change in the register: who made it, when, to which aggregate, at which resulting version, and what changed —
 * as a {@link Wording}, so each language can say it, whose arguments are values an adapter can store and read back
 * ({@link AuditArguments}). Entries are only ever appended.
 */
public record AuditEntry(MunicipalityCode municipality, String actor, Instant at, String aggregateType,
        String aggregateId, long version, String action, Wording change) {

    public AuditEntry {
        checkNotNull(municipality, "municipality is required");
        actor = Text.required("actor", actor);
        checkNotNull(at, "at is required");
        aggregateType = Text.required("aggregateType", aggregateType);
        aggregateId = Text.required("aggregateId", aggregateId);
        checkArgument(version >= 1, "an audited change stores version 1 or later, was %s", version);
        action = Text.required("action", action);
        checkNotNull(change, "change is required");
        for (Object argument : change.arguments()) {
            checkArgument(AuditArguments.storable(argument), "an audited change's arguments are %s; %s is a %s",
                    AuditArguments.STORABLE, argument, argument.getClass().getName());
        }
    }
}
