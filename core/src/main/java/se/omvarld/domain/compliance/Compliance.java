package se.omvarld.domain.compliance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.omvarld.domain.municipality.Administration;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.partnership.DemocracyPlan;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.partnership.StatusChange;
import se.omvarld.domain.policy.CountryAssessment;
import se.omvarld.domain.policy.CountryAssessmentTable;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.RegimeClass;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.CountryCode;

/**
 * The compliance check (uppföljning av efterlevnad): every finding over a municipality's whole register under its
 * policy profile, on a given day. A pure function: the caller supplies the country assessments and the obligations
 * the planner derived, and the day.
 *
 * <p>What it finds, rule by rule (only for rules the profile has):
 * <ul>
 *   <li>R2, {@link Severity#BREACH}: a partnership in force today whose country was, in any year from its
 *       activation up to today's year, in a regime class the profile flags, and which has no democracy plan; since
 *       the first such year (or the activation, if later). Each year is judged by the latest assessment for that
 *       year or an earlier one. R2, {@link Severity#WARNING}: no assessment of the country at all (and no plan).
 *       R2, {@link Severity#INFO}: the country was reclassified into a flagged class after the plan was adopted.</li>
 *   <li>R4, warning: each administration without a representative in the international group.</li>
 *   <li>R10, warning: the profile does not record when the strategy was adopted, so its revision cannot be
 *       planned.</li>
 *   <li>R12, R13, R15, warning: a running project without external funding explored (and no programme), without
 *       goals or with a single party, or not budgeted in its unit's plan; since it started running.</li>
 *   <li>R16, breach: an activation, continuation or termination of a partnership of a kind the board decides, taken
 *       by another body (e.g. history imported from an archive); since that decision.</li>
 *   <li>Every overdue obligation whose kind comes from a rule (R5, R6, R8, R9, R10, R11, R14): a breach of that
 *       rule since the day after it fell due.</li>
 * </ul>
 * Findings come breaches first, then by the day they began, then by record.
 */
public final class Compliance {

    /** Breaches first, then the oldest, then by record. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::since)
            .thenComparing(Finding::record)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::explanation);

    private Compliance() {
    }

    /**
     * @param assessments the country assessments R2 consults
     * @param obligations the obligations the planner derived for this register, settled ones included
     * @param today       the day of the check, from the caller's clock
     */
    public static ImmutableList<Finding> check(PolicyProfile profile, Register register,
            CountryAssessmentTable assessments, List<ReportingObligation> obligations, LocalDate today) {
        checkNotNull(profile, "profile is required");
        checkNotNull(register, "register is required");
        checkNotNull(assessments, "assessments are required");
        checkNotNull(obligations, "obligations are required");
        checkNotNull(today, "today is required");
        checkArgument(profile.municipality().equals(register.municipality().code()),
                "the profile is %s's, the register %s's", profile.municipality(), register.municipality().code());
        List<Finding> findings = new ArrayList<>();
        for (Partnership p : register.partnerships()) {
            if (profile.has(RuleId.R2)) {
                democracy(p, profile, assessments, today).ifPresent(findings::add);
            }
            findings.addAll(boardDecisions(p, profile));
        }
        if (profile.has(RuleId.R4)) {
            for (Administration a : register.municipality().administrationsWithoutRepresentative()) {
                findings.add(new Finding(RuleId.R4, "administration \"" + a.name() + "\" ["
                        + register.municipality().code() + "]", today, Severity.WARNING,
                        a.name() + " has not appointed a representative to the international group"));
            }
        }
        if (profile.has(RuleId.R10) && profile.strategyAdoptedOn().isEmpty()) {
            findings.add(new Finding(RuleId.R10, "policy \"" + profile.policyName() + "\" [" + profile.municipality()
                    + "]", today, Severity.WARNING, "record when the strategy was adopted: its revision, at least"
                    + " every " + profile.strategyRevisionInterval() + ", is counted from that day"));
        }
        for (Project project : register.projects()) {
            findings.addAll(runningProject(project, profile));
        }
        for (ReportingObligation o : obligations) {
            checkArgument(o.municipality().equals(profile.municipality()), "obligation %s belongs to %s", o.key(),
                    o.municipality());
            // An overdue report is a breach of the rule that imposes it, where this municipality's policy has it.
            if (o.isOverdue(today) && o.kind().rule().filter(profile::has).isPresent()) {
                findings.add(new Finding(o.kind().rule().get(), "obligation " + describe(o.kind().name()) + " \""
                        + o.subject() + "\" [" + o.key() + "]", o.due().plusDays(1), Severity.BREACH,
                        "due " + o.due() + " from " + o.responsible() + " to " + o.recipient()
                        + "; neither submitted nor waived"));
            }
        }
        return findings.stream().sorted(ORDER).collect(ImmutableList.toImmutableList());
    }

    // ------------------------------------------------------------------------------------------------------ R2

