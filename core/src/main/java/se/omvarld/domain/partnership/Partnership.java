package se.omvarld.domain.partnership;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.policy.CountryAssessmentTable;
import se.omvarld.domain.policy.DemocracyPlan;
import se.omvarld.domain.policy.DemocracyRule;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.Refusal;
import se.omvarld.domain.policy.Verdict;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/**
 * A lasting relation with a foreign counterpart: a twin town (vänort), a cooperation agreement (samarbetsavtal), an
 * industrial partnership, a municipal partnership (kommunalt partnerskap, ICLD) or a network membership.
 * Its lifecycle is proposed → active → under review → terminated, and every step carries a {@link Decision}.
 * Who may decide, and what must be in place before activation, is the municipality's {@link PolicyProfile}'s to say
 * (R1, R2, R9, R16): each rule is one policy class beside it ({@link BenefitRiskAnalysisRule},
 * {@link DemocracyRule}, {@link TwinTownRule}, {@link BoardDecisionRule}), which compliance asks too.
 *
 * <p>Analyses and democracy plans are kept, each with its day: a new one is added, never put in an earlier one's
 * place, and what justifies an activation is the latest made no later than its decision.
 */
public final class Partnership {

    private final PartnershipId id;
    private final MunicipalityCode municipality;
    private final PartnerId partner;
    private final CountryCode country;
    private final PartnershipKind kind;
    private final String title;
    private final ImmutableSet<Area> areas;
    private final ImmutableSet<FundingSource> fundingSources;
    private final ImmutableSet<CommitteeId> committees;
    private final LocalDate proposedOn;
    private final PartnershipStatus status;
    private final ImmutableList<StatusChange> history;
    private final ImmutableList<BenefitRiskAnalysis> analyses;
    private final ImmutableList<DemocracyPlan> democracyPlans;
    private final boolean counterpartValuesFormalAgreement;
    private final long version;

    private Partnership(PartnershipId id, MunicipalityCode municipality, PartnerId partner, CountryCode country,
            PartnershipKind kind, String title, Set<Area> areas, Set<FundingSource> fundingSources,
            Set<CommitteeId> committees, LocalDate proposedOn, PartnershipStatus status, List<StatusChange> history,
            List<BenefitRiskAnalysis> analyses, List<DemocracyPlan> democracyPlans,
            boolean counterpartValuesFormalAgreement, long version) {
        this.id = checkNotNull(id, "partnership id is required");
        this.municipality = checkNotNull(municipality, "municipality is required");
        this.partner = checkNotNull(partner, "partner is required");
        this.country = checkNotNull(country, "country is required");
        this.kind = checkNotNull(kind, "partnership kind is required");
        this.title = Text.name("title", title);
        this.areas = Sets.immutableEnumSet(checkNotNull(areas, "areas are required"));
        this.fundingSources = Sets.immutableEnumSet(checkNotNull(fundingSources, "funding sources are required"));
        this.committees = ImmutableSet.copyOf(checkNotNull(committees, "committees are required (may be empty)"));
        this.proposedOn = checkNotNull(proposedOn, "proposedOn is required");
        this.status = checkNotNull(status, "status is required");
        this.history = ImmutableList.copyOf(checkNotNull(history, "history is required"));
        this.analyses = ImmutableList.sortedCopyOf(Comparator.comparing(BenefitRiskAnalysis::madeOn),
                checkNotNull(analyses, "analyses are required (may be empty)"));
        this.democracyPlans = ImmutableList.sortedCopyOf(Comparator.comparing(DemocracyPlan::adoptedOn),
                checkNotNull(democracyPlans, "democracy plans are required (may be empty)"));
        this.counterpartValuesFormalAgreement = counterpartValuesFormalAgreement;
        checkArgument(version >= 0, "version must not be negative");
        this.version = version;
        checkHistory();
    }

    private void checkHistory() {
        PartnershipStatus current = PartnershipStatus.PROPOSED;
        LocalDate previous = proposedOn;
        for (StatusChange change : history) {
            checkArgument(change.from() == current, "history step %s does not follow from %s", change, current);
            checkArgument(allowed(change.from(), change.to()), "%s → %s is not a lifecycle step",
                    change.from(), change.to());
            checkArgument(!change.decision().date().isBefore(previous),
                    "decision of %s is dated before the step it follows", change.decision().date());
            current = change.to();
            previous = change.decision().date();
        }
        checkArgument(current == status, "status %s does not match the history, which ends in %s", status, current);
    }

