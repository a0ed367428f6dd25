package se.omvarld.testkit.memory;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.PartnershipRepository;

final class InMemoryPartnershipRepository implements PartnershipRepository {

    private static final Comparator<Partnership> BY_TITLE_THEN_ID = Comparator.comparing(Partnership::title)
            .thenComparing(p -> Ordering.key(p.id().value()));

    private final MemoryStore store;

    InMemoryPartnershipRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Partnership> find(MunicipalityCode municipality, PartnershipId id) {
        return store.locked(() -> store.partnerships.find(Scoped.of(municipality, id)));
    }

    @Override
    public Partnership save(Partnership partnership) {
        return store.locked(() -> store.partnerships.save(Scoped.of(partnership.municipality(), partnership.id()),
                partnership));
    }

    @Override
    public Page<Partnership> page(MunicipalityCode municipality, PageRequest request) {
        ImmutableList<Partnership> all = all(municipality);
        return Pages.of(all, request);
    }

    @Override
    public ImmutableList<Partnership> withStatus(MunicipalityCode municipality, PartnershipStatus status) {
        return sorted(p -> p.municipality().equals(municipality) && p.status() == status);
    }

    @Override
    public ImmutableList<Partnership> all(MunicipalityCode municipality) {
        return sorted(p -> p.municipality().equals(municipality));
    }

    private ImmutableList<Partnership> sorted(Predicate<Partnership> filter) {
        return store.locked(() -> store.partnerships.where(filter).stream().sorted(BY_TITLE_THEN_ID)
                .collect(ImmutableList.toImmutableList()));
    }
}
