package se.omvarld.domain.policy;

/** How serious a compliance finding is, mildest first. */
public enum Severity {
    /** Worth knowing, nothing is wrong: e.g. a partner country reclassified after the democracy plan was adopted. */
    INFO,
    /** Something is missing or unknown that the policy expects: e.g. an administration without a representative. */
    WARNING,
    /** The register shows the policy broken: e.g. an overdue report, a decision by the wrong body. */
    BREACH
}
