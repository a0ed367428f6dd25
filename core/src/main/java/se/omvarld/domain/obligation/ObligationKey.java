package se.omvarld.domain.obligation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.WordingKey;

/**
 * The stable key of a reporting obligation, e.g. {@code R5/annual-compilation/2025}: the same obligation gets the
 * same key on every run of the planner, so a submission recorded against it stays attached.
 */
public record ObligationKey(String value) implements Comparable<ObligationKey> {

    /** Compiled once: {@code String.matches} compiled it for every key, thousands per planner run. */
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._:-]{0,199}");

    public ObligationKey {
        checkNotNull(value, "obligation key is required");
        if (!FORM.matcher(value).matches()) {
            throw InvalidValue.of(WordingKey.FIELD_OBLIGATION_KEY, "obligation key must be 1-200 letters, digits or"
                    + " / . _ : -, was '" + value + "'", value);
        }
    }

    public static ObligationKey of(String... parts) {
        return new ObligationKey(String.join("/", parts));
    }

    @Override
    public int compareTo(ObligationKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
