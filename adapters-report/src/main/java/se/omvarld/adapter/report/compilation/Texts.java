package se.omvarld.adapter.report.compilation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.omvarld.adapter.report.document.ValueFormats;
import se.omvarld.domain.grant.GrantStatus;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.obligation.ObligationStatus;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.policy.RegimeClass;
import se.omvarld.domain.policy.Severity;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.visit.Direction;

/**
 * The compilation's words in one language: its {@link Phrase}s, the names of the domain's states and kinds, and
 * countries by name (the JDK's own Swedish and English country names).
 */
final class Texts {

    private final ReportLanguage language;
    private final ValueFormats formats;

    Texts(ReportLanguage language) {
        this.language = checkNotNull(language, "language is required");
        this.formats = ValueFormats.of(language);
    }

    ReportLanguage language() {
        return language;
    }

    ValueFormats formats() {
        return formats;
    }

    String get(Phrase phrase, Object... values) {
        return String.format(Locale.ROOT, phrase.in(language), values);
    }

    private String pick(String swedish, String english) {
        return language == ReportLanguage.SWEDISH ? swedish : english;
    }

    /** A year as it is written, never grouped ("2025", not "2 025"). */
    String year(int year) {
        return Integer.toString(year);
    }

    /** An exchange rate as written: up to six decimals, a decimal comma in Swedish. */
    String rate(BigDecimal sekPerUnit) {
        BigDecimal shown = sekPerUnit.setScale(Math.min(6, Math.max(sekPerUnit.stripTrailingZeros().scale(), 0)),
                RoundingMode.HALF_EVEN).stripTrailingZeros();
        String plain = shown.scale() < 0 ? shown.setScale(0).toPlainString() : shown.toPlainString();
        return language == ReportLanguage.SWEDISH ? plain.replace('.', ',') : plain;
    }

    /** Whose, of a name: "Lidköpings", "Tyresö kommuns", "Eksjös"; in English "Lidköping's". */
    String genitive(String name) {
        if (language == ReportLanguage.ENGLISH) {
            return name + "'s";
        }
        String last = name.substring(name.length() - 1).toLowerCase(Locale.ROOT);
        return "sxz".contains(last) ? name : name + "s";
    }

    /**
     * What an obligation is about, in the document's language where the planner wrote the subject itself (it writes
     * English); a subject taken from a record (a visit's purpose, a project's title) stays as recorded.
     */
    String subject(ReportingObligation obligation) {
        String year = year(obligation.trigger().getYear());
        String key = obligation.key().value();
        switch (obligation.kind()) {
            case ANNUAL_COMPILATION:
                return get(Phrase.SUBJECT_COMPILATION, year);
            case ANNUAL_REPORT:
                return get(Phrase.SUBJECT_ANNUAL_REPORT, year);
            case ANNUAL_REPORT_SECTION:
                return get(Phrase.SUBJECT_SECTION, obligation.responsible().name(), year);
            case POLICY_EVALUATION:
                return get(Phrase.SUBJECT_POLICY_EVALUATION, key.substring(key.lastIndexOf('/') + 1));
            case STRATEGY_REVISION:
                return get(Phrase.SUBJECT_STRATEGY_REVISION);
            default:
                return obligation.subject();
        }
    }

    /** A finding's explanation in the document's language ({@link #words}). */
    String explanation(Finding finding) {
        return words(finding.wording());
    }

    /** The record a finding is about, in the document's language ({@link #words}). */
    String record(Finding finding) {
        return words(finding.reference());
    }

    /**
     * What the core said of a finding: in Swedish from its key's {@link FindingPhrase}, with the arguments written as
     * Swedish writes them; in English (or without a phrase for its key) the core's own sentence.
     */
    private String words(Wording wording) {
        Optional<FindingPhrase> phrase = FindingPhrase.of(wording.key());
        if (language == ReportLanguage.ENGLISH || phrase.isEmpty()) {
            return wording.english();
        }
        return String.format(Locale.ROOT, phrase.get().swedish(),
                wording.arguments().stream().map(this::argument).toArray());
    }

    private String argument(Object argument) {
        if (argument instanceof LocalDate day) {
            return formats.date(day);
        }
        if (argument instanceof Money money) {
            return formats.money(money.amount(), money.currency());
        }
        if (argument instanceof CountryCode country) {
            return country(country);
        }
        if (argument instanceof PartnershipKind kind) {
            return kind(kind);
        }
        if (argument instanceof ObligationKind kind) {
            return kind(kind);
        }
        if (argument instanceof RegimeClass regime) {
            return regime(regime);
        }
        if (argument instanceof Period period) {
            return period(period);
        }
        if (argument instanceof ReportingObligation obligation) {
            return subject(obligation);
        }
        return String.valueOf(argument);
    }

    String regime(RegimeClass regime) {
        switch (regime) {
            case CLOSED_AUTOCRACY:
                return pick("sluten autokrati (klass 0)", "closed autocracy (class 0)");
            case ELECTORAL_AUTOCRACY:
                return pick("valautokrati (klass 1)", "electoral autocracy (class 1)");
            case ELECTORAL_DEMOCRACY:
                return pick("valdemokrati (klass 2)", "electoral democracy (class 2)");
            case LIBERAL_DEMOCRACY:
                return pick("liberal demokrati (klass 3)", "liberal democracy (class 3)");
            default:
                throw new IllegalArgumentException("no words for " + regime);
        }
    }

