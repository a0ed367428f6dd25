package se.omvarld.testkit.memory;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.visit.Visit;
import se.omvarld.port.VisitRepository;

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
}
