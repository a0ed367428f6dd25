package se.omvarld.domain.project;

/** What kind of project it is. */
public enum ProjectKind {
    /** Förstudie: needs no board approval before applying (R7). */
    PRE_STUDY,
    /** A project (projektsamverkan). */
    PROJECT,
    /** An exchange (utbyte), e.g. a school exchange. */
    EXCHANGE
}