    /** A period as its whole years, months and days: "4 år", "4 years". */
    String period(Period period) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(period.getYears() + pick(" år", " years"));
        }
        if (period.getMonths() != 0) {
            parts.add(period.getMonths() + pick(" månader", " months"));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(period.getDays() + pick(" dagar", " days"));
        }
        return String.join(" ", parts);
    }

    String country(CountryCode code) {
        String name = new Locale("", code.value()).getDisplayCountry(language.locale());
        return name.isBlank() ? code.value() : name;
    }

    String status(ProjectStatus status) {
        switch (status) {
            case IDEA:
                return pick("idé", "idea");
            case APPROVAL_REQUESTED:
                return pick("godkännande begärt", "approval requested");
            case APPROVED_FOR_APPLICATION:
                return pick("godkänt för ansökan", "approved for application");
            case APPLIED:
                return pick("ansökt", "applied");
            case GRANTED:
                return pick("beviljat", "granted");
            case REJECTED:
                return pick("avslaget", "rejected");
            case WITHDRAWN:
                return pick("återkallat", "withdrawn");
            case RUNNING:
                return pick("pågår", "running");
            case COMPLETED:
                return pick("avslutat", "completed");
            case FINAL_REPORT_SUBMITTED:
                return pick("slutrapporterat", "final report submitted");
            default:
                throw new IllegalArgumentException("no words for " + status);
        }
    }

    String status(PartnershipStatus status) {
        switch (status) {
            case PROPOSED:
                return pick("föreslaget", "proposed");
            case ACTIVE:
                return pick("aktivt", "active");
            case UNDER_REVIEW:
                return pick("under översyn", "under review");
            case TERMINATED:
                return pick("avslutat", "terminated");
            default:
                throw new IllegalArgumentException("no words for " + status);
        }
    }

    String status(GrantStatus status) {
        switch (status) {
            case APPLIED:
                return pick("sökt", "applied for");
            case GRANTED:
                return pick("beviljat", "granted");
            case REJECTED:
                return pick("avslaget", "rejected");
            case FOLLOWED_UP:
                return pick("återrapporterat", "followed up");
            default:
                throw new IllegalArgumentException("no words for " + status);
        }
    }

    String kind(PartnershipKind kind) {
        switch (kind) {
            case TWIN_TOWN:
                return pick("vänortsavtal", "twin town");
            case COOPERATION_AGREEMENT:
                return pick("samarbetsavtal", "cooperation agreement");
            case INDUSTRIAL_PARTNERSHIP:
                return pick("industriellt partnerskapsavtal", "industrial partnership");
            case MUNICIPAL_PARTNERSHIP:
                return pick("kommunalt partnerskap", "municipal partnership");
            case NETWORK_MEMBERSHIP:
                return pick("medlemskap i nätverk", "network membership");
            default:
                throw new IllegalArgumentException("no words for " + kind);
        }
    }

    String kind(ObligationKind kind) {
        switch (kind) {
            case ANNUAL_COMPILATION:
                return pick("årlig sammanställning (R5)", "annual compilation (R5)");
            case ANNUAL_REPORT_SECTION:
                return pick("nämndens avsnitt i årsredovisningen (R6)", "committee's annual-report section (R6)");
            case ANNUAL_REPORT:
                return pick("uppföljning i årsredovisningen (R6)", "follow-up in the annual report (R6)");
            case VISIT_REPORT:
                return pick("besöksrapport (R8)", "visit report (R8)");
            case TWIN_TOWN_EVALUATION:
                return pick("utvärdering av vänortssamarbete (R9)", "twin-town evaluation (R9)");
            case STRATEGY_REVISION:
                return pick("revidering av strategin (R10)", "strategy revision (R10)");
            case POLICY_EVALUATION:
                return pick("utvärdering av policyn (R11)", "policy evaluation (R11)");
            case GRANT_FOLLOW_UP:
                return pick("återrapport av föreningsbidrag", "association grant follow-up");
            case PROJECT_FINAL_REPORT:
                return pick("slutrapport till finansiären", "final report to the funder");
            default:
                throw new IllegalArgumentException("no words for " + kind);
        }
    }

    String direction(Direction direction) {
        return direction == Direction.INCOMING ? pick("inkommande", "incoming") : pick("utgående", "outgoing");
    }

    String severity(Severity severity) {
        switch (severity) {
            case INFO:
                return pick("information", "information");
            case WARNING:
                return pick("varning", "warning");
            case BREACH:
                return pick("brott mot policyn", "breach of the policy");
            default:
                throw new IllegalArgumentException("no words for " + severity);
        }
    }

    /** Where an obligation stands on {@code today}: submitted or waived on a day, overdue, or still to come. */
    String standing(ReportingObligation obligation, LocalDate today) {
        if (obligation.settled().isPresent()) {
            ObligationRecord record = obligation.settled().get();
            return get(record.status() == ObligationStatus.SUBMITTED ? Phrase.STATUS_SUBMITTED
                    : Phrase.STATUS_WAIVED, formats.date(record.on()));
        }
        return get(obligation.isOverdue(today) ? Phrase.STATUS_OVERDUE : Phrase.STATUS_PENDING,
                formats.date(obligation.due()));
    }
}
