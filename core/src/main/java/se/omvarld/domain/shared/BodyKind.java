package se.omvarld.domain.shared;

/** The kinds of body that decide or act in a municipality's international work, and the outside parties it deals with. */
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
    COMPANY_BOARD,
    /** Förening: an association outside the municipality, e.g. one that owes a follow-up of a granted exchange. */
    ASSOCIATION,
    /** Finansiär: a funding programme's body outside the municipality, e.g. the one a final report goes to. */
    FUNDER;

    /** Whether this is a body of the municipality itself, which can take the municipality's decisions. */
    public boolean isMunicipal() {
        return this != ASSOCIATION && this != FUNDER;
    }
}
