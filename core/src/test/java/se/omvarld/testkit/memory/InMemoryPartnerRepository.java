package se.omvarld.testkit.memory;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.PartnerQuery;
import se.omvarld.port.PartnerRepository;
import se.omvarld.port.PartnerSummary;

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

    @Override
    public Page<PartnerSummary> list(MunicipalityCode municipality, PartnerQuery query, PageRequest request) {
        Predicate<Partner> matches = p -> p.municipality().equals(municipality)
                && query.kind().map(k -> p.kind() == k).orElse(true)
                && query.country().map(c -> p.country().equals(c)).orElse(true);
        Comparator<Partner> byName = query.sort() == PartnerQuery.Sort.NAME_DESCENDING
                ? Comparator.comparing(Partner::name).reversed() : Comparator.comparing(Partner::name);
        ImmutableList<PartnerSummary> all = store.locked(() -> store.partners.where(matches).stream()
                .sorted(byName.thenComparing(p -> Ordering.key(p.id().value())))
                .map(p -> new PartnerSummary(p.id(), p.kind(), p.name(), p.country(), p.locality(), p.version()))
                .collect(ImmutableList.toImmutableList()));
        return Pages.of(all, request);
    }
}
