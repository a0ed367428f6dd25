package se.omvarld.reference;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import se.omvarld.domain.shared.Wording;

/**
 * A row of a reference file that a reader could not take, and why: reported, never guessed. {@code text} is the line
 * as it stands in the file; {@code wording} says why in words any language can say.
 */
public record RejectedRow(String file, int line, String text, Wording wording) {

    public RejectedRow {
        checkNotNull(file, "file is required");
        checkArgument(line >= 1, "line must be at least 1, was %s", line);
        checkNotNull(text, "text is required");
        checkNotNull(wording, "wording is required");
    }

    /** Why, in English. */
    public String reason() {
        return wording.english();
    }

    /** {@code file line N: reason}. */
    @Override
    public String toString() {
        return file + " line " + line + ": " + reason();
    }
}
