package se.omvarld.domain.partnership;

/** Where a partnership stands: proposed → active → under review → terminated. */
public enum PartnershipStatus {
    PROPOSED, ACTIVE, UNDER_REVIEW, TERMINATED
}
