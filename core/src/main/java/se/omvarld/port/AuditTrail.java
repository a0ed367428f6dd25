package se.omvarld.port;

import com.google.common.collect.ImmutableList;
import se.omvarld.domain.shared.MunicipalityCode;

/** The append-only trail of every change to the register. Nothing in it is ever updated or deleted. */
public interface AuditTrail {

    void append(AuditEntry entry);

    /** The changes to one aggregate, oldest first. */
    ImmutableList<AuditEntry> of(MunicipalityCode municipality, String aggregateType, String aggregateId);

    /**
     * The municipality's latest changes to any aggregate, newest first (in the order they were appended), at most
     * {@code limit} (1 or more): what the coordinator's overview lists as recent changes.
     */
    ImmutableList<AuditEntry> latest(MunicipalityCode municipality, int limit);
}
