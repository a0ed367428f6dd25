package se.omvarld.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.BodyKind;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipKind;

/**
 * Which rules apply to a municipality, and their parameters. The four shipped profiles are in
 * {@link PolicyProfiles}; any other municipality defines its own with {@link #builder} or from plain key/value
 * settings with {@link PolicyProfileSettings}, without recompiling.
 *
 * @param municipality        whose policy this is
 * @param policyName          the document's name, e.g. "Internationell policy för Eksjö kommun"
 * @param rules               the rules the policy states
 * @param democracyPlanRegimes R2: the regime classes whose countries call for a democracy plan
 * @param boardDecidedKinds   R16: the partnership kinds only the executive board may enter and end
 * @param twinTownEvaluationInterval R9: how often a twin-town cooperation is evaluated, if the policy says so
 * @param newTwinTownNeedsValuedAgreement R9: a new twin-town agreement only where the counterpart values one
 * @param strategyAdoptedOn   R10: when the current strategy was adopted, the start of the revision clock
 * @param strategyRevisionInterval R10: the longest time between two revisions
 * @param annualCompilationDue R5: the day in the following year by which the compilation reaches the board
 * @param annualReportSectionDue R6: the internal deadline in the following year for committees' sections
 * @param visitReportWithin   R8: how soon after a visit its report is due
 * @param grantDecidedBy      R14: the kind of body that decides association grants
 * @param minimumSelfFinancingShare R14: the smallest own share of an exchange's cost, 0 to 1; own financing must
 *                            in any case be positive
 * @param grantFollowUpWithin how soon after a granted exchange its follow-up report is due
 * @param projectFinalReportWithin how soon after a project's end its final report is due
 * @param priorityAreas       the areas the policy prioritises (prioriterade områden): which open calls to watch
 * @param obligationsTrackedFrom the first due day the register follows up: obligations due earlier are history, not
 *                            work (a municipality sets it to the day it took Omvärld into use, or earlier)
 */
