package se.omvarld.application;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import jakarta.validation.ConstraintViolation;
import se.omvarld.port.Violation;

/**
 * The {@link Wording} of a Jakarta Validation constraint a command's field broke: its key from the constraint's
 * name ({@code field.constraint.Size}), its attributes as the arguments ({@code min}, {@code max}), and the
 * provider's message as the English words. A {@code Pattern} is worded by what its expression is for (a municipality
 * code, a UUID), since the expression itself says nothing to a reader.
 */
public final class ConstraintWording {

    private static final Map<String, WordingKey> PATTERNS = ImmutableMap.<String, WordingKey>builder()
            .put(PartnershipCommands.CODE, WordingKey.FIELD_PATTERN_MUNICIPALITY_CODE)
            .put(PartnershipCommands.UUID, WordingKey.FIELD_PATTERN_UUID)
            .put("[A-Z]{3}", WordingKey.FIELD_PATTERN_CURRENCY)
            .put("[A-Z]{2}", WordingKey.FIELD_PATTERN_COUNTRY)
            .put(AccessCommands.HASH, WordingKey.FIELD_PATTERN_HASH)
            .put(AccountCommands.PASSWORD_HASH, WordingKey.FIELD_PATTERN_PASSWORD_HASH)
            .build();

    private ConstraintWording() {
    }

    /** The violation of the field {@code violation} names, worded by its constraint. */
    public static Violation violation(ConstraintViolation<?> violation) {
        return new Violation(violation.getPropertyPath().toString(), of(violation.getConstraintDescriptor()
                .getAnnotation().annotationType().getSimpleName(),
                violation.getConstraintDescriptor().getAttributes(), violation.getMessage()));
    }

    /**
     * @param constraint the constraint annotation's simple name, e.g. {@code NotBlank}
     * @param attributes the annotation's attributes, as the provider reports them
     * @param message    the provider's message, in English
     */
    public static Wording of(String constraint, Map<String, Object> attributes, String message) {
        switch (constraint) {
            case "NotNull":
                return Wording.of(WordingKey.FIELD_CONSTRAINT_NOT_NULL, message);
            case "NotBlank":
                return Wording.of(WordingKey.FIELD_CONSTRAINT_NOT_BLANK, message);
            case "NotEmpty":
                return Wording.of(WordingKey.FIELD_CONSTRAINT_NOT_EMPTY, message);
            case "Size":
                return Wording.of(WordingKey.FIELD_CONSTRAINT_SIZE, message, attributes.get("min"),
                        attributes.get("max"));
            case "Min":
                return Wording.of(WordingKey.FIELD_CONSTRAINT_MIN, message, attributes.get("value"));
            case "Max":
                return Wording.of(WordingKey.FIELD_CONSTRAINT_MAX, message, attributes.get("value"));
            case "DecimalMin":
                return Wording.of(WordingKey.FIELD_CONSTRAINT_DECIMAL_MIN, message, attributes.get("value"));
            case "DecimalMax":
                return Wording.of(WordingKey.FIELD_CONSTRAINT_DECIMAL_MAX, message, attributes.get("value"));
            case "Digits":
                return Wording.of(WordingKey.FIELD_CONSTRAINT_DIGITS, message, attributes.get("integer"),
                        attributes.get("fraction"));
            case "Positive":
                return Wording.of(WordingKey.FIELD_CONSTRAINT_POSITIVE, message);
            case "PositiveOrZero":
                return Wording.of(WordingKey.FIELD_CONSTRAINT_POSITIVE_OR_ZERO, message);
            case "Pattern":
                Object regexp = attributes.get("regexp");
                WordingKey known = PATTERNS.get(String.valueOf(regexp));
                return known != null ? Wording.of(known, message)
                        : Wording.of(WordingKey.FIELD_CONSTRAINT_PATTERN, message, regexp);
            default:
                return Wording.unkeyed(message);
        }
    }
}
