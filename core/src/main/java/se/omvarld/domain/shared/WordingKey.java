package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every stable key a {@link Wording} can carry: what the core says about a finding, a refusal or an invalid field,
 * so each language can say it in its own words. The key names the kind of text first ({@code finding.}: a compliance
 * finding's explanation; {@code record.}: the record a finding is about; {@code rule.}: a rule's refusal or advice;
 * {@code refusal.}: a step the lifecycle does not permit; {@code field.}: why a field is invalid; {@code audit.}: what a
 * change in the audit trail did), then the rule or
 * record, then what is wrong. A key never changes
 * once shipped (bundles and clients hold it); a new reason gets a new key. The arity is the number of arguments the
 * key's wording takes, {@code {0}} to {@code {arity-1}} in a bundle's text.
 */
public enum WordingKey {
    /** A domain message that has no key: said in its English words in every language. */
    UNKEYED("unkeyed", 0),

    FINDING_R2_NO_ASSESSMENT("finding.R2.no-assessment", 1),
    FINDING_R2_NO_PLAN("finding.R2.no-plan", 4),
    FINDING_R2_NO_PLAN_PAST("finding.R2.no-plan-past", 4),
    FINDING_R2_RECLASSIFIED("finding.R2.reclassified", 5),
    FINDING_R4_NO_REPRESENTATIVE("finding.R4.no-representative", 1),
    FINDING_R10_ADOPTION_UNKNOWN("finding.R10.adoption-unknown", 1),
    FINDING_R12_NOT_EXAMINED("finding.R12.not-examined", 0),
    FINDING_R13_NO_GOALS("finding.R13.no-goals", 0),
    FINDING_R13_ONE_PARTY("finding.R13.one-party", 1),
    FINDING_R15_NOT_BUDGETED("finding.R15.not-budgeted", 1),
    FINDING_R16_ENTERED_BY_OTHER("finding.R16.entered-by-other", 3),
    FINDING_R16_ENTERED_BY_OTHER_REFERENCE("finding.R16.entered-by-other-reference", 4),
    FINDING_R16_ENDED_BY_OTHER("finding.R16.ended-by-other", 3),
    FINDING_R16_ENDED_BY_OTHER_REFERENCE("finding.R16.ended-by-other-reference", 4),
    FINDING_OBLIGATION_OVERDUE("finding.obligation.overdue", 3),

    RECORD_PARTNERSHIP("record.partnership", 2),
    RECORD_PROJECT("record.project", 2),
    RECORD_ADMINISTRATION("record.administration", 2),
    RECORD_POLICY("record.policy", 2),
    RECORD_OBLIGATION("record.obligation", 3),

    RULE_R1_NO_ANALYSIS("rule.R1.no-analysis", 0),
    RULE_R1_ANALYSIS_TOO_LATE("rule.R1.analysis-too-late", 2),
    RULE_R2_NO_ASSESSMENT("rule.R2.no-assessment", 1),
    RULE_R2_PARTNERSHIP_NEEDS_PLAN("rule.R2.partnership-needs-plan", 5),
    RULE_R2_PROJECT_NEEDS_PLAN("rule.R2.project-needs-plan", 5),
    RULE_R3_CONSIDER_DIGITAL("rule.R3.consider-digital", 0),
    RULE_R7_NOT_BY_BOARD("rule.R7.not-by-board", 1),
    RULE_R7_NOT_APPROVED("rule.R7.not-approved", 0),
    RULE_R9_AGREEMENT_NOT_VALUED("rule.R9.agreement-not-valued", 0),
    RULE_R12_MUST_EXAMINE("rule.R12.must-examine", 0),
    RULE_R12_PREFERRED("rule.R12.preferred", 0),
    RULE_R13_NO_GOALS("rule.R13.no-goals", 0),
    RULE_R13_ONE_PARTY("rule.R13.one-party", 1),
    RULE_R14_WRONG_BODY("rule.R14.wrong-body", 2),
    RULE_R14_PURPOSE_NOT_ANCHORED("rule.R14.purpose-not-anchored", 0),
    RULE_R14_NO_SELF_FINANCING("rule.R14.no-self-financing", 0),
    RULE_R14_SELF_FINANCING_TOO_LOW("rule.R14.self-financing-too-low", 2),
    RULE_R15_NOT_BUDGETED("rule.R15.not-budgeted", 0),
    RULE_R16_ONLY_BOARD_ENTERS("rule.R16.only-board-enters", 2),
    RULE_R16_ONLY_BOARD_ENDS("rule.R16.only-board-ends", 2),

