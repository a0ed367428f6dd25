package se.omvarld.domain.shared;

/** An area of cooperation (område), as the policies and Lidköping's public page name them. */
public enum Area {
    /** Utbildning. */
    EDUCATION,
    /** Äldre- och handikappomsorg. */
    ELDERLY_AND_DISABILITY_CARE,
    /** Social omsorg. */
    SOCIAL_CARE,
    /** Kultur. */
    CULTURE,
    /** Idrott. */
    SPORT,
    /** Miljö. */
    ENVIRONMENT,
    /** Turism. */
    TOURISM,
    /** Näringsliv. */
    BUSINESS,
    /** Handel och småindustri. */
    TRADE_AND_SMALL_INDUSTRY,
    /** Teknik. */
    TECHNOLOGY,
    /** Hälsa. */
    HEALTH,
    /** Skolutbyte. */
    SCHOOL_EXCHANGE,
    /** Demokratiutveckling. */
    DEMOCRACY,
    /** Ungdom. */
    YOUTH
}
