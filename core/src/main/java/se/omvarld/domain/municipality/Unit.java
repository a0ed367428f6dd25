package se.omvarld.domain.municipality;

import static com.google.common.base.Preconditions.checkNotNull;

import se.omvarld.domain.shared.Text;

/** A unit, school or municipal company (verksamhet, skola, bolag) under an administration. */
public record Unit(String name, UnitKind kind, String administration) {

    public Unit {
        name = Text.name("unit name", name);
        checkNotNull(kind, "unit kind is required");
        administration = Text.name("unit administration", administration);
    }
}
