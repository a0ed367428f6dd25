package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.OBLIGATION_RECORD;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import se.omvarld.adapter.db.jooq.tables.records.ObligationRecordRecord;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.obligation.ObligationStatus;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.ObligationRecordRepository;

/** The records of what was done about reporting obligations, keyed by municipality and obligation key. */
public final class JooqObligationRecordRepository implements ObligationRecordRepository {

    static final String AGGREGATE = "ObligationRecord";

    private final JooqTransactions transactions;

    public JooqObligationRecordRepository(JooqTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions are required");
    }

    @Override
    public Optional<ObligationRecord> find(MunicipalityCode municipality, ObligationKey key) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(key, "key is required");
        return transactions.dsl(dsl -> dsl.selectFrom(OBLIGATION_RECORD)
                .where(OBLIGATION_RECORD.MUNICIPALITY_CODE.eq(municipality.value()),
                        OBLIGATION_RECORD.OBLIGATION_KEY.eq(key.value()))
                .fetchOptional(JooqObligationRecordRepository::record));
    }

    @Override
    public ImmutableList<ObligationRecord> all(MunicipalityCode municipality) {
        checkNotNull(municipality, "municipality is required");
        return transactions.dsl(dsl -> dsl.selectFrom(OBLIGATION_RECORD)
                .where(OBLIGATION_RECORD.MUNICIPALITY_CODE.eq(municipality.value()))
                .orderBy(OBLIGATION_RECORD.OBLIGATION_KEY)
                .fetch(JooqObligationRecordRepository::record)
                .stream().collect(ImmutableList.toImmutableList()));
    }

    @Override
    public ObligationRecord save(ObligationRecord record) {
        checkNotNull(record, "record is required");
        String id = record.key().value();
        return transactions.dsl(dsl -> Store.guard(AGGREGATE, id, record.version(), () -> {
            ObligationRecordRecord r = dsl.newRecord(OBLIGATION_RECORD);
            r.setMunicipalityCode(record.municipality().value());
            r.setObligationKey(record.key().value());
            r.setStatus(record.status().name());
            r.setSettledOn(record.on());
            r.setNote(record.note());
            return record.withVersion(Store.saveRoot(dsl, r, OBLIGATION_RECORD.VERSION, record.version(), AGGREGATE,
                    id));
        }));
    }

    private static ObligationRecord record(ObligationRecordRecord r) {
        return new ObligationRecord(new ObligationKey(r.getObligationKey()),
                MunicipalityCode.of(r.getMunicipalityCode()), ObligationStatus.valueOf(r.getStatus()),
                r.getSettledOn(), r.getNote(), r.getVersion());
    }
}
