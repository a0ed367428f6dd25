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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.BodyKind;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipKind;

/**
 * Which rules apply to a municipality, how strongly each binds, and their parameters. The four shipped profiles are
 * in {@link PolicyProfiles}; any other municipality defines its own with {@link #builder} or from plain key/value
 * settings ({@link PolicyProfileSettings}, {@link PolicyProfileFile}), without recompiling.
 *
 * <p>Every parameter has a default in the {@link Builder}; a profile only names what its policy says.
 */
public final class PolicyProfile {

    private final MunicipalityCode municipality;
    private final String policyName;
    private final ImmutableSet<RuleId> rules;
    private final ImmutableSet<RuleId> preferences;
    private final ImmutableSet<RegimeClass> democracyPlanRegimes;
    private final ImmutableSet<PartnershipKind> boardEnters;
    private final ImmutableSet<PartnershipKind> boardEnds;
    private final boolean boardMembershipsOnlyCoveringWholeMunicipality;
    private final Optional<Period> twinTownEvaluationInterval;
    private final boolean newTwinTownNeedsValuedAgreement;
    private final Optional<LocalDate> strategyAdoptedOn;
    private final Period strategyRevisionInterval;
    private final MonthDay annualCompilationDue;
    private final AnnualReportScope annualReportScope;
    private final MonthDay annualReportSectionDue;
    private final Period visitReportWithin;
    private final BodyKind grantDecidedBy;
    private final BigDecimal minimumSelfFinancingShare;
    private final Optional<Period> grantFollowUpWithin;
    private final Period projectFinalReportWithin;
    private final ImmutableSet<Area> priorityAreas;
    private final Optional<LocalDate> obligationsTrackedFrom;

    private PolicyProfile(Builder b) {
        municipality = checkNotNull(b.municipality, "municipality is required");
        policyName = checkNotNull(b.policyName, "policyName is required");
        checkArgument(!policyName.isBlank(), "policyName must not be blank");
        rules = Sets.immutableEnumSet(b.rules);
        preferences = Sets.immutableEnumSet(b.preferences);
        checkArgument(rules.containsAll(preferences), "preferences %s must be among the rules %s", preferences, rules);
        democracyPlanRegimes = Sets.immutableEnumSet(checkNotNull(b.democracyPlanRegimes, "democracyPlanRegimes"));
        boardEnters = Sets.immutableEnumSet(b.boardEnters);
        boardEnds = Sets.immutableEnumSet(b.boardEnds);
        boardMembershipsOnlyCoveringWholeMunicipality = b.boardMembershipsOnlyCoveringWholeMunicipality;
        twinTownEvaluationInterval = checkNotNull(b.twinTownEvaluationInterval, "twinTownEvaluationInterval");
        twinTownEvaluationInterval.ifPresent(p -> checkPositive("twinTownEvaluationInterval", p));
        newTwinTownNeedsValuedAgreement = b.newTwinTownNeedsValuedAgreement;
        strategyAdoptedOn = checkNotNull(b.strategyAdoptedOn, "strategyAdoptedOn");
        strategyRevisionInterval = checkPositive("strategyRevisionInterval", b.strategyRevisionInterval);
        annualCompilationDue = checkNotNull(b.annualCompilationDue, "annualCompilationDue is required");
        annualReportScope = checkNotNull(b.annualReportScope, "annualReportScope is required");
        annualReportSectionDue = checkNotNull(b.annualReportSectionDue, "annualReportSectionDue is required");
        visitReportWithin = checkPositive("visitReportWithin", b.visitReportWithin);
        grantDecidedBy = checkNotNull(b.grantDecidedBy, "grantDecidedBy is required");
        checkArgument(grantDecidedBy.isMunicipal(), "grants are decided by a body of the municipality, not %s",
                grantDecidedBy);
        minimumSelfFinancingShare = checkNotNull(b.minimumSelfFinancingShare, "minimumSelfFinancingShare");
        checkArgument(minimumSelfFinancingShare.signum() >= 0 && minimumSelfFinancingShare.compareTo(BigDecimal.ONE) < 0,
                "minimumSelfFinancingShare must be at least 0 and below 1, was %s", minimumSelfFinancingShare);
        grantFollowUpWithin = checkNotNull(b.grantFollowUpWithin, "grantFollowUpWithin");
        grantFollowUpWithin.ifPresent(p -> checkPositive("grantFollowUpWithin", p));
        projectFinalReportWithin = checkPositive("projectFinalReportWithin", b.projectFinalReportWithin);
        priorityAreas = Sets.immutableEnumSet(b.priorityAreas);
        obligationsTrackedFrom = checkNotNull(b.obligationsTrackedFrom, "obligationsTrackedFrom");
    }

