package se.omvarld.domain.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.visit.Direction;

/**
 * A visit (besök) as a report of a year shows it, with its report to the executive board where one is owed (R8).
 *
 * @param partnership the title of the partnership it was made within, if any
 * @param report      the visit report the policy asks for (R8), with its status; empty where none is owed
 */
public record VisitLine(VisitId id, String purpose, Direction direction, DateRange dates, int participants,
        Optional<String> partnership, ImmutableSet<CommitteeId> committees, Optional<ReportingObligation> report) {

    public VisitLine {
        checkNotNull(id, "id is required");
        purpose = Text.required("purpose", purpose);
        checkNotNull(direction, "direction is required");
        checkNotNull(dates, "dates are required");
        checkArgument(participants > 0, "participants must be at least 1, was %s", participants);
        checkNotNull(partnership, "partnership is required (may be empty)");
        committees = ImmutableSet.copyOf(checkNotNull(committees, "committees are required (may be empty)"));
        checkNotNull(report, "report is required (may be empty)");
        report.ifPresent(r -> checkArgument(r.kind() == ObligationKind.VISIT_REPORT, "%s is no visit report",
                r.key()));
    }
}
