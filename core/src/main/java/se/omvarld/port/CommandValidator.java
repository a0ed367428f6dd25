package se.omvarld.port;

import com.google.common.collect.ImmutableList;

/**
 * Checks a command's Jakarta Validation constraints. The core carries only the annotations; the provider (e.g.
 * Hibernate Validator) is chosen at the edge.
 */
public interface CommandValidator {

    /** Every violated constraint, by property path; empty when the command is valid. */
    ImmutableList<Violation> validate(Object command);
}
