package se.omvarld.port;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;

/** Foreign counterparts, each in one municipality's register. */
public interface PartnerRepository {

    Optional<Partner> find(MunicipalityCode municipality, PartnerId id);

    /** @throws StaleVersionException if the stored version is not the one {@code partner} was read at */
    Partner save(Partner partner);

    /** The municipality's partners, by name. */
    ImmutableList<Partner> all(MunicipalityCode municipality);

    /** A page of the list the query asks for, read in one query: the API's list of partners. */
    Page<PartnerSummary> list(MunicipalityCode municipality, PartnerQuery query, PageRequest request);
}
