package se.omvarld.domain.statistics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.ProjectId;

/** One project's granted external funding in SEK, and the rate (day, source) it was converted at. */
public record Conversion(ProjectId project, String title, Money amount, Rate rate, Money sek) {

    public Conversion {
        checkNotNull(project, "project is required");
        checkNotNull(title, "title is required");
        checkNotNull(amount, "amount is required");
        checkNotNull(rate, "rate is required");
        checkNotNull(sek, "sek is required");
        checkArgument(sek.currency().equals(Money.SEK), "sek must be in SEK");
    }
}
