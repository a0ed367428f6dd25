package se.omvarld.domain.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.Text;

/**
 * A partnership as a report of a year shows it: its status at the report's day, the decisions taken on it up to that
 * day, and the day it was last evaluated (R9).
 *
 * @param partner        the counterpart's name, or the partner's id where the register holds no such partner
 * @param inForceSince   the day it first became active, if it has
 * @param decisions      every decision on it up to the report's day, oldest first
 * @param lastEvaluation the day of the latest twin-town evaluation recorded as submitted (R9), if any
 * @param committees     the committees whose own partnership it is; empty for the municipality's as a whole
 */
public record PartnershipLine(PartnershipId id, String title, String partner, CountryCode country,
        PartnershipKind kind, PartnershipStatus status, Optional<LocalDate> inForceSince,
        ImmutableList<Decision> decisions, Optional<LocalDate> lastEvaluation, ImmutableSet<CommitteeId> committees) {

    public PartnershipLine {
        checkNotNull(id, "id is required");
        title = Text.required("title", title);
        partner = Text.required("partner", partner);
        checkNotNull(country, "country is required");
        checkNotNull(kind, "kind is required");
        checkNotNull(status, "status is required");
        checkNotNull(inForceSince, "inForceSince is required (may be empty)");
        decisions = ImmutableList.copyOf(checkNotNull(decisions, "decisions are required (may be empty)"));
        checkNotNull(lastEvaluation, "lastEvaluation is required (may be empty)");
        committees = ImmutableSet.copyOf(checkNotNull(committees, "committees are required (may be empty)"));
    }

    /** The latest decision up to the report's day, if any. */
    public Optional<Decision> latestDecision() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
    }
}
