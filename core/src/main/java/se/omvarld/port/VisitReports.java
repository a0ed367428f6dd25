package se.omvarld.port;

import java.util.Optional;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.visit.VisitReport;

/**
 * Each visit's report (besöksrapport): its description and its bytes, at most one per visit. Scoped by municipality
 * like every port: another municipality's visit has no report here.
 */
public interface VisitReports {

    /**
     * Keeps {@code content} as the report of {@code report.visit()}, replacing any earlier one.
     *
     * @return whether an earlier report was replaced
     * @throws IllegalArgumentException if the visit is not stored, or {@code content} is not what {@code report}
     *                                  describes (its size and SHA-256)
     */
    boolean save(VisitReport report, byte[] content);

    Optional<VisitReport> find(MunicipalityCode municipality, VisitId visit);

    /** The report's bytes, exactly as saved. */
    Optional<byte[]> content(MunicipalityCode municipality, VisitId visit);
}
