package se.omvarld.domain.shared;

/** The kinds of body that decide or act in a municipality's international work. */
public enum BodyKind {
    /** Kommunfullmäktige: adopts the policy. */
    COUNCIL,
    /** Kommunstyrelsen: coordinates, approves applications, signs agreements, decides memberships. */
    EXECUTIVE_BOARD,
    /** Nämnd: owns and finances its projects and reports them in the annual report. */
    COMMITTEE,
    /** Förvaltning or sektor, e.g. Eksjö's Tillväxt- och utvecklingssektorn, which decides association grants. */
    ADMINISTRATION,
    /** Bolagsstyrelse: the board of a municipal company. */
    COMPANY_BOARD
}