public record PolicyProfile(
        MunicipalityCode municipality,
        String policyName,
        ImmutableSet<RuleId> rules,
        ImmutableSet<RegimeClass> democracyPlanRegimes,
        ImmutableSet<PartnershipKind> boardDecidedKinds,
        Optional<Period> twinTownEvaluationInterval,
        boolean newTwinTownNeedsValuedAgreement,
        Optional<LocalDate> strategyAdoptedOn,
        Period strategyRevisionInterval,
        MonthDay annualCompilationDue,
        MonthDay annualReportSectionDue,
        Period visitReportWithin,
        BodyKind grantDecidedBy,
        BigDecimal minimumSelfFinancingShare,
        Period grantFollowUpWithin,
        Period projectFinalReportWithin,
        ImmutableSet<Area> priorityAreas,
        LocalDate obligationsTrackedFrom) {

    public PolicyProfile {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(policyName, "policyName is required");
        checkArgument(!policyName.isBlank(), "policyName must not be blank");
        rules = ImmutableSet.copyOf(checkNotNull(rules, "rules are required"));
        democracyPlanRegimes = ImmutableSet.copyOf(checkNotNull(democracyPlanRegimes, "democracyPlanRegimes"));
        boardDecidedKinds = ImmutableSet.copyOf(checkNotNull(boardDecidedKinds, "boardDecidedKinds"));
        checkNotNull(twinTownEvaluationInterval, "twinTownEvaluationInterval is required (may be empty)");
        twinTownEvaluationInterval.ifPresent(p -> checkPositive("twinTownEvaluationInterval", p));
        checkNotNull(strategyAdoptedOn, "strategyAdoptedOn is required (may be empty)");
        checkPositive("strategyRevisionInterval", strategyRevisionInterval);
        checkNotNull(annualCompilationDue, "annualCompilationDue is required");
        checkNotNull(annualReportSectionDue, "annualReportSectionDue is required");
        checkPositive("visitReportWithin", visitReportWithin);
        checkNotNull(grantDecidedBy, "grantDecidedBy is required");
        checkNotNull(minimumSelfFinancingShare, "minimumSelfFinancingShare is required");
        checkArgument(minimumSelfFinancingShare.signum() >= 0 && minimumSelfFinancingShare.compareTo(BigDecimal.ONE) < 0,
                "minimumSelfFinancingShare must be at least 0 and below 1, was %s", minimumSelfFinancingShare);
        checkPositive("grantFollowUpWithin", grantFollowUpWithin);
        checkPositive("projectFinalReportWithin", projectFinalReportWithin);
        priorityAreas = Sets.immutableEnumSet(checkNotNull(priorityAreas, "priorityAreas are required"));
        checkNotNull(obligationsTrackedFrom, "obligationsTrackedFrom is required");
    }

    private static void checkPositive(String name, Period period) {
        checkNotNull(period, "%s is required", name);
        checkArgument(!period.isNegative() && !period.isZero(), "%s must be positive, was %s", name, period);
    }

    public boolean has(RuleId rule) {
        return rules.contains(rule);
    }

    /** R2: whether a country of this class calls for a democracy plan under this profile. */
    public boolean needsDemocracyPlan(RegimeClass regime) {
        return has(RuleId.R2) && democracyPlanRegimes.contains(regime);
    }

    /** R16: whether only the executive board may enter or end partnerships of this kind. */
    public boolean boardDecides(PartnershipKind kind) {
        return has(RuleId.R16) && boardDecidedKinds.contains(kind);
    }

    public static Builder builder(MunicipalityCode municipality, String policyName) {
        return new Builder(municipality, policyName);
    }

    public Builder toBuilder() {
        Builder b = new Builder(municipality, policyName);
        b.rules.addAll(rules);
        b.democracyPlanRegimes = EnumSet.noneOf(RegimeClass.class);
        b.democracyPlanRegimes.addAll(democracyPlanRegimes);
        b.boardDecidedKinds.addAll(boardDecidedKinds);
        b.twinTownEvaluationInterval = twinTownEvaluationInterval;
        b.newTwinTownNeedsValuedAgreement = newTwinTownNeedsValuedAgreement;
        b.strategyAdoptedOn = strategyAdoptedOn;
        b.strategyRevisionInterval = strategyRevisionInterval;
        b.annualCompilationDue = annualCompilationDue;
        b.annualReportSectionDue = annualReportSectionDue;
        b.visitReportWithin = visitReportWithin;
        b.grantDecidedBy = grantDecidedBy;
        b.minimumSelfFinancingShare = minimumSelfFinancingShare;
        b.grantFollowUpWithin = grantFollowUpWithin;
        b.projectFinalReportWithin = projectFinalReportWithin;
        b.priorityAreas.addAll(priorityAreas);
        b.obligationsTrackedFrom = obligationsTrackedFrom;
        return b;
    }

    /** Builds a profile; the defaults are the Swedish law's and the domain's, each overridable. */
    public static final class Builder {
        private MunicipalityCode municipality;
        private final String policyName;
        private final Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
        private Set<RegimeClass> democracyPlanRegimes =
                EnumSet.of(RegimeClass.CLOSED_AUTOCRACY, RegimeClass.ELECTORAL_AUTOCRACY);
        private final Set<PartnershipKind> boardDecidedKinds = EnumSet.noneOf(PartnershipKind.class);
        private Optional<Period> twinTownEvaluationInterval = Optional.empty();
        private boolean newTwinTownNeedsValuedAgreement;
        private Optional<LocalDate> strategyAdoptedOn = Optional.empty();
        private Period strategyRevisionInterval = Period.ofYears(4);
        private MonthDay annualCompilationDue = MonthDay.of(3, 31);
        private MonthDay annualReportSectionDue = MonthDay.of(2, 15);
        private Period visitReportWithin = Period.ofDays(60);
        private BodyKind grantDecidedBy = BodyKind.EXECUTIVE_BOARD;
        private BigDecimal minimumSelfFinancingShare = BigDecimal.ZERO;
        private Period grantFollowUpWithin = Period.ofMonths(3);
        private Period projectFinalReportWithin = Period.ofMonths(2);
        private final Set<Area> priorityAreas = EnumSet.noneOf(Area.class);
        // Reports falling due from 1 January 2025 on are followed up; earlier ones are history. A municipality
        // moves it back to cover older open obligations, e.g. a strategy revision overdue since before then.
        private LocalDate obligationsTrackedFrom = LocalDate.of(2025, 1, 1);

        private Builder(MunicipalityCode municipality, String policyName) {
            this.municipality = municipality;
            this.policyName = policyName;
        }

        /** The municipality the profile applies to, e.g. to adopt another municipality's policy as a template. */
        public Builder municipality(MunicipalityCode code) {
            municipality = code;
            return this;
        }

        public Builder rules(RuleId... ids) {
            rules.addAll(Arrays.asList(ids));
            return this;
        }

        public Builder withoutRule(RuleId id) {
            rules.remove(id);
            return this;
        }

        public Builder democracyPlanRegimes(Set<RegimeClass> regimes) {
            democracyPlanRegimes = regimes.isEmpty() ? EnumSet.noneOf(RegimeClass.class) : EnumSet.copyOf(regimes);
            return this;
        }

        public Builder boardDecides(PartnershipKind... kinds) {
            boardDecidedKinds.addAll(Arrays.asList(kinds));
            return this;
        }

        public Builder twinTownEvaluationInterval(Period interval) {
            twinTownEvaluationInterval = Optional.of(interval);
            return this;
        }

        public Builder newTwinTownNeedsValuedAgreement(boolean needed) {
            newTwinTownNeedsValuedAgreement = needed;
            return this;
        }

        public Builder strategyAdoptedOn(LocalDate day) {
            strategyAdoptedOn = Optional.of(day);
            return this;
        }

        public Builder strategyRevisionInterval(Period interval) {
            strategyRevisionInterval = interval;
            return this;
        }

        public Builder annualCompilationDue(MonthDay day) {
            annualCompilationDue = day;
            return this;
        }

        public Builder annualReportSectionDue(MonthDay day) {
            annualReportSectionDue = day;
            return this;
        }

        public Builder visitReportWithin(Period period) {
            visitReportWithin = period;
            return this;
        }

        public Builder grantDecidedBy(BodyKind kind) {
            grantDecidedBy = kind;
            return this;
        }

        public Builder minimumSelfFinancingShare(BigDecimal share) {
            minimumSelfFinancingShare = share;
            return this;
        }

        public Builder grantFollowUpWithin(Period period) {
            grantFollowUpWithin = period;
            return this;
        }

        public Builder projectFinalReportWithin(Period period) {
            projectFinalReportWithin = period;
            return this;
        }

        public Builder priorityAreas(Area... areas) {
            priorityAreas.addAll(Arrays.asList(areas));
            return this;
        }

        public Builder obligationsTrackedFrom(LocalDate day) {
            obligationsTrackedFrom = day;
            return this;
        }

        public PolicyProfile build() {
            return new PolicyProfile(municipality, policyName, ImmutableSet.copyOf(rules),
                    ImmutableSet.copyOf(democracyPlanRegimes), ImmutableSet.copyOf(boardDecidedKinds),
                    twinTownEvaluationInterval, newTwinTownNeedsValuedAgreement, strategyAdoptedOn,
                    strategyRevisionInterval, annualCompilationDue, annualReportSectionDue, visitReportWithin,
                    grantDecidedBy, minimumSelfFinancingShare, grantFollowUpWithin, projectFinalReportWithin,
                    ImmutableSet.copyOf(priorityAreas), obligationsTrackedFrom);
        }
    }
}
