package se.omvarld.testkit.memory;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Optional;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.ObligationRecordRepository;

final class InMemoryObligationRecordRepository implements ObligationRecordRepository {

    private final MemoryStore store;

    InMemoryObligationRecordRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<ObligationRecord> find(MunicipalityCode municipality, ObligationKey key) {
        return store.locked(() -> store.obligations.find(Scoped.of(municipality, key)));
    }

    @Override
    public ObligationRecord save(ObligationRecord record) {
        return store.locked(() -> store.obligations.save(Scoped.of(record.municipality(), record.key()), record));
    }

    @Override
    public ImmutableList<ObligationRecord> all(MunicipalityCode municipality) {
        return store.locked(() -> store.obligations.where(r -> r.municipality().equals(municipality)).stream()
                .sorted(Comparator.comparing(ObligationRecord::key)).collect(ImmutableList.toImmutableList()));
    }
}
