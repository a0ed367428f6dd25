package se.omvarld.domain.shared;

/**
 * The forms a municipality's international relations take. Kept in the shared kernel because the policy profile
 * names them (who decides which kind, R16).
 */
public enum PartnershipKind {
    /** Vänort, vänortsavtal. */
    TWIN_TOWN,
    /** Samarbetsavtal. */
    COOPERATION_AGREEMENT,
    /** Industriellt partnerskapsavtal. */
    INDUSTRIAL_PARTNERSHIP,
    /** Kommunalt partnerskap: Sida-funded through ICLD, with a developing country. */
    MUNICIPAL_PARTNERSHIP,
    /** Medlemskap i internationella nätverk och organisationer. */
    NETWORK_MEMBERSHIP
}
