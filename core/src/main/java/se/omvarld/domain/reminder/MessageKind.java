package se.omvarld.domain.reminder;

/** The two kinds of e-mail a person may choose. */
public enum MessageKind {
    /** One item, a chosen number of days before it falls due (påminnelse). */
    REMINDER,
    /** Every Monday: what falls due in the next 30 days and what is overdue (veckosammanfattning). */
    DIGEST
}