    private static Period checkPositive(String name, Period period) {
        checkNotNull(period, "%s is required", name);
        checkArgument(!period.isNegative() && !period.isZero(), "%s must be positive, was %s", name, period);
        return period;
    }

    /** Whose policy this is. */
    public MunicipalityCode municipality() {
        return municipality;
    }

    /** The document's name, e.g. "Internationell policy för Eksjö kommun". */
    public String policyName() {
        return policyName;
    }

    /** The rules the policy states. */
    public ImmutableSet<RuleId> rules() {
        return rules;
    }

    /** The rules the policy states as a preference ("bör", "ska prioriteras"): they advise, never refuse. */
    public ImmutableSet<RuleId> preferences() {
        return preferences;
    }

    public boolean has(RuleId rule) {
        return rules.contains(rule);
    }

    /** How strongly {@code rule} binds under this policy; empty when the policy does not state it. */
    public Optional<Force> force(RuleId rule) {
        if (!has(rule)) {
            return Optional.empty();
        }
        return Optional.of(preferences.contains(rule) ? Force.PREFERENCE : Force.DUTY);
    }

    /** Whether the policy states {@code rule} as a duty, which refuses what breaks it. */
    public boolean requires(RuleId rule) {
        return force(rule).filter(f -> f == Force.DUTY).isPresent();
    }

    /** R2: the regime classes whose countries call for a democracy plan. */
    public ImmutableSet<RegimeClass> democracyPlanRegimes() {
        return democracyPlanRegimes;
    }

    /** R2: whether a country of this class calls for a democracy plan under this profile. */
    public boolean needsDemocracyPlan(RegimeClass regime) {
        return has(RuleId.R2) && democracyPlanRegimes.contains(regime);
    }

    /** R16: the partnership kinds only the executive board may enter (sign, join). */
    public ImmutableSet<PartnershipKind> boardEnters() {
        return boardEnters;
    }

    /** R16: the partnership kinds only the executive board may end. */
    public ImmutableSet<PartnershipKind> boardEnds() {
        return boardEnds;
    }

    /**
     * R16: whether the board decides only the network memberships that cover the whole municipality (Tyresö: "som
     * omfattar hela kommunen"); a committee's own membership is then the committee's.
     */
    public boolean boardMembershipsOnlyCoveringWholeMunicipality() {
        return boardMembershipsOnlyCoveringWholeMunicipality;
    }

    /** R9: how often a twin-town cooperation is evaluated, if the policy says so. */
    public Optional<Period> twinTownEvaluationInterval() {
        return twinTownEvaluationInterval;
    }

    /** R9: a new twin-town agreement only where the counterpart values a formal one. */
    public boolean newTwinTownNeedsValuedAgreement() {
        return newTwinTownNeedsValuedAgreement;
    }

    /** R10: when the current strategy was adopted, the start of the revision clock, where it is known. */
    public Optional<LocalDate> strategyAdoptedOn() {
        return strategyAdoptedOn;
    }

    /** R10: the longest time between two revisions. */
    public Period strategyRevisionInterval() {
        return strategyRevisionInterval;
    }

