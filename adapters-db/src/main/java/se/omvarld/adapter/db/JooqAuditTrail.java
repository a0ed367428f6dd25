package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.AUDIT_ENTRY;

import com.google.common.collect.ImmutableList;
import se.omvarld.adapter.db.jooq.tables.records.AuditEntryRecord;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.AuditArguments;
import se.omvarld.port.AuditEntry;
import se.omvarld.port.AuditTrail;

/**
 * The audit trail in {@code audit_entry}. This class only ever inserts into and reads from that table: nothing in
 * the application updates or deletes an entry (on PostgreSQL a trigger refuses it, too).
 */
public final class JooqAuditTrail implements AuditTrail {

    private final JooqTransactions transactions;

    public JooqAuditTrail(JooqTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions are required");
    }

    @Override
    public void append(AuditEntry entry) {
        checkNotNull(entry, "entry is required");
        transactions.dsl(dsl -> dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.MUNICIPALITY_CODE, entry.municipality().value())
                .set(AUDIT_ENTRY.ACTOR, entry.actor())
                .set(AUDIT_ENTRY.CHANGED_AT, Rows.timestamp(entry.at()))
                .set(AUDIT_ENTRY.AGGREGATE_TYPE, entry.aggregateType())
                .set(AUDIT_ENTRY.AGGREGATE_ID, entry.aggregateId())
                .set(AUDIT_ENTRY.VERSION, entry.version())
                .set(AUDIT_ENTRY.ACTION, entry.action())
                .set(AUDIT_ENTRY.CHANGE, entry.change().english())
                .set(AUDIT_ENTRY.CHANGE_KEY, entry.change().isKeyed() ? entry.change().key().key() : null)
                .set(AUDIT_ENTRY.CHANGE_ARGUMENTS, entry.change().isKeyed()
                        ? AuditArguments.encode(entry.change().arguments()) : null)
                .execute());
    }

    @Override
    public ImmutableList<AuditEntry> of(MunicipalityCode municipality, String aggregateType, String aggregateId) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(aggregateType, "aggregateType is required");
        checkNotNull(aggregateId, "aggregateId is required");
        return transactions.dsl(dsl -> dsl.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.MUNICIPALITY_CODE.eq(municipality.value()),
                        AUDIT_ENTRY.AGGREGATE_TYPE.eq(aggregateType), AUDIT_ENTRY.AGGREGATE_ID.eq(aggregateId))
                .orderBy(AUDIT_ENTRY.CHANGED_AT, AUDIT_ENTRY.ID)
                .fetch(JooqAuditTrail::entry)
                .stream().collect(ImmutableList.toImmutableList()));
    }

    /** By the identity column, newest first: the primary key's index (municipality, id) read backwards. */
    @Override
    public ImmutableList<AuditEntry> latest(MunicipalityCode municipality, int limit) {
        checkNotNull(municipality, "municipality is required");
        checkArgument(limit >= 1, "limit must be 1 or more, was %s", limit);
        return transactions.dsl(dsl -> dsl.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.MUNICIPALITY_CODE.eq(municipality.value()))
                .orderBy(AUDIT_ENTRY.ID.desc())
                .limit(limit)
                .fetch(JooqAuditTrail::entry)
                .stream().collect(ImmutableList.toImmutableList()));
    }

    private static AuditEntry entry(AuditEntryRecord r) {
        return new AuditEntry(MunicipalityCode.of(r.getMunicipalityCode()), r.getActor(),
                r.getChangedAt().toInstant(), r.getAggregateType(), r.getAggregateId(), r.getVersion(),
                r.getAction(), AuditArguments.wording(r.getChangeKey(), r.getChangeArguments(), r.getChange()));
    }
}
