package se.omvarld.domain.register;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.grant.GrantStatus;
import se.omvarld.domain.obligation.MandatePeriod;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.obligation.ObligationStatus;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.BodyKind;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.visit.Visit;

/**
 * Works out the reports a municipality owes (rapporteringsskyldigheter) from its policy profile and its register: a
 * pure function, the same inputs always giving the same obligations under the same keys.
 *
 * <ul>
 *   <li>R5: the annual compilation of year Y, due the profile's day in Y+1, from the coordinator's office
 *       (Kommunledningskontoret) to the executive board.</li>
 *   <li>R6: each committee's section on international work in the annual report of year Y, due the profile's
 *       internal deadline in Y+1, to the executive board, which draws up the annual report.</li>
 *   <li>R8: a report of each twin-town visit, due the profile's time after its last day.</li>
 *   <li>R9: an evaluation of each twin-town partnership at every interval after it became active, while it is in
 *       force.</li>
 *   <li>R10: the strategy's revision at most the profile's interval after its adoption or last revision.</li>
 *   <li>R11: the evaluation of the policy once per mandate period, due when the period ends.</li>
 *   <li>For every profile: the association's follow-up after a granted exchange, and the final report to the
 *       funder after a completed project with a funding programme.</li>
 * </ul>
 * Each obligation's status is the register's record under its key; a followed-up grant, or a project whose final
 * report is submitted, counts as submitted on that day without a separate record.
 *
 * <p>It lives beside {@link Register}, not in {@code domain.obligation}: the register holds the obligation records,
 * so a planner in the obligation package reading the register would tie the two packages into a cycle.
 */
public final class ObligationPlanner {

    /** The coordinator's office, which compiles the year's work and reports visits and evaluations to the board. */
    public static final Body COORDINATOR = Body.administration("Kommunledningskontoret");

    private ObligationPlanner() {
    }

    /**
     * Every obligation whose due date lies within {@code period}, ordered by due date and then key.
     *
     * @throws IllegalArgumentException if the profile is another municipality's than the register's
     */
    public static ImmutableList<ReportingObligation> plan(PolicyProfile profile, Register register,
            DateRange period) {
        checkNotNull(profile, "profile is required");
        checkNotNull(register, "register is required");
        checkNotNull(period, "period is required");
        checkArgument(profile.municipality().equals(register.municipality().code()),
                "the profile is %s's, the register %s's", profile.municipality(), register.municipality().code());
        return new Planning(profile, register, period).plan();
    }

    /** One run of the planner: collects the obligations due in the period under their keys. */
    private static final class Planning {

        private final PolicyProfile profile;
        private final Register register;
        private final DateRange period;
        private final MunicipalityCode municipality;
        private final Map<ObligationKey, ObligationRecord> records;
        private final Map<ObligationKey, ReportingObligation> planned = new HashMap<>();

        Planning(PolicyProfile profile, Register register, DateRange period) {
            this.profile = profile;
            this.register = register;
            this.period = period;
            this.municipality = register.municipality().code();
            this.records = latestRecords(register);
        }

        /** The register's records by key; should a key have two, the later one (by version, then day) counts. */
        private static Map<ObligationKey, ObligationRecord> latestRecords(Register register) {
            Comparator<ObligationRecord> order = Comparator.comparingLong(ObligationRecord::version)
                    .thenComparing(ObligationRecord::on)
                    .thenComparing(ObligationRecord::status)
                    .thenComparing(ObligationRecord::note);
            Map<ObligationKey, ObligationRecord> byKey = new HashMap<>();
            for (ObligationRecord r : register.obligationRecords()) {
                byKey.merge(r.key(), r, (a, b) -> order.compare(a, b) >= 0 ? a : b);
            }
            return byKey;
        }

