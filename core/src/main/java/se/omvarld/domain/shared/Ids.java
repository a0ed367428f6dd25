package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** Parses the string form of an id, naming the field when it is not a UUID. */
final class Ids {

    private Ids() {
    }

    static UUID parse(String field, String value) {
        checkNotNull(value, "%s is required", field);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(Wording.of(WordingKey.FIELD_UUID, field + " must be a UUID, was '" + value + "'",
                    field, value), e);
        }
    }
}
