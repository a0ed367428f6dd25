package se.omvarld.testkit.memory;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.GrantQuery;
import se.omvarld.port.GrantRepository;
import se.omvarld.port.GrantSummary;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;

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

    @Override
    public Page<GrantSummary> list(MunicipalityCode municipality, GrantQuery query, PageRequest request) {
        Predicate<AssociationGrant> matches = g -> g.municipality().equals(municipality)
                && query.status().map(s -> g.status() == s).orElse(true)
                && query.year().map(y -> g.appliedOn().getYear() == y).orElse(true);
        ImmutableList<GrantSummary> all = store.locked(() -> store.grants.where(matches).stream()
                .sorted(order(query.sort())).map(InMemoryGrantRepository::summary)
                .collect(ImmutableList.toImmutableList()));
        return Pages.of(all, request);
    }

    private static Comparator<AssociationGrant> order(GrantQuery.Sort sort) {
        Comparator<AssociationGrant> first;
        switch (sort) {
            case APPLIED_ON:
                first = Comparator.comparing(AssociationGrant::appliedOn);
                break;
            case APPLIED_ON_DESCENDING:
                first = Comparator.comparing(AssociationGrant::appliedOn).reversed();
                break;
            case ASSOCIATION:
                first = Comparator.comparing(AssociationGrant::association);
                break;
            case ASSOCIATION_DESCENDING:
                first = Comparator.comparing(AssociationGrant::association).reversed();
                break;
            default:
                throw new IllegalArgumentException("unknown sort " + sort);
        }
        return first.thenComparing(g -> Ordering.key(g.id().value()));
    }

    private static GrantSummary summary(AssociationGrant g) {
        return new GrantSummary(g.id(), g.association(), g.status(), g.requested(), g.granted(), g.exchange().start(),
                g.exchange().end(), g.appliedOn(), g.version());
    }
}
