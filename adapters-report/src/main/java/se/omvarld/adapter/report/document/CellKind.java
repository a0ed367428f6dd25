package se.omvarld.adapter.report.document;

/** The kind of value a column holds: writers right-align numbers and spreadsheets keep them typed. */
public enum CellKind {
    TEXT,
    INTEGER,
    MONEY,
    DATE
}
