package se.omvarld.domain.register;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.grant.GrantStatus;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.TwinTownRule;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Text;

/**
 * Works out the reports a municipality owes (rapporteringsskyldigheter) from its policy profile and its register: a
 * pure function, the same inputs always giving the same obligations under the same keys. Each rule that imposes a
 * report is its own policy class — {@link AnnualCompilationRule} (R5), {@link AnnualReportRule} (R6),
 * {@link VisitReportRule} (R8), {@link TwinTownRule} (R9), {@link StrategyRevisionRule} (R10),
 * {@link PolicyEvaluationRule} (R11) — and this class gathers them, with two reports no policy rule imposes:
 * <ul>
 *   <li>the association's follow-up after a granted exchange, only where the municipality asks for one
 *       ({@link PolicyProfile#grantFollowUpWithin()}): owed by the association to the body that granted it;</li>
 *   <li>the final report to the funder after a completed project with a funding programme, from the owning
 *       committee.</li>
 * </ul>
 * Each obligation's status is the register's record under its key; a followed-up grant, or a project whose final
 * report is submitted, counts as submitted on that day without a separate record. Key formats are in
 * {@link ObligationKeys}.
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
        check(profile, register, period);
        return new Planning(profile, register).plan(period, false);
    }

    /**
     * The register's work: every obligation due from the day it follows obligations from ({@link #trackedFrom}) up
     * to {@code until}, and a strategy revision (R10) still pending from before then, since it leaves the strategy
     * unrevised today. Ordered by due date and then key.
     */
    public static ImmutableList<ReportingObligation> work(PolicyProfile profile, Register register,
            LocalDate until) {
        LocalDate from = trackedFrom(profile, register);
        if (until.isBefore(from)) {
            return ImmutableList.of();
        }
        DateRange period = DateRange.of(from, until);
        check(profile, register, period);
        return new Planning(profile, register).plan(period, true);
    }

    /**
     * The first due day the register follows up: the profile's, where it names one, else the day the municipality
     * was registered in Omvärld, so a newly onboarded municipality is not in breach for the years before it joined.
     */
    public static LocalDate trackedFrom(PolicyProfile profile, Register register) {
        return profile.obligationsTrackedFrom().orElse(register.municipality().registeredOn());
    }

    private static void check(PolicyProfile profile, Register register, DateRange period) {
        checkNotNull(profile, "profile is required");
        checkNotNull(register, "register is required");
        checkNotNull(period, "period is required");
        checkArgument(profile.municipality().equals(register.municipality().code()),
                "the profile is %s's, the register %s's", profile.municipality(), register.municipality().code());
    }

    /** One run of the planner: collects the obligations under their keys. */
    private static final class Planning {

        private final PolicyProfile profile;
        private final Register register;
        private final MunicipalityCode municipality;
        private final Map<ObligationKey, ObligationRecord> records;
        private final Map<ObligationKey, ReportingObligation> planned = new LinkedHashMap<>();

        Planning(PolicyProfile profile, Register register) {
            this.profile = profile;
            this.register = register;
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

        ImmutableList<ReportingObligation> plan(DateRange period, boolean pendingRevisionsBefore) {
            add(period, AnnualCompilationRule.obligations(profile, period));
            add(period, AnnualReportRule.obligations(profile, register, period));
            add(period, VisitReportRule.obligations(profile, register));
            for (Partnership partnership : register.partnerships()) {
                for (TwinTownRule.Evaluation e : TwinTownRule.evaluations(profile, partnership, period.end())) {
                    add(period, List.of(new Due(ObligationKeys.twinTownEvaluation(partnership.id(), e.due()),
                            ObligationKind.TWIN_TOWN_EVALUATION, partnership.title(), e.since(), e.due(),
                            COORDINATOR, Body.executiveBoard())));
                }
            }
            List<Due> revisions = StrategyRevisionRule.obligations(profile, trackedFrom(profile, register),
                    period.end(), key -> Optional.ofNullable(records.get(key)));
            add(period, revisions);
            if (pendingRevisionsBefore) {
                revisions.stream().filter(d -> d.due().isBefore(period.start()) && !records.containsKey(d.key()))
                        .forEach(d -> add(DateRange.of(d.due(), period.end()), List.of(d)));
            }
            add(period, PolicyEvaluationRule.obligations(profile, period));
            grantFollowUps(period);
            projectFinalReports(period);
            return planned.values().stream()
                    .sorted(Comparator.comparing(ReportingObligation::due).thenComparing(ReportingObligation::key))
                    .collect(ImmutableList.toImmutableList());
        }

        private void grantFollowUps(DateRange period) {
            if (profile.grantFollowUpWithin().isEmpty()) {
                return;
            }
            for (AssociationGrant grant : register.grants()) {
                if (grant.status() != GrantStatus.GRANTED && grant.status() != GrantStatus.FOLLOWED_UP) {
                    continue;
                }
                ObligationKey key = ObligationKeys.grantFollowUp(grant.id());
                LocalDate exchangeEnd = grant.exchange().end();
                Optional<ObligationRecord> followedUp = grant.followUp().map(f -> ObligationRecord.submitted(key,
                        municipality, f.submittedOn(), "Follow-up report recorded on the grant"));
                add(period, new Due(key, ObligationKind.GRANT_FOLLOW_UP, grant.association() + ": " + grant.purpose(),
                        exchangeEnd, exchangeEnd.plus(profile.grantFollowUpWithin().get()),
                        Body.association(grant.association()), grant.decision().orElseThrow().decidedBy()),
                        followedUp);
            }
        }

        private void projectFinalReports(DateRange period) {
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
                add(period, new Due(key, ObligationKind.PROJECT_FINAL_REPORT, project.title(), completed.get(),
                        completed.get().plus(profile.projectFinalReportWithin()),
                        register.municipality().committeeBody(project.committee()), Body.funder(programme)),
                        submitted);
            }
        }

        private void add(DateRange period, List<Due> due) {
            due.forEach(d -> add(period, d, Optional.empty()));
        }

        /**
         * Plans one obligation if it falls due within the period. Its status is the register's record under its key,
         * else what the record itself says ({@code fromRecord}).
         */
        private void add(DateRange period, Due due, Optional<ObligationRecord> fromRecord) {
            if (!period.contains(due.due())) {
                return;
            }
            Optional<ObligationRecord> settled = Optional.ofNullable(records.get(due.key())).or(() -> fromRecord);
            ReportingObligation obligation = new ReportingObligation(due.key(), municipality, due.kind(),
                    shortened(due.subject()), due.trigger(), due.due(), due.responsible(), due.recipient(), settled);
            ReportingObligation earlier = planned.putIfAbsent(due.key(), obligation);
            checkArgument(earlier == null || earlier.equals(obligation),
                    "two records of the register give obligation %s different content; ids must be unique", due.key());
        }

        private static String shortened(String subject) {
            return subject.length() <= Text.MAX_LENGTH ? subject : subject.substring(0, Text.MAX_LENGTH - 1) + "…";
        }
    }
}
