package se.omvarld.port;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.visit.Visit;

/** Visits, each in one municipality's register. */
public interface VisitRepository {

    Optional<Visit> find(MunicipalityCode municipality, VisitId id);

    /** @throws StaleVersionException if the stored version is not the one {@code visit} was read at */
    Visit save(Visit visit);

    /** The visits within a partnership, by first day, then id (in its canonical text form). */
    ImmutableList<Visit> ofPartnership(MunicipalityCode municipality, PartnershipId partnership);

    /** The municipality's visits, by first day, then id (in its canonical text form). */
    ImmutableList<Visit> all(MunicipalityCode municipality);

    /** A page of the list the query asks for, read in one query: the API's list of visits. */
    Page<VisitSummary> list(MunicipalityCode municipality, VisitQuery query, PageRequest request);
}
