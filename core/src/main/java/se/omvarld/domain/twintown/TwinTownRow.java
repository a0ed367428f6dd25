package se.omvarld.domain.twintown;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One row of a list of twin towns as it stands in its file ({@code city1,country1,city2,country2}): nothing is
 * checked but that every field is there, so that the import can reject the row with its line and reason.
 */
public record TwinTownRow(int line, String town1, String country1, String town2, String country2) {

    public TwinTownRow {
        checkArgument(line >= 1, "line must be at least 1, was %s", line);
        checkNotNull(town1, "town1 is required (may be blank)");
        checkNotNull(country1, "country1 is required (may be blank)");
        checkNotNull(town2, "town2 is required (may be blank)");
        checkNotNull(country2, "country2 is required (may be blank)");
    }

    /** The row as a reader would quote it: {@code town1, country1 – town2, country2}. */
    public String text() {
        return town1 + ", " + country1 + " – " + town2 + ", " + country2;
    }
}
