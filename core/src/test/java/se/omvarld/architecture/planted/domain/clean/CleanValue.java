package se.omvarld.architecture.planted.domain.clean;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A control, not an offender: a domain value that uses only what core may use (the JDK, Guava and the Jakarta
 * Validation annotations). Rule 1 must accept it, which proves the allowed packages are named as they really exist.
 */
public record CleanValue(@NotNull LocalDate day, ImmutableList<String> names) {

    public CleanValue {
        checkArgument(!names.isEmpty(), "at least one name");
    }

    public static CleanValue of(LocalDate day, List<String> names) {
        return new CleanValue(day, ImmutableList.copyOf(names));
    }
}