    private static Optional<Finding> democracy(Partnership p, PolicyProfile profile,
            CountryAssessmentTable assessments, LocalDate today) {
        if (!p.inForceOn(today) || p.activatedOn().isEmpty()) {
            return Optional.empty();
        }
        LocalDate activated = p.activatedOn().get();
        CountryCode country = p.country();
        Optional<DemocracyPlan> plan = p.democracyPlan();
        if (assessments.history(country).isEmpty()) {
            return plan.isPresent() ? Optional.empty() : Optional.of(new Finding(RuleId.R2, partnership(p), activated,
                    Severity.WARNING, "there is no assessment of " + countryName(country) + " to consult; add one,"
                    + " or record a democracy plan"));
        }
        // The starts of each run of flagged years while in force, with the assessment that began it.
        List<LocalDate> episodeStarts = new ArrayList<>();
        List<CountryAssessment> episodeAssessments = new ArrayList<>();
        boolean previouslyFlagged = false;
        for (int year = activated.getYear(); year <= today.getYear(); year++) {
            Optional<CountryAssessment> a = assessments.latest(country, year);
            boolean flagged = a.isPresent() && profile.needsDemocracyPlan(a.get().regime());
            if (flagged && !previouslyFlagged) {
                LocalDate yearStart = LocalDate.of(year, 1, 1);
                episodeStarts.add(yearStart.isBefore(activated) ? activated : yearStart);
                episodeAssessments.add(a.get());
            }
            previouslyFlagged = flagged;
        }
        if (episodeStarts.isEmpty()) {
            return Optional.empty();
        }
        if (plan.isEmpty()) {
            CountryAssessment first = episodeAssessments.get(0);
            return Optional.of(new Finding(RuleId.R2, partnership(p), episodeStarts.get(0), Severity.BREACH,
                    countryName(country) + " is classed " + regime(first.regime()) + " from " + first.year()
                    + " (" + first.source() + ") while the partnership is in force, and it has no democracy plan"));
        }
        for (int i = 0; i < episodeStarts.size(); i++) {
            if (episodeStarts.get(i).isAfter(plan.get().adoptedOn())) {
                CountryAssessment a = episodeAssessments.get(i);
                return Optional.of(new Finding(RuleId.R2, partnership(p), episodeStarts.get(i), Severity.INFO,
                        countryName(country) + " was reclassified " + regime(a.regime()) + " in " + a.year() + " ("
                        + a.source() + "), after the democracy plan of " + plan.get().adoptedOn()
                        + "; the plan still stands, review it"));
            }
        }
        return Optional.empty();
    }

    // ----------------------------------------------------------------------------------------------------- R16

    private static List<Finding> boardDecisions(Partnership p, PolicyProfile profile) {
        List<Finding> findings = new ArrayList<>();
        if (!profile.boardDecides(p.kind())) {
            return findings;
        }
        for (StatusChange change : p.history()) {
            boolean decisive = change.to() == PartnershipStatus.ACTIVE || change.to() == PartnershipStatus.TERMINATED;
            if (decisive && !change.decision().decidedBy().isExecutiveBoard()) {
                String what = change.to() == PartnershipStatus.TERMINATED ? "ended"
                        : change.from() == PartnershipStatus.PROPOSED ? "entered" : "continued";
                findings.add(new Finding(RuleId.R16, partnership(p), change.decision().date(), Severity.BREACH,
                        "the " + describe(p.kind().name()) + " was " + what + " on " + change.decision().date()
                        + " by " + change.decision().decidedBy() + change.decision().reference().map(r -> " (" + r
                        + ")").orElse("") + "; only the executive board may decide it"));
            }
        }
        return findings;
    }

    // ------------------------------------------------------------------------------------------ R12, R13, R15

    private static List<Finding> runningProject(Project project, PolicyProfile profile) {
        List<Finding> findings = new ArrayList<>();
        if (project.status() != ProjectStatus.RUNNING) {
            return findings;
        }
        LocalDate since = project.reached(ProjectStatus.RUNNING).orElse(project.registeredOn());
        String record = "project \"" + project.title() + "\" [" + project.id() + "]";
        if (profile.has(RuleId.R12) && !project.externalFundingExplored() && project.programme().isEmpty()) {
            findings.add(new Finding(RuleId.R12, record, since, Severity.WARNING,
                    "the project runs without external funding, and exploring it is not recorded"));
        }
        if (profile.has(RuleId.R13) && project.goals().isEmpty()) {
            findings.add(new Finding(RuleId.R13, record, since, Severity.WARNING,
                    "the project cooperation has no stated goals"));
        }
        if (profile.has(RuleId.R13) && project.participants().size() < 2) {
            findings.add(new Finding(RuleId.R13, record, since, Severity.WARNING,
                    "the project cooperation has a single participating party: " + project.participants().get(0)));
        }
        if (profile.has(RuleId.R15) && !project.budgetedInUnitPlan()) {
            findings.add(new Finding(RuleId.R15, record, since, Severity.WARNING,
                    project.owningUnit() + " has not budgeted the project in its own plan"));
        }
        return findings;
    }

    // -------------------------------------------------------------------------------------------------- words

    private static String partnership(Partnership p) {
        return "partnership \"" + p.title() + "\" [" + p.id() + "]";
    }

    private static String countryName(CountryCode country) {
        String name = new Locale("", country.value()).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? country.value() : name + " (" + country.value() + ")";
    }

    private static String regime(RegimeClass regime) {
        return describe(regime.name()) + " (class " + regime.code() + ")";
    }

    private static String describe(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
