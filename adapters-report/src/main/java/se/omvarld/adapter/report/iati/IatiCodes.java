package se.omvarld.adapter.report.iati;

import se.omvarld.domain.partner.PartnerKind;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.FundingSource;

/**
 * The register's values as codes of the IATI 2.03 codelists (iatistandard.org/en/iati-standard/203/codelists/).
 * Where the register's value is broader than a code, the broader code is chosen, and the choice is said here.
 */
final class IatiCodes {

    /** OrganisationType 11, Local Government: "any local (sub national) government organisation". */
    static final String LOCAL_GOVERNMENT = "11";
    /** OrganisationRegistrationAgency SE-ON: Bolagsverket's organisation numbers. */
    static final String SWEDISH_ORGANISATION_NUMBER_AGENCY = "SE-ON";
    /** OrganisationRole. */
    static final String FUNDING = "1";
    static final String ACCOUNTABLE = "2";
    static final String EXTENDING = "3";
    static final String IMPLEMENTING = "4";
    /** ActivityDateType: 2 actual start, 4 actual end (the register records no planned dates, 1 and 3). */
    static final String ACTUAL_START = "2";
    static final String ACTUAL_END = "4";
    /** DescriptionType: 1 general, 2 objectives. */
    static final String GENERAL = "1";
    static final String OBJECTIVES = "2";
    /**
     * SectorVocabulary 2, OECD DAC CRS 3-digit sector categories: the register's areas are fields of cooperation
     * ("Utbildning", "Miljö"), as broad as a category and never as narrow as a 5-digit purpose code (vocabulary 1).
     */
    static final String DAC_3_DIGIT = "2";
    /** BudgetType 1 original; BudgetStatus 1 indicative (the project's budget, not a funder's commitment). */
    static final String ORIGINAL = "1";
    static final String INDICATIVE = "1";
    /** TransactionType 11, Incoming Commitment: the funder's grant, firm from the day it was granted. */
    static final String INCOMING_COMMITMENT = "11";

    private IatiCodes() {
    }

    /**
     * ActivityStatus: 1 pipeline/identification up to the grant, 2 implementation while running, 3 finalisation
     * once completed (the final report still due), 4 closed with the final report, 5 cancelled when rejected or
     * withdrawn.
     */
    static String activityStatus(ProjectStatus status) {
        switch (status) {
            case IDEA: case APPROVAL_REQUESTED: case APPROVED_FOR_APPLICATION: case APPLIED: case GRANTED:
                return "1";
            case RUNNING:
                return "2";
            case COMPLETED:
                return "3";
            case FINAL_REPORT_SUBMITTED:
                return "4";
            case REJECTED: case WITHDRAWN:
                return "5";
            default:
                throw new IllegalArgumentException("no IATI activity status for " + status);
        }
    }

    /**
     * OrganisationType of a funder: Sida and national funders 10 (Government), the EU and the Nordic Council of
     * Ministers 40 (Multilateral), a foundation 60, the municipality itself 11 (Local Government).
     */
    static String funderType(FundingSource source) {
        switch (source) {
            case MUNICIPALITY:
                return LOCAL_GOVERNMENT;
            case SIDA: case NATIONAL:
                return "10";
            case EU: case NORDIC:
                return "40";
            case FOUNDATION:
                return "60";
            default:
                throw new IllegalArgumentException("no IATI organisation type for " + source);
        }
    }

    /**
     * OrganisationType of a partner: a municipality or region 11 (Local Government), a school 80 (Academic, Training
     * and Research), an association 22 (National NGO), a company 70 (Private Sector), another organisation 90 (Other).
     */
    static String partnerType(PartnerKind kind) {
        switch (kind) {
            case MUNICIPALITY: case REGION:
                return LOCAL_GOVERNMENT;
            case SCHOOL:
                return "80";
            case ASSOCIATION:
                return "22";
            case COMPANY:
                return "70";
            case ORGANISATION:
                return "90";
            default:
                throw new IllegalArgumentException("no IATI organisation type for " + kind);
        }
    }

    /**
     * The DAC 3-digit sector category of an area: 111 Education (level unspecified), 121 Health (general), 151
     * Government and civil society (general), 160 Other social infrastructure and services (social care, culture
     * and recreation, youth), 250 Business and other services, 321 Industry (which holds SME development), 332
     * Tourism, 410 General environment protection, 430 Other multisector (technology has no category of its own).
     */
    static String sector(Area area) {
        switch (area) {
            case EDUCATION: case SCHOOL_EXCHANGE:
                return "111";
            case HEALTH:
                return "121";
            case DEMOCRACY:
                return "151";
            case ELDERLY_AND_DISABILITY_CARE: case SOCIAL_CARE: case CULTURE: case SPORT: case YOUTH:
                return "160";
            case BUSINESS:
                return "250";
            case TRADE_AND_SMALL_INDUSTRY:
                return "321";
            case TOURISM:
                return "332";
            case ENVIRONMENT:
                return "410";
            case TECHNOLOGY:
                return "430";
            default:
                throw new IllegalArgumentException("no DAC sector category for " + area);
        }
    }
}
