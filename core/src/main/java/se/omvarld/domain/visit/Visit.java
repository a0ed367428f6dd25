package se.omvarld.domain.visit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.shared.VisitId;

/**
 * A visit (besök), incoming or outgoing, usually within a partnership. It is recorded with {@link #record}, which asks
 * {@link DigitalMeetingRule} (R3) about an outgoing trip; under R8 a twin-town visit is reported to the executive
 * board afterwards. {@link #restore} is for what repositories already hold.
 */
public final class Visit {

    private final VisitId id;
    private final MunicipalityCode municipality;
    private final Optional<PartnershipId> partnership;
    private final Direction direction;
    private final DateRange dates;
    private final String purpose;
    private final int participants;
    private final boolean digitalMeetingConsidered;
    private final ImmutableSet<CommitteeId> committees;
    private final long version;

    private Visit(VisitId id, MunicipalityCode municipality, Optional<PartnershipId> partnership, Direction direction,
            DateRange dates, String purpose, int participants, boolean digitalMeetingConsidered,
            Set<CommitteeId> committees, long version) {
        this.id = checkNotNull(id, "visit id is required");
        this.municipality = checkNotNull(municipality, "municipality is required");
        this.partnership = checkNotNull(partnership, "partnership is required (may be empty)");
        this.direction = checkNotNull(direction, "direction is required");
        this.dates = checkNotNull(dates, "dates are required");
        this.purpose = Text.required("purpose", purpose);
        checkArgument(participants > 0, "participants must be at least 1, was %s", participants);
        this.participants = participants;
        this.digitalMeetingConsidered = digitalMeetingConsidered;
        this.committees = ImmutableSet.copyOf(checkNotNull(committees, "committees are required (may be empty)"));
        checkArgument(version >= 0, "version must not be negative");
        this.version = version;
    }

    /**
     * Records a visit. Under R3 an outgoing trip needs a digital meeting to have been considered first.
     *
     * @param committees the committees whose people travelled or hosted it
     */
    public static Outcome<Visit> record(VisitId id, MunicipalityCode municipality,
            Optional<PartnershipId> partnership, Direction direction, DateRange dates, String purpose,
            int participants, boolean digitalMeetingConsidered, Set<CommitteeId> committees, PolicyProfile profile) {
        Visit visit = new Visit(id, municipality, partnership, direction, dates, purpose, participants,
                digitalMeetingConsidered, committees, 0);
        return DigitalMeetingRule.beforeTravel(profile, direction, digitalMeetingConsidered).outcome(() -> visit);
    }

    /** Rebuilds a stored visit, checking every invariant again; for repositories. */
    public static Visit restore(VisitId id, MunicipalityCode municipality, Optional<PartnershipId> partnership,
            Direction direction, DateRange dates, String purpose, int participants, boolean digitalMeetingConsidered,
            Set<CommitteeId> committees, long version) {
        return new Visit(id, municipality, partnership, direction, dates, purpose, participants,
                digitalMeetingConsidered, committees, version);
    }

    public Visit withVersion(long newVersion) {
        return new Visit(id, municipality, partnership, direction, dates, purpose, participants,
                digitalMeetingConsidered, committees, newVersion);
    }

    public VisitId id() {
        return id;
    }

    public MunicipalityCode municipality() {
        return municipality;
    }

    public Optional<PartnershipId> partnership() {
        return partnership;
    }

    public Direction direction() {
        return direction;
    }

    public DateRange dates() {
        return dates;
    }

    public String purpose() {
        return purpose;
    }

    public int participants() {
        return participants;
    }

    public boolean digitalMeetingConsidered() {
        return digitalMeetingConsidered;
    }

    /** The committees whose people travelled or hosted the visit. */
    public ImmutableSet<CommitteeId> committees() {
        return committees;
    }

    public long version() {
        return version;
    }

    private Object[] values() {
        return new Object[] {id, municipality, partnership, direction, dates, purpose, participants,
            digitalMeetingConsidered, committees, version};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Visit other && java.util.Arrays.equals(values(), other.values());
    }

    @Override
    public int hashCode() {
        return Objects.hash(values());
    }

    @Override
    public String toString() {
        return purpose + " (" + direction + ", " + dates + ")";
    }
}
