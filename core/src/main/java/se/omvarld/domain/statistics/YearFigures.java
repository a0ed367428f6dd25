package se.omvarld.domain.statistics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A year's figures for the annual compilation: the activities and external funding computed from the register, and
 * beside them, never added to them, the figures the municipality {@linkplain ReportedFigures reported} for the year
 * before or outside Omvärld, when it recorded any.
 */
public record YearFigures(int year, Activities activities, ExternalFunding funding,
        Optional<ReportedFigures> reported) {

    public YearFigures {
        checkNotNull(activities, "activities are required");
        checkNotNull(funding, "funding is required");
        checkNotNull(reported, "reported is required (empty when none)");
        checkArgument(activities.year() == year && funding.year() == year
                && reported.map(r -> r.year() == year).orElse(true), "figures of another year");
    }

    /** The computed figures of a year for which nothing was reported. */
    public YearFigures(int year, Activities activities, ExternalFunding funding) {
        this(year, activities, funding, Optional.empty());
    }
}