        ImmutableList<ReportingObligation> plan() {
            if (profile.has(RuleId.R5)) {
                annualCompilations();
            }
            if (profile.has(RuleId.R6)) {
                annualReportSections();
            }
            if (profile.has(RuleId.R8)) {
                visitReports();
            }
            if (profile.has(RuleId.R9)) {
                profile.twinTownEvaluationInterval().ifPresent(this::twinTownEvaluations);
            }
            if (profile.has(RuleId.R10)) {
                profile.strategyAdoptedOn().ifPresent(this::strategyRevisions);
            }
            if (profile.has(RuleId.R11)) {
                policyEvaluations();
            }
            grantFollowUps();
            projectFinalReports();
            return planned.values().stream()
                    .sorted(Comparator.comparing(ReportingObligation::due).thenComparing(ReportingObligation::key))
                    .collect(ImmutableList.toImmutableList());
        }

        /** The years Y whose reports, due on {@code day} of Y+1, may fall within the period. */
        private void eachReportingYear(MonthDay day, IntConsumer year) {
            for (int y = period.start().getYear() - 1; y < period.end().getYear(); y++) {
                if (period.contains(day.atYear(y + 1))) {
                    year.accept(y);
                }
            }
        }

        private void annualCompilations() {
            MonthDay due = profile.annualCompilationDue();
            eachReportingYear(due, year -> add(ObligationKeys.annualCompilation(year),
                    ObligationKind.ANNUAL_COMPILATION, "International work in " + year, yearEnd(year),
                    due.atYear(year + 1), COORDINATOR, Body.executiveBoard(), Optional.empty()));
        }

        private void annualReportSections() {
            MonthDay due = profile.annualReportSectionDue();
            ImmutableMap<String, String> slugs = ObligationKeys.committeeSlugs(register.municipality().committees());
            eachReportingYear(due, year -> slugs.forEach((committee, slug) -> add(
                    ObligationKeys.annualReportSection(year, slug), ObligationKind.ANNUAL_REPORT_SECTION,
                    committee + ": international work in " + year, yearEnd(year), due.atYear(year + 1),
                    Body.committee(committee), Body.executiveBoard(), Optional.empty())));
        }

        private void visitReports() {
            for (Visit visit : register.visits()) {
                boolean twinTown = visit.partnership().flatMap(register::partnership)
                        .map(p -> p.kind() == PartnershipKind.TWIN_TOWN).orElse(false);
                if (twinTown) {
                    LocalDate lastDay = visit.dates().end();
                    add(ObligationKeys.visitReport(visit.id()), ObligationKind.VISIT_REPORT, visit.purpose(),
                            lastDay, lastDay.plus(profile.visitReportWithin()), COORDINATOR, Body.executiveBoard(),
                            Optional.empty());
                }
            }
        }

        private void twinTownEvaluations(Period interval) {
            for (Partnership partnership : register.partnerships()) {
                if (partnership.kind() != PartnershipKind.TWIN_TOWN || partnership.activatedOn().isEmpty()) {
                    continue;
                }
                LocalDate activated = partnership.activatedOn().get();
                LocalDate previous = activated;
                for (int k = 1; ; k++) {
                    // From the activation day each time, so 29 February or a 31st does not drift.
                    LocalDate due = activated.plus(interval.multipliedBy(k));
                    if (due.isAfter(period.end()) || !partnership.inForceOn(due)) {
                        break;
                    }
                    add(ObligationKeys.twinTownEvaluation(partnership.id(), due),
                            ObligationKind.TWIN_TOWN_EVALUATION, partnership.title(), previous, due, COORDINATOR,
                            Body.executiveBoard(), Optional.empty());
                    previous = due;
                }
            }
        }

        /**
         * The chain of revisions: each is due at most the interval after the adoption or the revision before it. A
         * submitted revision restarts the clock on its day; a waived one moves the chain on from its due day; one
         * that is still pending ends the chain, since the next cannot be dated before it has happened.
         */
        private void strategyRevisions(LocalDate adoptedOn) {
            Period interval = profile.strategyRevisionInterval();
            LocalDate last = adoptedOn;
            while (true) {
                LocalDate due = last.plus(interval);
                if (due.isAfter(period.end())) {
                    return;
                }
                ObligationKey key = ObligationKeys.strategyRevision(due);
                add(key, ObligationKind.STRATEGY_REVISION, "Revision of the international strategy", last, due,
                        Body.executiveBoard(), Body.council(), Optional.empty());
                Optional<ObligationRecord> record = Optional.ofNullable(records.get(key));
                if (record.isEmpty()) {
                    return;
                }
                LocalDate settledOn = record.get().on();
                // A revision recorded on or before the day it revises cannot restart the clock there (the chain
                // would stand still): it counts from its due day, like a waiver.
                last = record.get().status() == ObligationStatus.SUBMITTED && settledOn.isAfter(last)
                        ? settledOn : due;
            }
        }

