package se.omvarld.domain.municipality;

/** What kind of unit owns a project. */
public enum UnitKind {
    /** Verksamhet, e.g. "Biblioteket". */
    UNIT,
    /** Skola, e.g. "De la Gardiegymnasiet". */
    SCHOOL,
    /** Kommunalt bolag. */
    MUNICIPAL_COMPANY
}
