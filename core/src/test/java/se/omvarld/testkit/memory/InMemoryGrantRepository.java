package se.omvarld.testkit.memory;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Optional;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.GrantRepository;

final class InMemoryGrantRepository implements GrantRepository {

    private static final Comparator<AssociationGrant> BY_APPLICATION_DAY_THEN_ID = Comparator
            .comparing(AssociationGrant::appliedOn).thenComparing(g -> Ordering.key(g.id().value()));

    private final MemoryStore store;

    InMemoryGrantRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<AssociationGrant> find(MunicipalityCode municipality, GrantId id) {
        return store.locked(() -> store.grants.find(Scoped.of(municipality, id)));
    }

    @Override
    public AssociationGrant save(AssociationGrant grant) {
        return store.locked(() -> store.grants.save(Scoped.of(grant.municipality(), grant.id()), grant));
    }

    @Override
    public ImmutableList<AssociationGrant> all(MunicipalityCode municipality) {
        return store.locked(() -> store.grants.where(g -> g.municipality().equals(municipality)).stream()
                .sorted(BY_APPLICATION_DAY_THEN_ID).collect(ImmutableList.toImmutableList()));
    }
}