    REFUSAL_MUNICIPALITY_UNKNOWN_ADMINISTRATION("refusal.municipality.unknown-administration", 2),
    REFUSAL_MUNICIPALITY_UNKNOWN_COMMITTEE("refusal.municipality.unknown-committee", 2),
    REFUSAL_MUNICIPALITY_UNKNOWN_UNIT("refusal.municipality.unknown-unit", 2),
    REFUSAL_MUNICIPALITY_COMMITTEE_NAME_TAKEN("refusal.municipality.committee-name-taken", 1),
    REFUSAL_MUNICIPALITY_UNIT_NAME_TAKEN("refusal.municipality.unit-name-taken", 1),
    REFUSAL_MUNICIPALITY_COMMITTEE_EXISTS("refusal.municipality.committee-exists", 1),
    REFUSAL_MUNICIPALITY_NOT_MUNICIPAL_NUMBER("refusal.municipality.not-municipal-number", 2),
    REFUSAL_GRANT_AMOUNT_OUT_OF_RANGE("refusal.grant.amount-out-of-range", 1),
    REFUSAL_GRANT_ALREADY_DECIDED("refusal.grant.already-decided", 0),
    REFUSAL_GRANT_DECISION_BEFORE_APPLICATION("refusal.grant.decision-before-application", 2),
    REFUSAL_GRANT_FOLLOW_UP_NOT_GRANTED("refusal.grant.follow-up-not-granted", 0),
    REFUSAL_GRANT_FOLLOW_UP_BEFORE_EXCHANGE("refusal.grant.follow-up-before-exchange", 0),
    REFUSAL_PROJECT_NO_PROGRAMME("refusal.project.no-programme", 0),
    REFUSAL_PROJECT_NEGATIVE_GRANT("refusal.project.negative-grant", 0),
    REFUSAL_PROJECT_GRANT_EXCEEDS_BUDGET("refusal.project.grant-exceeds-budget", 2),
    REFUSAL_PROJECT_PLAN_BEFORE_REGISTRATION("refusal.project.plan-before-registration", 2),
    REFUSAL_PROJECT_STEP_NOT_ALLOWED("refusal.project.step-not-allowed", 2),
    REFUSAL_PROJECT_STEP_BEFORE_LAST("refusal.project.step-before-last", 3),
    REFUSAL_PARTNERSHIP_ONLY_PROPOSED_ACTIVATES("refusal.partnership.only-proposed-activates", 1),
    REFUSAL_PARTNERSHIP_ONLY_ACTIVE_REVIEWED("refusal.partnership.only-active-reviewed", 0),
    REFUSAL_PARTNERSHIP_ONLY_REVIEWED_CONTINUES("refusal.partnership.only-reviewed-continues", 0),
    REFUSAL_PARTNERSHIP_ALREADY_TERMINATED("refusal.partnership.already-terminated", 0),
    REFUSAL_PARTNERSHIP_TERMINATED_NO_ANALYSIS("refusal.partnership.terminated-no-analysis", 0),
    REFUSAL_PARTNERSHIP_ANALYSIS_BEFORE_PROPOSAL("refusal.partnership.analysis-before-proposal", 2),
    REFUSAL_PARTNERSHIP_TERMINATED_NO_PLAN("refusal.partnership.terminated-no-plan", 0),
    REFUSAL_PARTNERSHIP_PLAN_BEFORE_PROPOSAL("refusal.partnership.plan-before-proposal", 2),
    REFUSAL_PARTNERSHIP_DECISION_BEFORE_LAST_STEP("refusal.partnership.decision-before-last-step", 2),

