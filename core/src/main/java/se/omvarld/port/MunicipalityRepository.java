package se.omvarld.port;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.shared.MunicipalityCode;

/** The municipalities (tenants) and their organisations. */
public interface MunicipalityRepository {

    Optional<Municipality> find(MunicipalityCode code);

    /**
     * Stores a new municipality (version 0) or a change to a stored one, and returns it at its new version.
     *
     * @throws StaleVersionException if the stored version is not the one {@code municipality} was read at
     */
    Municipality save(Municipality municipality);

    ImmutableList<Municipality> all();
}
