package se.omvarld.port;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.statistics.ReportedFigures;

/**
 * The figures municipalities reported for earlier years, at most one set per municipality and year. Versions as for
 * every aggregate: figures never stored are at version 0, and {@link #save} returns them at the stored version plus
 * one.
 */
public interface ReportedFiguresRepository {

    /** The municipality's figures for {@code year}, if any were recorded. */
    Optional<ReportedFigures> find(MunicipalityCode municipality, int year);

    /**
     * Stores new figures (version 0) or a correction (at the version it was read at), returning them at the next
     * version.
     *
     * @throws StaleVersionException if the stored version is not the one {@code figures} carry, including new figures
     *     for a year already recorded
     */
    ReportedFigures save(ReportedFigures figures);

    /** The municipality's figures, by year, earliest first. */
    ImmutableList<ReportedFigures> all(MunicipalityCode municipality);
}
