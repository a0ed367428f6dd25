package se.omvarld.testkit.memory;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Optional;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.port.ReportedFiguresRepository;

final class InMemoryReportedFiguresRepository implements ReportedFiguresRepository {

    private final MemoryStore store;

    InMemoryReportedFiguresRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<ReportedFigures> find(MunicipalityCode municipality, int year) {
        return store.locked(() -> store.reportedFigures.find(Scoped.of(municipality, year)));
    }

    @Override
    public ReportedFigures save(ReportedFigures figures) {
        return store.locked(() -> store.reportedFigures.save(Scoped.of(figures.municipality(), figures.year()),
                figures));
    }

    @Override
    public ImmutableList<ReportedFigures> all(MunicipalityCode municipality) {
        return store.locked(() -> store.reportedFigures.where(f -> f.municipality().equals(municipality)).stream()
                .sorted(Comparator.comparingInt(ReportedFigures::year)).collect(ImmutableList.toImmutableList()));
    }
}
