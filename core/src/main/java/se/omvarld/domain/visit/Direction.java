package se.omvarld.domain.visit;

/** Whether a delegation comes to the municipality or goes from it. */
public enum Direction {
    INCOMING, OUTGOING
}