    private static boolean allowed(PartnershipStatus from, PartnershipStatus to) {
        switch (from) {
            case PROPOSED:
                return to == PartnershipStatus.ACTIVE || to == PartnershipStatus.TERMINATED;
            case ACTIVE:
                return to == PartnershipStatus.UNDER_REVIEW || to == PartnershipStatus.TERMINATED;
            case UNDER_REVIEW:
                return to == PartnershipStatus.ACTIVE || to == PartnershipStatus.TERMINATED;
            default:
                return false;
        }
    }

    /**
     * A new proposal with {@code partner}; nothing is active until a decision makes it so.
     *
     * @param committees the committees whose own partnership this is (e.g. a school network's membership); empty
     *                   for one of the municipality as a whole
     */
    public static Partnership propose(PartnershipId id, Partner partner, PartnershipKind kind, String title,
            Set<Area> areas, Set<FundingSource> fundingSources, Set<CommitteeId> committees, LocalDate proposedOn,
            boolean counterpartValuesFormalAgreement) {
        checkNotNull(partner, "partner is required");
        return new Partnership(id, partner.municipality(), partner.id(), partner.country(), kind, title, areas,
                fundingSources, committees, proposedOn, PartnershipStatus.PROPOSED, List.of(), List.of(), List.of(),
                counterpartValuesFormalAgreement, 0);
    }

    /** Rebuilds a stored partnership, checking every invariant again; for repositories and imports. */
    public static Partnership restore(PartnershipId id, MunicipalityCode municipality, PartnerId partner,
            CountryCode country, PartnershipKind kind, String title, Set<Area> areas,
            Set<FundingSource> fundingSources, Set<CommitteeId> committees, LocalDate proposedOn,
            PartnershipStatus status, List<StatusChange> history, List<BenefitRiskAnalysis> analyses,
            List<DemocracyPlan> democracyPlans, boolean counterpartValuesFormalAgreement, long version) {
        return new Partnership(id, municipality, partner, country, kind, title, areas, fundingSources, committees,
                proposedOn, status, history, analyses, democracyPlans, counterpartValuesFormalAgreement, version);
    }

    /**
     * Makes the partnership active: the board's where the profile says so (R16), with an analysis made no later than
     * the decision (R1), a democracy plan where the partner's country calls for one or cannot be assessed (R2), and,
     * for a new twin town, a counterpart that values a formal agreement (R9).
     */
    public Outcome<Partnership> activate(Decision decision, PolicyProfile profile,
            CountryAssessmentTable assessments) {
        checkNotNull(decision, "decision is required");
        checkNotNull(profile, "profile is required");
        checkNotNull(assessments, "assessments are required");
        if (status != PartnershipStatus.PROPOSED) {
            return Outcome.refused(Refusal.lifecycle(Wording.of(
                    WordingKey.REFUSAL_PARTNERSHIP_ONLY_PROPOSED_ACTIVATES, "only a proposed partnership can be"
                    + " activated; this one is " + status.name().toLowerCase(), status)));
        }
        return chronology(decision)
                .and(BoardDecisionRule.onDecision(profile, kind, coversWholeMunicipality(),
                        BoardDecisionRule.Act.ENTER, decision))
                .and(BenefitRiskAnalysisRule.beforeActivation(profile, analyses, decision.date()))
                .and(DemocracyRule.beforeCommitment(profile, DemocracyRule.Commitment.PARTNERSHIP, Set.of(country),
                        democracyPlans, assessments, decision.date()))
                .and(TwinTownRule.onActivation(profile, kind, counterpartValuesFormalAgreement))
                .outcome(() -> step(PartnershipStatus.ACTIVE, decision));
    }

    /**
     * The statuses a decision may move this partnership to next, as {@link #activate}, {@link #putUnderReview},
     * {@link #continueAfterReview} and {@link #terminate} allow them: which decisions a page offers. A decision
     * offered may still be refused by a rule of the policy when it is taken.
     */
    public ImmutableSet<PartnershipStatus> nextStatuses() {
        switch (status) {
            case PROPOSED:
            case UNDER_REVIEW:
                return Sets.immutableEnumSet(PartnershipStatus.ACTIVE, PartnershipStatus.TERMINATED);
            case ACTIVE:
                return Sets.immutableEnumSet(PartnershipStatus.UNDER_REVIEW, PartnershipStatus.TERMINATED);
            default:
                return ImmutableSet.of();
        }
    }

