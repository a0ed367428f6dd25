package se.omvarld.reference;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A row of a reference file that a reader could not take, and why: reported, never guessed. {@code text} is the line
 * as it stands in the file.
 */
public record RejectedRow(String file, int line, String text, String reason) {

    public RejectedRow {
        checkNotNull(file, "file is required");
        checkArgument(line >= 1, "line must be at least 1, was %s", line);
        checkNotNull(text, "text is required");
        checkNotNull(reason, "reason is required");
    }

    /** {@code file line N: reason}. */
    @Override
    public String toString() {
        return file + " line " + line + ": " + reason;
    }
}
