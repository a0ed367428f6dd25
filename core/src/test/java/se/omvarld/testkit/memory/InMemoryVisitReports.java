package se.omvarld.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.visit.VisitReport;
import se.omvarld.port.VisitReports;

/** The visits' reports in the store's map keyed by (municipality, visit); the bytes are copied in and out. */
final class InMemoryVisitReports implements VisitReports {

    /** A report as kept: its description and a copy of its bytes. */
    record Stored(VisitReport report, byte[] content) {
    }

    private final MemoryStore store;

    InMemoryVisitReports(MemoryStore store) {
        this.store = store;
    }

    @Override
    public boolean save(VisitReport report, byte[] content) {
        checkNotNull(report, "report is required");
        checkNotNull(content, "content is required");
        checkArgument(report.describes(content), "the content is not the report's: its size or SHA-256 differs");
        return store.locked(() -> {
            checkArgument(store.visits.find(Scoped.of(report.municipality(), report.visit())).isPresent(),
                    "visit %s is not stored in %s", report.visit(), report.municipality());
            return store.visitReports.put(Scoped.of(report.municipality(), report.visit()),
                    new Stored(report, content.clone())) != null;
        });
    }

    @Override
    public Optional<VisitReport> find(MunicipalityCode municipality, VisitId visit) {
        return store.locked(() -> Optional.ofNullable(store.visitReports.get(Scoped.of(municipality, visit)))
                .map(Stored::report));
    }

    @Override
    public Optional<byte[]> content(MunicipalityCode municipality, VisitId visit) {
        return store.locked(() -> Optional.ofNullable(store.visitReports.get(Scoped.of(municipality, visit)))
                .map(stored -> stored.content().clone()));
    }
}