    /** Puts an active partnership under review, e.g. after an evaluation (R9). */
    public Outcome<Partnership> putUnderReview(Decision decision) {
        checkNotNull(decision, "decision is required");
        if (status != PartnershipStatus.ACTIVE) {
            return Outcome.refused(Refusal.lifecycle(Wording.of(WordingKey.REFUSAL_PARTNERSHIP_ONLY_ACTIVE_REVIEWED,
                    "only an active partnership can be put under review")));
        }
        return chronology(decision).outcome(() -> step(PartnershipStatus.UNDER_REVIEW, decision));
    }

    /** Continues a partnership after its review; no policy reserves this decision to the board. */
    public Outcome<Partnership> continueAfterReview(Decision decision) {
        checkNotNull(decision, "decision is required");
        if (status != PartnershipStatus.UNDER_REVIEW) {
            return Outcome.refused(Refusal.lifecycle(Wording.of(
                    WordingKey.REFUSAL_PARTNERSHIP_ONLY_REVIEWED_CONTINUES,
                    "only a partnership under review can be continued")));
        }
        return chronology(decision).outcome(() -> step(PartnershipStatus.ACTIVE, decision));
    }

    /** Ends the partnership, or drops a proposal. Ending is the executive board's where the profile says so (R16). */
    public Outcome<Partnership> terminate(Decision decision, PolicyProfile profile) {
        checkNotNull(decision, "decision is required");
        if (status == PartnershipStatus.TERMINATED) {
            return Outcome.refused(Refusal.lifecycle(Wording.of(WordingKey.REFUSAL_PARTNERSHIP_ALREADY_TERMINATED,
                    "the partnership is already terminated")));
        }
        Verdict board = status == PartnershipStatus.PROPOSED ? Verdict.NONE
                : BoardDecisionRule.onDecision(profile, kind, coversWholeMunicipality(), BoardDecisionRule.Act.END,
                        decision);
        return chronology(decision).and(board).outcome(() -> step(PartnershipStatus.TERMINATED, decision));
    }

    /** Records a benefit/risk analysis (R1) beside the earlier ones. */
    public Outcome<Partnership> recordAnalysis(BenefitRiskAnalysis newAnalysis) {
        checkNotNull(newAnalysis, "analysis is required");
        if (status == PartnershipStatus.TERMINATED) {
            return Outcome.refused(Refusal.lifecycle(Wording.of(
                    WordingKey.REFUSAL_PARTNERSHIP_TERMINATED_NO_ANALYSIS,
                    "a terminated partnership takes no new analysis")));
        }
        if (newAnalysis.madeOn().isBefore(proposedOn)) {
            return Outcome.refused(Refusal.lifecycle(Wording.of(
                    WordingKey.REFUSAL_PARTNERSHIP_ANALYSIS_BEFORE_PROPOSAL, "an analysis of " + newAnalysis.madeOn()
                    + " cannot come before the proposal of " + proposedOn, newAnalysis.madeOn(), proposedOn)));
        }
        List<BenefitRiskAnalysis> more = new ArrayList<>(analyses);
        more.add(newAnalysis);
        return Outcome.accepted(with(status, history, more, democracyPlans));
    }

    /** Records a democracy plan (R2) beside the earlier ones. */
    public Outcome<Partnership> recordDemocracyPlan(DemocracyPlan plan) {
        checkNotNull(plan, "democracy plan is required");
        if (status == PartnershipStatus.TERMINATED) {
            return Outcome.refused(Refusal.lifecycle(Wording.of(WordingKey.REFUSAL_PARTNERSHIP_TERMINATED_NO_PLAN,
                    "a terminated partnership takes no new democracy plan")));
        }
        if (plan.adoptedOn().isBefore(proposedOn)) {
            return Outcome.refused(Refusal.lifecycle(Wording.of(WordingKey.REFUSAL_PARTNERSHIP_PLAN_BEFORE_PROPOSAL,
                    "a democracy plan of " + plan.adoptedOn() + " cannot come before the proposal of " + proposedOn,
                    plan.adoptedOn(), proposedOn)));
        }
        List<DemocracyPlan> more = new ArrayList<>(democracyPlans);
        more.add(plan);
        return Outcome.accepted(with(status, history, analyses, more));
    }

