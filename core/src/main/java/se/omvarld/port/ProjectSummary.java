package se.omvarld.port;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.UnitId;

/** One line of a list of projects, read in one query. */
public record ProjectSummary(ProjectId id, Optional<ProjectId> parent, String title, ProjectKind kind,
        ProjectStatus status, UnitId owningUnit, CommitteeId committee, Optional<ProgrammeId> programme,
        ImmutableSet<CountryCode> countries, Money total, LocalDate registeredOn, long version) {

    public ProjectSummary {
        checkNotNull(id, "id is required");
        checkNotNull(parent, "parent is required (may be empty)");
        checkNotNull(title, "title is required");
        checkNotNull(kind, "kind is required");
        checkNotNull(status, "status is required");
        checkNotNull(owningUnit, "owningUnit is required");
        checkNotNull(committee, "committee is required");
        checkNotNull(programme, "programme is required (may be empty)");
        checkNotNull(countries, "countries are required (may be empty)");
        checkNotNull(total, "total is required");
        checkNotNull(registeredOn, "registeredOn is required");
    }
}
