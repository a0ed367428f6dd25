package se.omvarld.domain.access;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.regex.Pattern;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.WordingKey;

/**
 * An e-mail address (e-postadress) a person signs in with and receives reminders at: one local part, one domain
 * with a dot, no spaces, at most 254 characters (RFC 5321's limit on a path), kept in lower case so that one
 * address is one account however it is typed.
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    public EmailAddress {
        checkNotNull(value, "email is required");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH) {
            throw InvalidValue.of(WordingKey.FIELD_EMAIL_TOO_LONG, "email must be at most " + MAX_LENGTH
                    + " characters", MAX_LENGTH);
        }
        if (!SHAPE.matcher(value).matches()) {
            throw InvalidValue.of(WordingKey.FIELD_EMAIL_SHAPE, "email must be an address such as name@kommun.se");
        }
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
