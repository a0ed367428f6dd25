package se.omvarld.adapter.http;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A path or query parameter of a route: its name, what values it takes and what it means. The same definition
 * checks every request (an unknown, repeated or ill-formed parameter is a 400 naming it) and documents the route.
 */
public record Param(String name, Type type, Optional<String> pattern, long min, long max,
        ImmutableList<String> values, String description) {

    /** What a parameter's value is. */
    public enum Type {
        STRING, INTEGER, ENUM
    }

    /** The patterns of every route's parameters, compiled once: compiling one for each request was a tenth of a read. */
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

    public Param {
        checkNotNull(name, "name is required");
        checkNotNull(type, "type is required");
        checkNotNull(pattern, "pattern is required (may be empty)");
        checkNotNull(values, "values are required (may be empty)");
        checkNotNull(description, "description is required");
    }

    public static Param text(String name, String pattern, String description) {
        return new Param(name, Type.STRING, Optional.of(pattern), 0, 0, ImmutableList.of(), description);
    }

    public static Param integer(String name, long min, long max, String description) {
        return new Param(name, Type.INTEGER, Optional.empty(), min, max, ImmutableList.of(), description);
    }

    /** One of {@code values}, written as they are (e.g. {@code pdf}, {@code csv-excel}). */
    public static Param oneOf(String name, ImmutableList<String> values, String description) {
        return new Param(name, Type.ENUM, Optional.empty(), 0, 0, values, description);
    }

    public static Param oneOf(String name, Class<? extends Enum<?>> values, String description) {
        return new Param(name, Type.ENUM, Optional.empty(), 0, 0, Arrays.stream(values.getEnumConstants())
                .map(Enum::name).collect(ImmutableList.toImmutableList()), description);
    }

    /** Why {@code value} is not a value of this parameter, if it is not. */
    Optional<String> fault(String value) {
        switch (type) {
            case STRING:
                return COMPILED.computeIfAbsent(pattern.orElseThrow(), Pattern::compile).matcher(value).matches()
                        ? Optional.empty()
                        : Optional.of("must match " + pattern.orElseThrow());
            case INTEGER:
                if (!WHOLE_NUMBER.matcher(value).matches()) {
                    return Optional.of("must be a whole number from " + min + " to " + max);
                }
                long number = Long.parseLong(value);
                return number < min || number > max ? Optional.of("must be from " + min + " to " + max)
                        : Optional.empty();
            case ENUM:
                return values.contains(value) ? Optional.empty() : Optional.of("must be one of " + values);
            default:
                throw new IllegalStateException("unknown type " + type);
        }
    }
}
