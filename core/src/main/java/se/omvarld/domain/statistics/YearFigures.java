package se.omvarld.domain.statistics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/** A year's figures for the annual compilation: activities and external funding. */
public record YearFigures(int year, Activities activities, ExternalFunding funding) {

    public YearFigures {
        checkNotNull(activities, "activities are required");
        checkNotNull(funding, "funding is required");
        checkArgument(activities.year() == year && funding.year() == year, "figures of another year");
    }
}
