package se.omvarld.domain.obligation;

/** Whether an obligation has been met. Overdue is not a status: it follows from the due date and the clock. */
public enum ObligationStatus {
    PENDING, SUBMITTED, WAIVED
}