    /** R5: the day in the following year by which the compilation reaches the board. */
    public MonthDay annualCompilationDue() {
        return annualCompilationDue;
    }

    /** R6: one follow-up for the municipality, or a section per committee with international work. */
    public AnnualReportScope annualReportScope() {
        return annualReportScope;
    }

    /** R6: the internal deadline in the following year for the annual report's international part. */
    public MonthDay annualReportSectionDue() {
        return annualReportSectionDue;
    }

    /** R8: how soon after a visit its report is due. */
    public Period visitReportWithin() {
        return visitReportWithin;
    }

    /** R14: the kind of body that decides association grants. */
    public BodyKind grantDecidedBy() {
        return grantDecidedBy;
    }

    /** R14: the smallest own share of an exchange's cost, 0 to 1; own financing must in any case be positive. */
    public BigDecimal minimumSelfFinancingShare() {
        return minimumSelfFinancingShare;
    }

    /**
     * How soon after a granted exchange the association owes a follow-up report, where the municipality asks for one.
     * No policy sentence asks for it: it is the municipality's own choice, never a breach of a policy rule.
     */
    public Optional<Period> grantFollowUpWithin() {
        return grantFollowUpWithin;
    }

    /** How soon after a project's end its final report to the funder is due. */
    public Period projectFinalReportWithin() {
        return projectFinalReportWithin;
    }

    /** The areas the policy prioritises (prioriterade områden): which open calls to watch. */
    public ImmutableSet<Area> priorityAreas() {
        return priorityAreas;
    }

    /**
     * The first due day the register follows up, where the municipality set one: obligations due earlier are history,
     * not work. Empty: from the day the municipality was registered in Omvärld.
     */
    public Optional<LocalDate> obligationsTrackedFrom() {
        return obligationsTrackedFrom;
    }

    public static Builder builder(MunicipalityCode municipality, String policyName) {
        return new Builder(municipality, policyName);
    }

