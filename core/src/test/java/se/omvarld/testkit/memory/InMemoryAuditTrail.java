package se.omvarld.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.AuditEntry;
import se.omvarld.port.AuditTrail;

/** The audit trail as a list that only grows (a failed transaction aside, whose entries never happened). */
final class InMemoryAuditTrail implements AuditTrail {

    private final MemoryStore store;

    InMemoryAuditTrail(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void append(AuditEntry entry) {
        checkNotNull(entry, "entry is required");
        store.append(entry);
    }

    /** Oldest first; entries made at the same instant in the order they were appended. */
    @Override
    public ImmutableList<AuditEntry> of(MunicipalityCode municipality, String aggregateType, String aggregateId) {
        return store.audit().stream()
                .filter(e -> e.municipality().equals(municipality) && e.aggregateType().equals(aggregateType)
                        && e.aggregateId().equals(aggregateId))
                .sorted(Comparator.comparing(AuditEntry::at))
                .collect(ImmutableList.toImmutableList());
    }

    @Override
    public ImmutableList<AuditEntry> latest(MunicipalityCode municipality, int limit) {
        checkArgument(limit >= 1, "limit must be 1 or more, was %s", limit);
        return store.audit().reverse().stream().filter(e -> e.municipality().equals(municipality)).limit(limit)
                .collect(ImmutableList.toImmutableList());
    }
}
