package se.omvarld.adapter.http.api;

/**
 * The API's own enumerations. They mirror the core's by name, and MapStruct maps them by name: a constant the core
 * adds fails the build until the API decides to name it too.
 */
public final class ApiEnums {

    private ApiEnums() {
    }

    /** An area of cooperation. */
    public enum Area {
        EDUCATION, ELDERLY_AND_DISABILITY_CARE, SOCIAL_CARE, CULTURE, SPORT, ENVIRONMENT, TOURISM, BUSINESS,
        TRADE_AND_SMALL_INDUSTRY, TECHNOLOGY, HEALTH, SCHOOL_EXCHANGE, DEMOCRACY, YOUTH
    }

    /** The kind of body that takes a decision. */
    public enum BodyKind {
        COUNCIL, EXECUTIVE_BOARD, COMMITTEE, ADMINISTRATION, COMPANY_BOARD, ASSOCIATION, FUNDER
    }

    /** Whether a visit came to the municipality or went from it. */
    public enum Direction {
        INCOMING, OUTGOING
    }

    /** Where money for international work comes from. */
    public enum FundingSource {
        MUNICIPALITY, EU, FOUNDATION, SIDA, NORDIC, NATIONAL
    }

    /** Where an association grant is. */
    public enum GrantStatus {
        APPLIED, GRANTED, REJECTED, FOLLOWED_UP
    }

    /** The kind of a reporting obligation. */
    public enum ObligationKind {
        ANNUAL_COMPILATION, ANNUAL_REPORT_SECTION, ANNUAL_REPORT, VISIT_REPORT, TWIN_TOWN_EVALUATION,
        STRATEGY_REVISION, POLICY_EVALUATION, GRANT_FOLLOW_UP, PROJECT_FINAL_REPORT
    }

    /** Whether an obligation is pending, submitted or waived. */
    public enum ObligationStatus {
        PENDING, SUBMITTED, WAIVED
    }

    /** The kind of a foreign counterpart. */
    public enum PartnerKind {
        MUNICIPALITY, REGION, SCHOOL, ASSOCIATION, ORGANISATION, COMPANY
    }

    /** The kind of a partnership (a twin town is vänort). */
    public enum PartnershipKind {
        TWIN_TOWN, COOPERATION_AGREEMENT, INDUSTRIAL_PARTNERSHIP, MUNICIPAL_PARTNERSHIP, NETWORK_MEMBERSHIP
    }

    /** Where a partnership is in its lifecycle. */
    public enum PartnershipStatus {
        PROPOSED, ACTIVE, UNDER_REVIEW, TERMINATED
    }

    /** A decision that moves a partnership on. */
    public enum PartnershipStep {
        ACTIVATE, PUT_UNDER_REVIEW, CONTINUE, TERMINATE
    }

    /** A pre-study (förstudie), a project, or an exchange. */
    public enum ProjectKind {
        PRE_STUDY, PROJECT, EXCHANGE
    }

    /** Where a project is in its workflow. */
    public enum ProjectStatus {
        IDEA, APPROVAL_REQUESTED, APPROVED_FOR_APPLICATION, APPLIED, GRANTED, REJECTED, WITHDRAWN, RUNNING, COMPLETED,
        FINAL_REPORT_SUBMITTED
    }

    /** A step of a project's workflow. */
    public enum ProjectStep {
        REQUEST_APPROVAL, APPROVE_APPLICATION, SUBMIT_APPLICATION, GRANT, REJECT, WITHDRAW, START, COMPLETE,
        SUBMIT_FINAL_REPORT
    }

    /** V-Dem's regime class of a country in a year. */
    public enum RegimeClass {
        CLOSED_AUTOCRACY, ELECTORAL_AUTOCRACY, ELECTORAL_DEMOCRACY, LIBERAL_DEMOCRACY
    }

    /** What a token may do. */
    public enum Role {
        ADMIN, COORDINATOR, UNIT_EDITOR, VIEWER
    }

    /** A rule of the municipal policies (R1 to R16). */
    public enum RuleId {
        R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13, R14, R15, R16
    }

    /** How serious a compliance finding is. */
    public enum Severity {
        INFO, WARNING, BREACH
    }

    /** The kind of a unit of an administration. */
    public enum UnitKind {
        UNIT, SCHOOL, MUNICIPAL_COMPANY
    }
}
