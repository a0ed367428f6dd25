package se.omvarld.domain.statistics;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.ProjectId;

/**
 * A project's granted external funding that could not be converted to SEK because there was no rate for its
 * currency on the day it was granted. It is left out of every total, never counted as zero.
 */
public record Unconverted(ProjectId project, String title, Money amount, LocalDate day) {

    public Unconverted {
        checkNotNull(project, "project is required");
        checkNotNull(title, "title is required");
        checkNotNull(amount, "amount is required");
        checkNotNull(day, "day is required");
    }

    @Override
    public String toString() {
        return title + " [" + project + "]: " + amount + ", no rate to SEK on " + day;
    }
}