    FIELD_REQUIRED("field.required", 0),
    FIELD_BLANK("field.blank", 1),
    FIELD_TOO_LONG("field.too-long", 2),
    FIELD_INVALID("field.invalid", 0),
    FIELD_AFTER_TODAY("field.after-today", 1),
    FIELD_NEGATIVE("field.negative", 0),
    FIELD_BEFORE_FIRST_YEAR("field.before-first-year", 1),
    FIELD_BEFORE_TRIGGER("field.before-trigger", 1),
    FIELD_REQUIRED_TO_APPROVE("field.required-to-approve", 0),
    FIELD_REQUIRED_TO_GRANT("field.required-to-grant", 0),
    FIELD_YEAR_OUT_OF_RANGE("field.year-out-of-range", 3),
    FIELD_UNIT_REQUIRED_FOR_UNIT_EDITOR("field.unit.required-for-unit-editor", 0),
    FIELD_UNIT_ONLY_FOR_UNIT_EDITOR("field.unit.only-for-unit-editor", 1),
    FIELD_UNIT_NOT_OF_MUNICIPALITY("field.unit.not-of-municipality", 2),
    FIELD_EMAIL_TAKEN("field.email.taken", 0),
    FIELD_EMAIL_TOO_LONG("field.email.too-long", 1),
    FIELD_EMAIL_SHAPE("field.email.shape", 0),
    FIELD_MUNICIPALITY_CODE("field.municipality-code", 1),
    FIELD_MUNICIPALITY_CODE_ZERO("field.municipality-code-zero", 0),
    FIELD_COUNTRY_CODE("field.country-code", 1),
    FIELD_COUNTRY_CODE_ALPHA3("field.country-code-alpha3", 1),
    FIELD_MONEY_DECIMALS("field.money.decimals", 2),
    FIELD_MONEY_CURRENCIES("field.money.currencies", 2),
    FIELD_DATE_RANGE("field.date-range", 2),
    FIELD_UUID("field.uuid", 2),
    FIELD_COMMITTEE_ID("field.committee-id", 2),
    FIELD_UNIT_ID("field.unit-id", 2),
    FIELD_BODY_NAME_BLANK("field.body-name-blank", 0),
    FIELD_DECISION_NOT_MUNICIPAL("field.decision-not-municipal", 1),
    FIELD_REFERENCE_BLANK("field.reference-blank", 0),
    FIELD_BUDGET_NEGATIVE("field.budget.negative", 1),
    FIELD_BUDGET_EXTERNAL_EXCEEDS_TOTAL("field.budget.external-exceeds-total", 2),
    FIELD_ORGANISATION_NUMBER_DIGITS("field.organisation-number.digits", 1),
    FIELD_ORGANISATION_NUMBER_CHECK_DIGIT("field.organisation-number.check-digit", 1),
    FIELD_ORGANISATION_NUMBER_NOT_MUNICIPAL("field.organisation-number.not-municipal", 2),
    FIELD_GOAL_REQUIRED("field.goal-required", 0),
    FIELD_GRANT_REQUESTED_NOT_SEK("field.grant.requested-not-sek", 0),
    FIELD_GRANT_OWN_FINANCING_NOT_SEK("field.grant.own-financing-not-sek", 0),
    FIELD_GRANT_REQUESTED_NOT_POSITIVE("field.grant.requested-not-positive", 0),
    FIELD_CALL_DEADLINE_BEFORE_OPENS("field.call.deadline-before-opens", 2),
    FIELD_CALL_AREAS_NOT_ELIGIBLE("field.call.areas-not-eligible", 3),
    FIELD_FIGURES_YEAR_IN_FUTURE("field.figures.year-in-future", 2),
    FIELD_COMMITTEE_NOT_OF_MUNICIPALITY("field.committee.not-of-municipality", 3),
    FIELD_ADMINISTRATION_COMMITTEE_UNKNOWN("field.administration.committee-unknown", 1),
    FIELD_ADMINISTRATION_TWICE("field.administration.twice", 1),
    FIELD_UNIT_ID_TWICE("field.unit.id-twice", 1),
    FIELD_UNIT_ADMINISTRATION_UNKNOWN("field.unit.administration-unknown", 2),
    FIELD_OBLIGATION_KEY("field.obligation-key", 1),
    FIELD_ASSESSMENT_YEAR("field.assessment-year", 1),
    FIELD_FILE_EMPTY("field.file.empty", 1),
    FIELD_FILE_TWIN_TOWNS_EMPTY("field.file.twin-towns-empty", 2),
    FIELD_FILE_HEADER("field.file.header", 3),
    FIELD_FILE_FIRST_COLUMN("field.file.first-column", 2),
    FIELD_FILE_NOT_UTF8("field.file.not-utf8", 4),
    FIELD_FILE_FIELD_COUNT("field.file.field-count", 5),
    FIELD_FILE_QUOTE_OPEN("field.file.quote-open", 3),
    FIELD_FILE_NOT_CURRENCY("field.file.not-currency", 1),
    FIELD_FILE_NOT_DATE("field.file.not-date", 1),
    FIELD_FILE_DAY_TWICE("field.file.day-twice", 2),
    FIELD_FILE_NOT_RATE("field.file.not-rate", 2),
    FIELD_FILE_RATE_CHANGED("field.file.rate-changed", 4),
    FIELD_FILE_RATE_NOT_STORED("field.file.rate-not-stored", 3),
    FIELD_FILE_COLUMN_COUNT("field.file.column-count", 1),
    FIELD_FILE_NO_COUNTRY_CODE("field.file.no-country-code", 2),
    FIELD_FILE_REGIME_CLASS("field.file.regime-class", 1),
    FIELD_FILE_NOT_NUMBER("field.file.not-number", 0),
    FIELD_FILE_ASSESSMENT_TWICE("field.file.assessment-twice", 3),
    FIELD_FILE_ASSESSMENT_CHANGED("field.file.assessment-changed", 4),
    FIELD_FILE_NO_SWEDISH_TOWN("field.file.no-swedish-town", 0),
    FIELD_FILE_NOT_A_MUNICIPALITY("field.file.not-a-municipality", 2),
    FIELD_FILE_NO_COUNTRY("field.file.no-country", 0),
    FIELD_FILE_KOSOVO("field.file.kosovo", 0),
    FIELD_FILE_NORTHERN_CYPRUS("field.file.northern-cyprus", 0),
    FIELD_FILE_CONGO("field.file.congo", 0),
    FIELD_FILE_UNKNOWN_COUNTRY("field.file.unknown-country", 1),
    FIELD_FILE_NO_TOWN("field.file.no-town", 1),
    FIELD_FILE_TOWN_TOO_LONG("field.file.town-too-long", 1),
    FIELD_FILE_OWN_TWIN("field.file.own-twin", 0),
    FIELD_CONSTRAINT_NOT_NULL("field.constraint.NotNull", 0),
    FIELD_CONSTRAINT_NOT_BLANK("field.constraint.NotBlank", 0),
    FIELD_CONSTRAINT_NOT_EMPTY("field.constraint.NotEmpty", 0),
    FIELD_CONSTRAINT_SIZE("field.constraint.Size", 2),
    FIELD_CONSTRAINT_MIN("field.constraint.Min", 1),
    FIELD_CONSTRAINT_MAX("field.constraint.Max", 1),
    FIELD_CONSTRAINT_DECIMAL_MIN("field.constraint.DecimalMin", 1),
    FIELD_CONSTRAINT_DECIMAL_MAX("field.constraint.DecimalMax", 1),
    FIELD_CONSTRAINT_DIGITS("field.constraint.Digits", 2),
    FIELD_CONSTRAINT_POSITIVE("field.constraint.Positive", 0),
    FIELD_CONSTRAINT_POSITIVE_OR_ZERO("field.constraint.PositiveOrZero", 0),
    FIELD_CONSTRAINT_PATTERN("field.constraint.Pattern", 1),
    FIELD_PATTERN_MUNICIPALITY_CODE("field.pattern.municipality-code", 0),
    FIELD_PATTERN_UUID("field.pattern.uuid", 0),
    FIELD_PATTERN_CURRENCY("field.pattern.currency", 0),
    FIELD_PATTERN_COUNTRY("field.pattern.country", 0),
    FIELD_PATTERN_HASH("field.pattern.hash", 0),
    FIELD_PATTERN_PASSWORD_HASH("field.pattern.password-hash", 0),
    FIELD_REPORT_FILE_NAME("field.report.file-name", 1),
    FIELD_REPORT_EMPTY("field.report.empty", 0),
    FIELD_REPORT_TOO_LARGE("field.report.too-large", 1),
    FIELD_REPORT_FORMAT("field.report.format", 0),
    FIELD_REPORT_CLAIMED_FORMAT("field.report.claimed-format", 2),

