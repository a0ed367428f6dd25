package se.omvarld.testkit.memory;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.visit.Visit;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.VisitQuery;
import se.omvarld.port.VisitRepository;
import se.omvarld.port.VisitSummary;

final class InMemoryVisitRepository implements VisitRepository {

    private static final Comparator<Visit> BY_FIRST_DAY_THEN_ID = Comparator
            .comparing((Visit v) -> v.dates().start()).thenComparing(v -> Ordering.key(v.id().value()));

    private final MemoryStore store;

    InMemoryVisitRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Visit> find(MunicipalityCode municipality, VisitId id) {
        return store.locked(() -> store.visits.find(Scoped.of(municipality, id)));
    }

    @Override
    public Visit save(Visit visit) {
        return store.locked(() -> store.visits.save(Scoped.of(visit.municipality(), visit.id()), visit));
    }

    @Override
    public ImmutableList<Visit> ofPartnership(MunicipalityCode municipality, PartnershipId partnership) {
        return sorted(v -> v.municipality().equals(municipality)
                && v.partnership().map(partnership::equals).orElse(false));
    }

    @Override
    public ImmutableList<Visit> all(MunicipalityCode municipality) {
        return sorted(v -> v.municipality().equals(municipality));
    }

    private ImmutableList<Visit> sorted(Predicate<Visit> filter) {
        return store.locked(() -> store.visits.where(filter).stream().sorted(BY_FIRST_DAY_THEN_ID)
                .collect(ImmutableList.toImmutableList()));
    }

    @Override
    public Page<VisitSummary> list(MunicipalityCode municipality, VisitQuery query, PageRequest request) {
        Predicate<Visit> matches = v -> v.municipality().equals(municipality)
                && query.direction().map(d -> v.direction() == d).orElse(true)
                && query.partnership().map(p -> v.partnership().map(p::equals).orElse(false)).orElse(true)
                && query.year().map(y -> v.dates().start().getYear() == y).orElse(true);
        ImmutableList<VisitSummary> all = store.locked(() -> store.visits.where(matches).stream()
                .sorted(order(query.sort())).map(InMemoryVisitRepository::summary)
                .collect(ImmutableList.toImmutableList()));
        return Pages.of(all, request);
    }

    private static Comparator<Visit> order(VisitQuery.Sort sort) {
        Comparator<Visit> first;
        switch (sort) {
            case FIRST_DAY:
                first = Comparator.comparing((Visit v) -> v.dates().start());
                break;
            case FIRST_DAY_DESCENDING:
                first = Comparator.comparing((Visit v) -> v.dates().start()).reversed();
                break;
            default:
                throw new IllegalArgumentException("unknown sort " + sort);
        }
        return first.thenComparing(v -> Ordering.key(v.id().value()));
    }

    private static VisitSummary summary(Visit v) {
        return new VisitSummary(v.id(), v.partnership(), v.direction(), v.dates().start(), v.dates().end(),
                v.purpose(), v.participants(), v.version());
    }
}
