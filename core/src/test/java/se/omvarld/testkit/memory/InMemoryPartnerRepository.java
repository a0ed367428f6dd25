package se.omvarld.testkit.memory;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Optional;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.port.PartnerRepository;

final class InMemoryPartnerRepository implements PartnerRepository {

    private static final Comparator<Partner> BY_NAME = Comparator.comparing(Partner::name)
            .thenComparing(p -> Ordering.key(p.id().value()));

    private final MemoryStore store;

    InMemoryPartnerRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Partner> find(MunicipalityCode municipality, PartnerId id) {
        return store.locked(() -> store.partners.find(Scoped.of(municipality, id)));
    }

    @Override
    public Partner save(Partner partner) {
        return store.locked(() -> store.partners.save(Scoped.of(partner.municipality(), partner.id()), partner));
    }

    @Override
    public ImmutableList<Partner> all(MunicipalityCode municipality) {
        return store.locked(() -> store.partners.where(p -> p.municipality().equals(municipality)).stream()
                .sorted(BY_NAME).collect(ImmutableList.toImmutableList()));
    }
}
