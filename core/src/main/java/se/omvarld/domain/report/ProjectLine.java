package se.omvarld.domain.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.Text;

/**
 * A project as a report of a year shows it: its status at the report's day and who owns it.
 *
 * @param unit                    the owning unit's name today
 * @param committee               the committee above the owning unit, which owns and finances the project
 * @param participatingCommittees the committees whose units take part (the owner's included where its unit does)
 * @param programme               the funding programme's name, if the project has one
 * @param startedOn               the day it started running, if it has by the report's day
 */
public record ProjectLine(ProjectId id, String title, ProjectStatus status, String unit, CommitteeId committee,
        ImmutableSet<CommitteeId> participatingCommittees, Optional<String> programme,
        ImmutableSet<CountryCode> countries, Optional<LocalDate> startedOn) {

    public ProjectLine {
        checkNotNull(id, "id is required");
        title = Text.required("title", title);
        checkNotNull(status, "status is required");
        unit = Text.required("unit", unit);
        checkNotNull(committee, "committee is required");
        participatingCommittees = ImmutableSet.copyOf(checkNotNull(participatingCommittees,
                "participatingCommittees are required (may be empty)"));
        checkNotNull(programme, "programme is required (may be empty)");
        countries = ImmutableSet.copyOf(checkNotNull(countries, "countries are required (may be empty)"));
        checkNotNull(startedOn, "startedOn is required (may be empty)");
    }
}
