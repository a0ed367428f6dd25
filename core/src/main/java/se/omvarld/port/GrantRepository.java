package se.omvarld.port;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.MunicipalityCode;

/** Grants to associations, each in one municipality's register. */
public interface GrantRepository {

    Optional<AssociationGrant> find(MunicipalityCode municipality, GrantId id);

    /** @throws StaleVersionException if the stored version is not the one {@code grant} was read at */
    AssociationGrant save(AssociationGrant grant);

    /** The municipality's grants, by application day, then id (in its canonical text form). */
    ImmutableList<AssociationGrant> all(MunicipalityCode municipality);

    /** A page of the list the query asks for, read in one query: the API's list of association grants. */
    Page<GrantSummary> list(MunicipalityCode municipality, GrantQuery query, PageRequest request);
}