    public Builder toBuilder() {
        Builder b = new Builder(municipality, policyName);
        b.rules.addAll(rules);
        b.preferences.addAll(preferences);
        b.democracyPlanRegimes = EnumSet.noneOf(RegimeClass.class);
        b.democracyPlanRegimes.addAll(democracyPlanRegimes);
        b.boardEnters.addAll(boardEnters);
        b.boardEnds.addAll(boardEnds);
        b.boardMembershipsOnlyCoveringWholeMunicipality = boardMembershipsOnlyCoveringWholeMunicipality;
        b.twinTownEvaluationInterval = twinTownEvaluationInterval;
        b.newTwinTownNeedsValuedAgreement = newTwinTownNeedsValuedAgreement;
        b.strategyAdoptedOn = strategyAdoptedOn;
        b.strategyRevisionInterval = strategyRevisionInterval;
        b.annualCompilationDue = annualCompilationDue;
        b.annualReportScope = annualReportScope;
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

    private List<Object> values() {
        return Arrays.asList(municipality, policyName, rules, preferences, democracyPlanRegimes, boardEnters,
                boardEnds, boardMembershipsOnlyCoveringWholeMunicipality, twinTownEvaluationInterval,
                newTwinTownNeedsValuedAgreement, strategyAdoptedOn, strategyRevisionInterval, annualCompilationDue,
                annualReportScope, annualReportSectionDue, visitReportWithin, grantDecidedBy,
                minimumSelfFinancingShare.stripTrailingZeros(), grantFollowUpWithin, projectFinalReportWithin,
                priorityAreas, obligationsTrackedFrom);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyProfile other && values().equals(other.values());
    }

    @Override
    public int hashCode() {
        return Objects.hash(values().toArray());
    }

    @Override
    public String toString() {
        return policyName + " (" + municipality + ", rules " + rules + ", preferences " + preferences + ")";
    }

    /** Builds a profile; the defaults are the Swedish law's and the domain's, each overridable. */
    public static final class Builder {
        private MunicipalityCode municipality;
        private final String policyName;
        private final Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
        private final Set<RuleId> preferences = EnumSet.noneOf(RuleId.class);
        private Set<RegimeClass> democracyPlanRegimes =
                EnumSet.of(RegimeClass.CLOSED_AUTOCRACY, RegimeClass.ELECTORAL_AUTOCRACY);
        private final Set<PartnershipKind> boardEnters = EnumSet.noneOf(PartnershipKind.class);
        private final Set<PartnershipKind> boardEnds = EnumSet.noneOf(PartnershipKind.class);
        private boolean boardMembershipsOnlyCoveringWholeMunicipality;
        private Optional<Period> twinTownEvaluationInterval = Optional.empty();
        private boolean newTwinTownNeedsValuedAgreement;
        private Optional<LocalDate> strategyAdoptedOn = Optional.empty();
        private Period strategyRevisionInterval = Period.ofYears(4);
        private MonthDay annualCompilationDue = MonthDay.of(3, 31);
        private AnnualReportScope annualReportScope = AnnualReportScope.EACH_COMMITTEE;
        private MonthDay annualReportSectionDue = MonthDay.of(2, 15);
        private Period visitReportWithin = Period.ofDays(60);
        private BodyKind grantDecidedBy = BodyKind.EXECUTIVE_BOARD;
        private BigDecimal minimumSelfFinancingShare = BigDecimal.ZERO;
        private Optional<Period> grantFollowUpWithin = Optional.empty();
        private Period projectFinalReportWithin = Period.ofMonths(2);
        private final Set<Area> priorityAreas = EnumSet.noneOf(Area.class);
        private Optional<LocalDate> obligationsTrackedFrom = Optional.empty();

        private Builder(MunicipalityCode municipality, String policyName) {
            this.municipality = municipality;
            this.policyName = policyName;
        }

        /** The municipality the profile applies to, e.g. to adopt another municipality's policy as a template. */
        public Builder municipality(MunicipalityCode code) {
            municipality = code;
            return this;
        }

        /** Rules the policy states as duties ("ska"): they refuse what breaks them. */
        public Builder rules(RuleId... ids) {
            for (RuleId id : ids) {
                rules.add(id);
                preferences.remove(id);
            }
            return this;
        }

        /** Rules the policy states as preferences ("bör", "ska prioriteras"): they advise, never refuse. */
        public Builder prefers(RuleId... ids) {
            rules.addAll(Arrays.asList(ids));
            preferences.addAll(Arrays.asList(ids));
            return this;
        }

        public Builder withoutRule(RuleId id) {
            rules.remove(id);
            preferences.remove(id);
            return this;
        }

        public Builder democracyPlanRegimes(Set<RegimeClass> regimes) {
            democracyPlanRegimes = regimes.isEmpty() ? EnumSet.noneOf(RegimeClass.class) : EnumSet.copyOf(regimes);
            return this;
        }

        /** R16: only the executive board may enter partnerships of these kinds. */
        public Builder boardEnters(PartnershipKind... kinds) {
            boardEnters.addAll(Arrays.asList(kinds));
            return this;
        }

        /** R16: only the executive board may end partnerships of these kinds. */
        public Builder boardEnds(PartnershipKind... kinds) {
            boardEnds.addAll(Arrays.asList(kinds));
            return this;
        }

        /** R16: the board decides only the network memberships that cover the whole municipality. */
        public Builder boardMembershipsOnlyCoveringWholeMunicipality(boolean only) {
            boardMembershipsOnlyCoveringWholeMunicipality = only;
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

        public Builder annualReportScope(AnnualReportScope scope) {
            annualReportScope = scope;
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

        /** The municipality asks associations for a follow-up report this soon after a granted exchange. */
        public Builder grantFollowUpWithin(Period period) {
            grantFollowUpWithin = Optional.of(period);
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
            obligationsTrackedFrom = Optional.of(day);
            return this;
        }

        public PolicyProfile build() {
            return new PolicyProfile(this);
        }
    }
}
