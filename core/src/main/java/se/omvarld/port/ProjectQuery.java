package se.omvarld.port;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.UnitId;

/**
 * Which projects a list holds (each filter left empty matches all) and in which order. {@code year} matches the
 * projects registered in that year; {@code country} those that cooperate with that country.
 */
public record ProjectQuery(Optional<ProjectStatus> status, Optional<ProjectKind> kind, Optional<UnitId> unit,
        Optional<ProgrammeId> programme, Optional<CountryCode> country, Optional<Integer> year, Sort sort) {

    /** The orders of a list of projects; ties are broken by id (in its canonical text form), ascending. */
    public enum Sort {
        TITLE, TITLE_DESCENDING, REGISTERED_ON, REGISTERED_ON_DESCENDING
    }

    public ProjectQuery {
        checkNotNull(status, "status is required (may be empty)");
        checkNotNull(kind, "kind is required (may be empty)");
        checkNotNull(unit, "unit is required (may be empty)");
        checkNotNull(programme, "programme is required (may be empty)");
        checkNotNull(country, "country is required (may be empty)");
        checkNotNull(year, "year is required (may be empty)");
        checkNotNull(sort, "sort is required");
    }

    /** Every project, by title. */
    public static ProjectQuery all() {
        return new ProjectQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Sort.TITLE);
    }
}
