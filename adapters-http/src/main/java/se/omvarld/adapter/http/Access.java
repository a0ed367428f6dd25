package se.omvarld.adapter.http;

import se.omvarld.domain.access.Role;

/** Who may call a route. */
public enum Access {
    /** Anyone, without a token: the public view, the document, health. */
    PUBLIC,
    /** Any valid token of the municipality. */
    READ,
    /** A unit editor (for its own unit only: the handler checks the unit), a coordinator or an admin. */
    UNIT_EDIT,
    /** A coordinator or an admin. */
    COORDINATE,
    /** An admin. */
    ADMINISTER;

    boolean allows(Role role) {
        switch (this) {
            case PUBLIC:
            case READ:
                return true;
            case UNIT_EDIT:
                return role != Role.VIEWER;
            case COORDINATE:
                return role.changesTheWholeRegister();
            case ADMINISTER:
                return role == Role.ADMIN;
            default:
                throw new IllegalStateException("unknown access " + this);
        }
    }

    /** The words the document and a 403 use for who may call. */
    String who() {
        switch (this) {
            case PUBLIC:
                return "anyone, without a token";
            case READ:
                return "any token of the municipality";
            case UNIT_EDIT:
                return "an admin, a coordinator, or a unit editor for its own unit";
            case COORDINATE:
                return "an admin or a coordinator";
            case ADMINISTER:
                return "an admin";
            default:
                throw new IllegalStateException("unknown access " + this);
        }
    }
}
