package se.omvarld.port;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.shared.MunicipalityCode;

/** The municipalities (tenants) and their organisations. */
public interface MunicipalityRepository {

    Optional<Municipality> find(MunicipalityCode code);

    /**
     * Whether the municipality is stored: what a read of one of its lists asks first. An adapter should answer it
     * without loading the organisation, as {@link #find} does.
     */
    default boolean exists(MunicipalityCode code) {
        return find(code).isPresent();
    }

    /**
     * Stores a new municipality (version 0) or a change to a stored one, and returns it at its new version.
     *
     * @throws StaleVersionException if the stored version is not the one {@code municipality} was read at
     */
    Municipality save(Municipality municipality);

    ImmutableList<Municipality> all();

    /**
     * The version of the municipality's whole register (the municipality, its partners, partnerships, projects,
     * programmes, calls, grants, visits, obligation records and reported figures): it changes with every change to
     * the municipality's register that commits, and not with one rolled back; equal versions mean an equal register.
     * Read inside a transaction, it belongs to the same state of the register as the reads that follow it. 0 for a
     * municipality never stored. A reader may keep a register it loaded and reuse it while the version stays equal.
     */
    long registerVersion(MunicipalityCode code);
}