    AUDIT_MUNICIPALITY_REGISTERED("audit.municipality.registered", 1),
    AUDIT_COMMITTEE_RENAMED("audit.committee.renamed", 2),
    AUDIT_UNIT_RENAMED("audit.unit.renamed", 2),
    AUDIT_REPRESENTATIVE_APPOINTED("audit.representative.appointed", 2),
    AUDIT_ORGANISATION_NUMBER_SET("audit.organisation-number.set", 1),
    AUDIT_PROGRAMME_REGISTERED("audit.programme.registered", 1),
    AUDIT_CALL_PUBLISHED("audit.call.published", 3),
    AUDIT_PARTNER_REGISTERED("audit.partner.registered", 2),
    AUDIT_PARTNERSHIP_PROPOSED("audit.partnership.proposed", 3),
    AUDIT_PARTNERSHIP_ANALYSIS_RECORDED("audit.partnership.analysis-recorded", 1),
    AUDIT_DEMOCRACY_PLAN_RECORDED("audit.democracy-plan-recorded", 1),
    AUDIT_PARTNERSHIP_DECIDED("audit.partnership.decided", 3),
    AUDIT_PARTNERSHIP_DECIDED_REFERENCE("audit.partnership.decided-reference", 4),
    AUDIT_PROJECT_REGISTERED("audit.project.registered", 3),
    AUDIT_PROJECT_STEP("audit.project.step", 2),
    AUDIT_PROJECT_STEP_DECIDED("audit.project.step-decided", 3),
    AUDIT_PROJECT_STEP_GRANTED("audit.project.step-granted", 3),
    AUDIT_GRANT_APPLIED("audit.grant.applied", 2),
    AUDIT_GRANT_GRANTED("audit.grant.granted", 3),
    AUDIT_GRANT_REJECTED("audit.grant.rejected", 2),
    AUDIT_GRANT_FOLLOWED_UP("audit.grant.followed-up", 1),
    AUDIT_VISIT_RECORDED("audit.visit.recorded", 3),
    AUDIT_VISIT_REPORT_ATTACHED("audit.visit.report-attached", 1),
    AUDIT_OBLIGATION_SETTLED("audit.obligation.settled", 2),
    AUDIT_FIGURES_RECORDED("audit.figures.recorded", 4),
    AUDIT_ACCOUNT_OPENED("audit.account.opened", 3),
    AUDIT_ACCOUNT_OPENED_UNIT("audit.account.opened-unit", 4),
    AUDIT_ACCOUNT_LANGUAGE("audit.account.language", 1),
    AUDIT_ACCOUNT_REMINDERS_NONE("audit.account.reminders-none", 0),
    AUDIT_ACCOUNT_REMINDERS_DIGEST("audit.account.reminders-digest", 0),
    AUDIT_ACCOUNT_REMINDERS_BEFORE("audit.account.reminders-before", 1),
    AUDIT_ACCOUNT_REMINDERS_BOTH("audit.account.reminders-both", 1),
    AUDIT_ACCOUNT_PASSWORD("audit.account.password", 0),
    AUDIT_ACCOUNT_ROLE("audit.account.role", 1),
    AUDIT_ACCOUNT_ROLE_UNIT("audit.account.role-unit", 2),
    AUDIT_ACCOUNT_DISABLED("audit.account.disabled", 0),
    AUDIT_TOKEN_CREATED("audit.token.created", 2),
    AUDIT_TOKEN_CREATED_UNIT("audit.token.created-unit", 3),
    AUDIT_TOKEN_REVOKED("audit.token.revoked", 2),
    AUDIT_LOADED("audit.loaded", 0);

    private static final ImmutableMap<String, WordingKey> BY_KEY = Arrays.stream(values())
            .collect(ImmutableMap.toImmutableMap(WordingKey::key, k -> k));

    private final String key;
    private final int arity;

    WordingKey(String key, int arity) {
        checkArgument(arity >= 0, "arity must not be negative");
        this.key = key;
        this.arity = arity;
    }

    /** The key as bundles and clients know it, e.g. {@code finding.R2.no-plan}. */
    public String key() {
        return key;
    }

    /** How many arguments its wording takes. */
    public int arity() {
        return arity;
    }

    /** Whether a compliance finding's explanation carries this key. */
    public boolean isFinding() {
        return key.startsWith("finding.");
    }

    /** Whether the reference to the record a finding is about carries this key. */
    public boolean isRecord() {
        return key.startsWith("record.");
    }

    /** The constant whose {@link #key()} is {@code key}, if any: how a stored wording finds its key again. */
    public static Optional<WordingKey> ofKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    @Override
    public String toString() {
        return key;
    }
}
