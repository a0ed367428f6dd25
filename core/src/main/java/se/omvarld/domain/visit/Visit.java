package se.omvarld.domain.visit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.Refusal;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.shared.VisitId;

/**
 * A visit (besök), incoming or outgoing, usually within a partnership. Under R3 an outgoing trip is recorded only
 * once a digital meeting was considered; under R8 a twin-town visit is reported to the executive board afterwards.
 */
public record Visit(VisitId id, MunicipalityCode municipality, Optional<PartnershipId> partnership,
        Direction direction, DateRange dates, String purpose, int participants, boolean digitalMeetingConsidered,
        long version) {

    public Visit {
        checkNotNull(id, "visit id is required");
        checkNotNull(municipality, "municipality is required");
        checkNotNull(partnership, "partnership is required (may be empty)");
        checkNotNull(direction, "direction is required");
        checkNotNull(dates, "dates are required");
        purpose = Text.required("purpose", purpose);
        checkArgument(participants > 0, "participants must be at least 1, was %s", participants);
        checkArgument(version >= 0, "version must not be negative");
    }

    /** Records a visit. Under R3 an outgoing trip needs a digital meeting to have been considered first. */
    public static Outcome<Visit> record(VisitId id, MunicipalityCode municipality,
            Optional<PartnershipId> partnership, Direction direction, DateRange dates, String purpose,
            int participants, boolean digitalMeetingConsidered, PolicyProfile profile) {
        Visit visit = new Visit(id, municipality, partnership, direction, dates, purpose, participants,
                digitalMeetingConsidered, 0);
        if (profile.has(RuleId.R3) && direction == Direction.OUTGOING && !digitalMeetingConsidered) {
            return Outcome.refused(Refusal.by(RuleId.R3, "consider a digital meeting before travelling: digital"
                    + " tools are used wherever they can be"));
        }
        return Outcome.accepted(visit);
    }

    public Visit withVersion(long newVersion) {
        return new Visit(id, municipality, partnership, direction, dates, purpose, participants,
                digitalMeetingConsidered, newVersion);
    }
}
