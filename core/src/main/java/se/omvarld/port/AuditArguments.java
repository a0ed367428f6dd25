package se.omvarld.port;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/**
 * The arguments of an audited change's wording as one line of text and back, so that any adapter stores them in one
 * column and reads back equal values. Each argument is a type letter, the length of its text, a colon and the text:
 * {@code s} a string, {@code l} a whole number, {@code d} an ISO date, {@code m} a sum ({@code 1800000.00 SEK}),
 * {@code c} a country code, {@code e} an enum constant of Omvärld's own ({@code se.omvarld.…Role#COORDINATOR}).
 * The length makes any text safe, whatever it contains.
 */
public final class AuditArguments {

    /** What an audited change's arguments may be, as {@link AuditEntry} says when one is not. */
    static final String STORABLE = "strings, whole numbers (long), dates, sums, country codes or Omvärld's enums";

    private static final String OWN_PACKAGE = "se.omvarld.";

    private AuditArguments() {
    }

    static boolean storable(Object argument) {
        return argument instanceof String || argument instanceof Long || argument instanceof LocalDate
                || argument instanceof Money || argument instanceof CountryCode
                || argument instanceof Enum<?> constant && ownEnum(constant.getDeclaringClass());
    }

    /**
     * The wording an adapter stored as its key ({@link WordingKey#key()}), {@link #encode encoded} arguments and
     * English sentence; without a key (an entry written before keys were stored) or with one this version does not
     * know, the English sentence alone.
     */
    public static Wording wording(String key, String arguments, String english) {
        checkNotNull(english, "english is required");
        Optional<WordingKey> known = Optional.ofNullable(key).flatMap(WordingKey::ofKey);
        if (known.isEmpty()) {
            return Wording.unkeyed(english);
        }
        ImmutableList<Object> values = arguments == null ? ImmutableList.of() : decode(arguments);
        checkArgument(values.size() == known.get().arity(), "%s takes %s arguments, %s are stored", known.get(),
                known.get().arity(), values.size());
        return new Wording(known.get(), values, english);
    }

    /** The arguments as one line; each must be one an {@link AuditEntry} takes. */
    public static String encode(List<Object> arguments) {
        checkNotNull(arguments, "arguments are required");
        StringBuilder out = new StringBuilder();
        for (Object argument : arguments) {
            checkArgument(storable(argument), "cannot store %s in the audit trail", argument);
            String text;
            char type;
            if (argument instanceof String string) {
                type = 's';
                text = string;
            } else if (argument instanceof Long number) {
                type = 'l';
                text = number.toString();
            } else if (argument instanceof LocalDate day) {
                type = 'd';
                text = day.toString();
            } else if (argument instanceof Money money) {
                type = 'm';
                text = money.amount().toPlainString() + " " + money.currency().getCurrencyCode();
            } else if (argument instanceof CountryCode country) {
                type = 'c';
                text = country.value();
            } else {
                Enum<?> constant = (Enum<?>) argument;
                type = 'e';
                text = constant.getDeclaringClass().getName() + "#" + constant.name();
            }
            out.append(type).append(text.length()).append(':').append(text);
        }
        return out.toString();
    }

    /** The arguments {@link #encode} wrote; a line it could not have written is refused. */
    public static ImmutableList<Object> decode(String line) {
        checkNotNull(line, "line is required");
        ImmutableList.Builder<Object> arguments = ImmutableList.builder();
        int at = 0;
        while (at < line.length()) {
            char type = line.charAt(at);
            int colon = line.indexOf(':', at + 1);
            checkArgument(colon > at + 1, "no length after the argument type at %s in %s", at, line);
            int length;
            try {
                length = Integer.parseInt(line.substring(at + 1, colon));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("no length at " + (at + 1) + " in " + line, e);
            }
            checkArgument(length >= 0 && colon + 1 + length <= line.length(), "argument at %s runs past the end of %s",
                    at, line);
            String text = line.substring(colon + 1, colon + 1 + length);
            arguments.add(value(type, text));
            at = colon + 1 + length;
        }
        return arguments.build();
    }

    private static Object value(char type, String text) {
        try {
            return switch (type) {
                case 's' -> text;
                case 'l' -> Long.valueOf(text);
                case 'd' -> LocalDate.parse(text);
                case 'm' -> {
                    int space = text.indexOf(' ');
                    checkArgument(space > 0, "a sum is an amount and a currency, was %s", text);
                    yield Money.of(text.substring(0, space), text.substring(space + 1));
                }
                case 'c' -> CountryCode.of(text);
                case 'e' -> constant(text);
                default -> throw new IllegalArgumentException("unknown argument type " + type);
            };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: " + text, e);
        }
    }

    private static Enum<?> constant(String text) {
        int hash = text.indexOf('#');
        checkArgument(hash > 0, "an enum argument is a class and a constant, was %s", text);
        String className = text.substring(0, hash);
        checkArgument(className.startsWith(OWN_PACKAGE), "not one of Omvärld's enums: %s", className);
        Class<?> type;
        try {
            type = Class.forName(className, false, AuditArguments.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no such enum: " + className, e);
        }
        checkArgument(ownEnum(type), "not one of Omvärld's enums: %s", className);
        String name = text.substring(hash + 1);
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return (Enum<?>) constant;
            }
        }
        throw new IllegalArgumentException(className + " has no constant " + name);
    }

    private static boolean ownEnum(Class<?> type) {
        return type.isEnum() && type.getName().startsWith(OWN_PACKAGE);
    }
}
