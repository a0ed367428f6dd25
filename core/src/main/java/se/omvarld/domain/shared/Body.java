package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkNotNull;

/** A named body of the municipality, e.g. {@code EXECUTIVE_BOARD "Kommunstyrelsen"}. */
public record Body(BodyKind kind, String name) {

    public Body {
        checkNotNull(kind, "body kind is required");
        checkNotNull(name, "body name is required");
        name = name.strip();
        if (name.isEmpty()) {
            throw InvalidValue.of(WordingKey.FIELD_BODY_NAME_BLANK, "body name must not be blank");
        }
    }

    public static Body executiveBoard() {
        return new Body(BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen");
    }

    public static Body council() {
        return new Body(BodyKind.COUNCIL, "Kommunfullmäktige");
    }

    public static Body committee(String name) {
        return new Body(BodyKind.COMMITTEE, name);
    }

    public static Body administration(String name) {
        return new Body(BodyKind.ADMINISTRATION, name);
    }

    public static Body association(String name) {
        return new Body(BodyKind.ASSOCIATION, name);
    }

    public static Body funder(String name) {
        return new Body(BodyKind.FUNDER, name);
    }

    public boolean isExecutiveBoard() {
        return kind == BodyKind.EXECUTIVE_BOARD;
    }

    @Override
    public String toString() {
        return name;
    }
}
