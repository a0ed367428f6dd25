package se.omvarld.domain.project;

/**
 * Where a project stands: idea → approval requested → approved for application → applied → granted / rejected /
 * withdrawn → running → completed → final report submitted.
 */
public enum ProjectStatus {
    IDEA, APPROVAL_REQUESTED, APPROVED_FOR_APPLICATION, APPLIED, GRANTED, REJECTED, WITHDRAWN, RUNNING, COMPLETED,
    FINAL_REPORT_SUBMITTED;

    public boolean isClosed() {
        return this == REJECTED || this == WITHDRAWN || this == FINAL_REPORT_SUBMITTED;
    }
}
