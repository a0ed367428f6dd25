package se.omvarld.testkit.memory;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.PartnershipQuery;
import se.omvarld.port.PartnershipRepository;
import se.omvarld.port.PartnershipSummary;

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

    @Override
    public Page<PartnershipSummary> list(MunicipalityCode municipality, PartnershipQuery query, PageRequest request) {
        Predicate<Partnership> matches = p -> p.municipality().equals(municipality)
                && query.status().map(s -> p.status() == s).orElse(true)
                && query.kind().map(k -> p.kind() == k).orElse(true)
                && query.country().map(c -> p.country().equals(c)).orElse(true);
        ImmutableList<PartnershipSummary> all = store.locked(() -> store.partnerships.where(matches).stream()
                .sorted(order(query.sort()))
                .map(p -> summary(p, store.partners.find(Scoped.of(municipality, p.partner())).orElseThrow(
                        () -> new IllegalStateException("partnership " + p.id() + " refers to no stored partner"))))
                .collect(ImmutableList.toImmutableList()));
        return Pages.of(all, request);
    }

    private static Comparator<Partnership> order(PartnershipQuery.Sort sort) {
        Comparator<Partnership> first;
        switch (sort) {
            case TITLE:
                first = Comparator.comparing(Partnership::title);
                break;
            case TITLE_DESCENDING:
                first = Comparator.comparing(Partnership::title).reversed();
                break;
            case PROPOSED_ON:
                first = Comparator.comparing(Partnership::proposedOn);
                break;
            case PROPOSED_ON_DESCENDING:
                first = Comparator.comparing(Partnership::proposedOn).reversed();
                break;
            default:
                throw new IllegalArgumentException("unknown sort " + sort);
        }
        return first.thenComparing(p -> Ordering.key(p.id().value()));
    }

    private static PartnershipSummary summary(Partnership p, Partner partner) {
        return new PartnershipSummary(p.id(), p.title(), p.kind(), p.status(), p.partner(), partner.name(),
                p.country(), partner.locality(), p.proposedOn(), p.activatedOn(), p.version());
    }
}
