package se.omvarld.domain.access;

/** What the holder of an API token may do in its one municipality. */
public enum Role {
    /** Everything a coordinator may, and creating and revoking tokens. */
    ADMIN,
    /** The international coordinator: reads and changes the whole municipality's register. */
    COORDINATOR,
    /** An administration's representative: changes its own unit's projects; reads the register. */
    UNIT_EDITOR,
    /** Reads the register. */
    VIEWER;

    /** Whether this role may change records that belong to the municipality as a whole. */
    public boolean changesTheWholeRegister() {
        return this == ADMIN || this == COORDINATOR;
    }
}