        private void policyEvaluations() {
            MandatePeriod first = MandatePeriod.of(MandatePeriod.FIRST_ELECTION_YEAR);
            MandatePeriod term = period.start().isBefore(first.start())
                    ? first : MandatePeriod.containing(period.start());
            for (; !term.end().isAfter(period.end()); term = term.next()) {
                add(ObligationKeys.policyEvaluation(term), ObligationKind.POLICY_EVALUATION,
                        "The international policy and the work under it, mandate period " + term, term.start(),
                        term.end(), Body.executiveBoard(), Body.council(), Optional.empty());
            }
        }

        private void grantFollowUps() {
            for (AssociationGrant grant : register.grants()) {
                if (grant.status() != GrantStatus.GRANTED && grant.status() != GrantStatus.FOLLOWED_UP) {
                    continue;
                }
                ObligationKey key = ObligationKeys.grantFollowUp(grant.id());
                Body decidedBy = grant.decision().orElseThrow().decidedBy();
                LocalDate exchangeEnd = grant.exchange().end();
                Optional<ObligationRecord> followedUp = grant.followUp().map(f -> ObligationRecord.submitted(key,
                        municipality, f.submittedOn(), "Follow-up report recorded on the grant"));
                add(key, ObligationKind.GRANT_FOLLOW_UP, grant.association() + ": " + grant.purpose(), exchangeEnd,
                        exchangeEnd.plus(profile.grantFollowUpWithin()), decidedBy, decidedBy, followedUp);
            }
        }

        private void projectFinalReports() {
            for (Project project : register.projects()) {
                Optional<LocalDate> completed = project.reached(ProjectStatus.COMPLETED);
                if (completed.isEmpty() || project.programme().isEmpty()) {
                    continue;
                }
                ObligationKey key = ObligationKeys.projectFinalReport(project.id());
                String programme = register.programme(project.programme().get()).map(p -> p.name())
                        .orElse("Programme " + project.programme().get());
                Optional<ObligationRecord> submitted = project.reached(ProjectStatus.FINAL_REPORT_SUBMITTED)
                        .map(on -> ObligationRecord.submitted(key, municipality, on,
                                "Final report recorded on the project"));
                add(key, ObligationKind.PROJECT_FINAL_REPORT, project.title(), completed.get(),
                        completed.get().plus(profile.projectFinalReportWithin()),
                        Body.committee(project.committee()),
                        new Body(BodyKind.ADMINISTRATION, programme + " (funder)"), submitted);
            }
        }

        private static LocalDate yearEnd(int year) {
            return LocalDate.of(year, 12, 31);
        }

        /**
         * Plans one obligation if it falls due within the period. Its status is the register's record under its key,
         * else what the record itself says ({@code fromRecord}).
         */
        private void add(ObligationKey key, ObligationKind kind, String subject, LocalDate trigger, LocalDate due,
                Body responsible, Body recipient, Optional<ObligationRecord> fromRecord) {
            if (!period.contains(due)) {
                return;
            }
            Optional<ObligationRecord> settled = Optional.ofNullable(records.get(key)).or(() -> fromRecord);
            ReportingObligation obligation = new ReportingObligation(key, municipality, kind, shortened(subject),
                    trigger, due, responsible, recipient, settled);
            ReportingObligation earlier = planned.putIfAbsent(key, obligation);
            checkArgument(earlier == null || earlier.equals(obligation),
                    "two records of the register give obligation %s different content; ids must be unique", key);
        }

        private static String shortened(String subject) {
            return subject.length() <= Text.MAX_LENGTH ? subject : subject.substring(0, Text.MAX_LENGTH - 1) + "…";
        }
    }
}
