package se.omvarld.port;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipId;

/** Partnerships, each in one municipality's register. */
public interface PartnershipRepository {

    Optional<Partnership> find(MunicipalityCode municipality, PartnershipId id);

    /** @throws StaleVersionException if the stored version is not the one {@code partnership} was read at */
    Partnership save(Partnership partnership);

    /** A page of the municipality's partnerships, ordered by title, then id (in its canonical text form). */
    Page<Partnership> page(MunicipalityCode municipality, PageRequest request);

    /** The municipality's partnerships in {@code status}, ordered by title, then id (in its canonical text form). */
    ImmutableList<Partnership> withStatus(MunicipalityCode municipality, PartnershipStatus status);

    /** All the municipality's partnerships, ordered by title, then id (in its canonical text form). */
    ImmutableList<Partnership> all(MunicipalityCode municipality);

    /** A page of the list the query asks for, read in one query: the API's list of partnerships. */
    Page<PartnershipSummary> list(MunicipalityCode municipality, PartnershipQuery query, PageRequest request);
}