    /** A decision cannot be dated before the proposal or the decision it follows. */
    private Verdict chronology(Decision decision) {
        LocalDate last = history.isEmpty() ? proposedOn : history.get(history.size() - 1).decision().date();
        if (decision.date().isBefore(last)) {
            return Verdict.refusal(Refusal.lifecycle(Wording.of(
                    WordingKey.REFUSAL_PARTNERSHIP_DECISION_BEFORE_LAST_STEP, "a decision of " + decision.date()
                    + " cannot come before the partnership's last step on " + last, decision.date(), last)));
        }
        return Verdict.NONE;
    }

    private Partnership step(PartnershipStatus to, Decision decision) {
        List<StatusChange> next = new ArrayList<>(history);
        next.add(new StatusChange(status, to, decision));
        return with(to, next, analyses, democracyPlans);
    }

    private Partnership with(PartnershipStatus newStatus, List<StatusChange> newHistory,
            List<BenefitRiskAnalysis> newAnalyses, List<DemocracyPlan> newPlans) {
        return new Partnership(id, municipality, partner, country, kind, title, areas, fundingSources, committees,
                proposedOn, newStatus, newHistory, newAnalyses, newPlans, counterpartValuesFormalAgreement, version);
    }

    /** The same partnership at another stored version; for repositories. */
    public Partnership withVersion(long newVersion) {
        return new Partnership(id, municipality, partner, country, kind, title, areas, fundingSources, committees,
                proposedOn, status, history, analyses, democracyPlans, counterpartValuesFormalAgreement, newVersion);
    }

    /** The day the partnership first became active, if it has. */
    public Optional<LocalDate> activatedOn() {
        return history.stream().filter(c -> c.to() == PartnershipStatus.ACTIVE).findFirst()
                .map(c -> c.decision().date());
    }

    public Optional<LocalDate> terminatedOn() {
        return history.stream().filter(c -> c.to() == PartnershipStatus.TERMINATED).findFirst()
                .map(c -> c.decision().date());
    }

    /** Whether the partnership was in force (active or under review) on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return activatedOn().map(a -> !a.isAfter(day)).orElse(false)
                && terminatedOn().map(t -> t.isAfter(day)).orElse(true);
    }

    /** Whether it was in force on any day from {@code from} to {@code to}. */
    public boolean inForceDuring(LocalDate from, LocalDate to) {
        return activatedOn().map(a -> !a.isAfter(to)).orElse(false)
                && terminatedOn().map(t -> t.isAfter(from)).orElse(true);
    }

    /** The municipality's as a whole, rather than some committees' own (R16: "som omfattar hela kommunen"). */
    public boolean coversWholeMunicipality() {
        return committees.isEmpty();
    }

    public PartnershipId id() {
        return id;
    }

    public MunicipalityCode municipality() {
        return municipality;
    }

    public PartnerId partner() {
        return partner;
    }

    public CountryCode country() {
        return country;
    }

    public PartnershipKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public ImmutableSet<Area> areas() {
        return areas;
    }

    public ImmutableSet<FundingSource> fundingSources() {
        return fundingSources;
    }

    /** The committees whose own partnership this is; empty for the municipality's as a whole. */
    public ImmutableSet<CommitteeId> committees() {
        return committees;
    }

    public LocalDate proposedOn() {
        return proposedOn;
    }

    public PartnershipStatus status() {
        return status;
    }

    public ImmutableList<StatusChange> history() {
        return history;
    }

    /** Every benefit/risk analysis recorded, oldest first. */
    public ImmutableList<BenefitRiskAnalysis> analyses() {
        return analyses;
    }

    /** The latest analysis. */
    public Optional<BenefitRiskAnalysis> analysis() {
        return analyses.isEmpty() ? Optional.empty() : Optional.of(analyses.get(analyses.size() - 1));
    }

    /** Every democracy plan recorded, oldest first. */
    public ImmutableList<DemocracyPlan> democracyPlans() {
        return democracyPlans;
    }

    /** The latest democracy plan. */
    public Optional<DemocracyPlan> democracyPlan() {
        return democracyPlans.isEmpty() ? Optional.empty()
                : Optional.of(democracyPlans.get(democracyPlans.size() - 1));
    }

    public boolean counterpartValuesFormalAgreement() {
        return counterpartValuesFormalAgreement;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return title + " (" + kind + ", " + status + ")";
    }
}
