package se.omvarld.domain.shared;

/** Who pays for a partnership's work (finansiering). */
public enum FundingSource {
    /** Kommunen: the municipality's own budget. */
    MUNICIPALITY,
    /** EU programmes and funds. */
    EU,
    /** A foundation, e.g. the Swedish-American Foundation. */
    FOUNDATION,
    /** Sida, usually through ICLD. */
    SIDA,
    /** Nordic programmes, e.g. Nordplus. */
    NORDIC,
    /** Other national funding. */
    NATIONAL
}
