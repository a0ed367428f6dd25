package se.omvarld.domain.partner;

/** What kind of body a foreign counterpart is. */
public enum PartnerKind {
    MUNICIPALITY, REGION, SCHOOL, ASSOCIATION, ORGANISATION, COMPANY
}
