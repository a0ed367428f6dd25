package se.omvarld.testkit.memory;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Optional;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.MunicipalityRepository;

final class InMemoryMunicipalityRepository implements MunicipalityRepository {

    private final MemoryStore store;

    InMemoryMunicipalityRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Municipality> find(MunicipalityCode code) {
        return store.locked(() -> store.municipalities.find(code));
    }

    @Override
    public Municipality save(Municipality municipality) {
        return store.locked(() -> store.municipalities.save(municipality.code(), municipality));
    }

    @Override
    public long registerVersion(MunicipalityCode code) {
        return store.locked(() -> store.registerVersion(code));
    }

    /** Every municipality, by code. */
    @Override
    public ImmutableList<Municipality> all() {
        return store.locked(() -> store.municipalities.where(m -> true).stream()
                .sorted(Comparator.comparing(Municipality::code)).collect(ImmutableList.toImmutableList()));
    }
}
