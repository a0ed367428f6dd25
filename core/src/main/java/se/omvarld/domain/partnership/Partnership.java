package se.omvarld.domain.partnership;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.policy.CountryAssessment;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.Refusal;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.Text;

/**
 * A lasting relation with a foreign counterpart: a twin town (vänort), a cooperation agreement (samarbetsavtal), an
 * industrial partnership, a municipal partnership (kommunalt partnerskap, ICLD) or a network membership.
 * Its lifecycle is proposed → active → under review → terminated, and every step carries a {@link Decision}.
 * Who may decide, and what must be in place before activation, is the municipality's {@link PolicyProfile}'s to say
 * (R1, R2, R9, R16).
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
    private final LocalDate proposedOn;
    private final PartnershipStatus status;
    private final ImmutableList<StatusChange> history;
    private final Optional<BenefitRiskAnalysis> analysis;
    private final Optional<DemocracyPlan> democracyPlan;
    private final boolean counterpartValuesFormalAgreement;
    private final long version;

    private Partnership(PartnershipId id, MunicipalityCode municipality, PartnerId partner, CountryCode country,
            PartnershipKind kind, String title, Set<Area> areas, Set<FundingSource> fundingSources,
            LocalDate proposedOn, PartnershipStatus status, List<StatusChange> history,
            Optional<BenefitRiskAnalysis> analysis, Optional<DemocracyPlan> democracyPlan,
            boolean counterpartValuesFormalAgreement, long version) {
        this.id = checkNotNull(id, "partnership id is required");
        this.municipality = checkNotNull(municipality, "municipality is required");
        this.partner = checkNotNull(partner, "partner is required");
        this.country = checkNotNull(country, "country is required");
        this.kind = checkNotNull(kind, "partnership kind is required");
        this.title = Text.name("title", title);
        this.areas = Sets.immutableEnumSet(checkNotNull(areas, "areas are required"));
        this.fundingSources = Sets.immutableEnumSet(checkNotNull(fundingSources, "funding sources are required"));
        this.proposedOn = checkNotNull(proposedOn, "proposedOn is required");
        this.status = checkNotNull(status, "status is required");
        this.history = ImmutableList.copyOf(checkNotNull(history, "history is required"));
        this.analysis = checkNotNull(analysis, "analysis is required (may be empty)");
        this.democracyPlan = checkNotNull(democracyPlan, "democracy plan is required (may be empty)");
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

    /** A new proposal with {@code partner}; nothing is active until a decision makes it so. */
    public static Partnership propose(PartnershipId id, Partner partner, PartnershipKind kind, String title,
            Set<Area> areas, Set<FundingSource> fundingSources, LocalDate proposedOn,
            boolean counterpartValuesFormalAgreement) {
        checkNotNull(partner, "partner is required");
        return new Partnership(id, partner.municipality(), partner.id(), partner.country(), kind, title, areas,
                fundingSources, proposedOn, PartnershipStatus.PROPOSED, List.of(), Optional.empty(),
                Optional.empty(), counterpartValuesFormalAgreement, 0);
    }

    /** Rebuilds a stored partnership, checking every invariant again; for repositories and imports. */
    public static Partnership restore(PartnershipId id, MunicipalityCode municipality, PartnerId partner,
            CountryCode country, PartnershipKind kind, String title, Set<Area> areas,
            Set<FundingSource> fundingSources, LocalDate proposedOn, PartnershipStatus status,
            List<StatusChange> history, Optional<BenefitRiskAnalysis> analysis,
            Optional<DemocracyPlan> democracyPlan, boolean counterpartValuesFormalAgreement, long version) {
        return new Partnership(id, municipality, partner, country, kind, title, areas, fundingSources, proposedOn,
                status, history, analysis, democracyPlan, counterpartValuesFormalAgreement, version);
    }

    /**
     * Makes the partnership active. Refused when a decision of this kind is the executive board's (R16), when the
     * benefit/risk analysis is missing (R1), when the partner's country calls for a democracy plan and there is none,
     * or there is no assessment of the country to consult (R2), and for a new twin town whose counterpart does not
     * value a formal agreement (R9).
     *
     * @param assessment the latest assessment of the partner's country up to the decision's year, if any exists
     */
    public Outcome<Partnership> activate(Decision decision, PolicyProfile profile,
            Optional<CountryAssessment> assessment) {
        checkNotNull(decision, "decision is required");
        checkNotNull(profile, "profile is required");
        checkNotNull(assessment, "assessment is required (may be empty)");
        if (status != PartnershipStatus.PROPOSED) {
            return Outcome.refused(Refusal.lifecycle("only a proposed partnership can be activated; this one is "
                    + status.name().toLowerCase()));
        }
        List<Refusal> refusals = new ArrayList<>();
        chronology(decision).ifPresent(refusals::add);
        boardDecision(decision, profile, "enter").ifPresent(refusals::add);
        if (profile.has(RuleId.R1) && analysis.isEmpty()) {
            refusals.add(Refusal.by(RuleId.R1, "a benefit/risk analysis with purpose, goals and the reason for"
                    + " choosing this partner is required before the partnership becomes active"));
        }
        if (profile.has(RuleId.R2) && democracyPlan.isEmpty()) {
            if (assessment.isEmpty()) {
                refusals.add(Refusal.by(RuleId.R2, "no country assessment of " + country + " is available to"
                        + " consult; record a democracy plan or add an assessment"));
            } else if (profile.needsDemocracyPlan(assessment.get().regime())) {
                CountryAssessment a = assessment.get();
                refusals.add(Refusal.by(RuleId.R2, country + " is classed " + a.regime().name().toLowerCase()
                        .replace('_', ' ') + " in " + a.year() + " (" + a.source() + "): a democracy plan is"
                        + " required"));
            }
        }
        if (kind == PartnershipKind.TWIN_TOWN && profile.has(RuleId.R9) && profile.newTwinTownNeedsValuedAgreement()
                && !counterpartValuesFormalAgreement) {
            refusals.add(Refusal.by(RuleId.R9, "a new twin-town agreement is entered only where the counterpart"
                    + " values a formal agreement"));
        }
        return Outcome.unless(refusals, () -> step(PartnershipStatus.ACTIVE, decision));
    }

    /** Puts an active partnership under review, e.g. after an evaluation (R9). */
    public Outcome<Partnership> putUnderReview(Decision decision) {
        checkNotNull(decision, "decision is required");
        if (status != PartnershipStatus.ACTIVE) {
            return Outcome.refused(Refusal.lifecycle("only an active partnership can be put under review"));
        }
        return Outcome.unless(chronology(decision).stream().toList(),
                () -> step(PartnershipStatus.UNDER_REVIEW, decision));
    }

    /** Continues a partnership after its review. */
    public Outcome<Partnership> continueAfterReview(Decision decision, PolicyProfile profile) {
        checkNotNull(decision, "decision is required");
        if (status != PartnershipStatus.UNDER_REVIEW) {
            return Outcome.refused(Refusal.lifecycle("only a partnership under review can be continued"));
        }
        List<Refusal> refusals = new ArrayList<>();
        chronology(decision).ifPresent(refusals::add);
        boardDecision(decision, profile, "continue").ifPresent(refusals::add);
        return Outcome.unless(refusals, () -> step(PartnershipStatus.ACTIVE, decision));
    }

    /** Ends the partnership, or drops a proposal. Ending is the executive board's where the profile says so (R16). */
    public Outcome<Partnership> terminate(Decision decision, PolicyProfile profile) {
        checkNotNull(decision, "decision is required");
        if (status == PartnershipStatus.TERMINATED) {
            return Outcome.refused(Refusal.lifecycle("the partnership is already terminated"));
        }
        List<Refusal> refusals = new ArrayList<>();
        chronology(decision).ifPresent(refusals::add);
        boardDecision(decision, profile, "end").ifPresent(refusals::add);
        return Outcome.unless(refusals, () -> step(PartnershipStatus.TERMINATED, decision));
    }

    /** Records the benefit/risk analysis (R1). */
    public Outcome<Partnership> recordAnalysis(BenefitRiskAnalysis newAnalysis) {
        checkNotNull(newAnalysis, "analysis is required");
        if (status == PartnershipStatus.TERMINATED) {
            return Outcome.refused(Refusal.lifecycle("a terminated partnership takes no new analysis"));
        }
        return Outcome.accepted(with(status, history, Optional.of(newAnalysis), democracyPlan));
    }

    /** Records the democracy plan (R2). */
    public Outcome<Partnership> recordDemocracyPlan(DemocracyPlan plan) {
        checkNotNull(plan, "democracy plan is required");
        if (status == PartnershipStatus.TERMINATED) {
            return Outcome.refused(Refusal.lifecycle("a terminated partnership takes no new democracy plan"));
        }
        return Outcome.accepted(with(status, history, analysis, Optional.of(plan)));
    }

    /** A decision cannot be dated before the proposal or the decision it follows. */
    private Optional<Refusal> chronology(Decision decision) {
        LocalDate last = history.isEmpty() ? proposedOn : history.get(history.size() - 1).decision().date();
        if (decision.date().isBefore(last)) {
            return Optional.of(Refusal.lifecycle("a decision of " + decision.date() + " cannot come before the"
                    + " partnership's last step on " + last));
        }
        return Optional.empty();
    }

    private Optional<Refusal> boardDecision(Decision decision, PolicyProfile profile, String verb) {
        if (profile.boardDecides(kind) && !decision.decidedBy().isExecutiveBoard()) {
            return Optional.of(Refusal.by(RuleId.R16, "only the executive board may " + verb + " a "
                    + kind.name().toLowerCase().replace('_', ' ') + "; this decision is by "
                    + decision.decidedBy().name()));
        }
        return Optional.empty();
    }

    private Partnership step(PartnershipStatus to, Decision decision) {
        List<StatusChange> next = new ArrayList<>(history);
        next.add(new StatusChange(status, to, decision));
        return with(to, next, analysis, democracyPlan);
    }

    private Partnership with(PartnershipStatus newStatus, List<StatusChange> newHistory,
            Optional<BenefitRiskAnalysis> newAnalysis, Optional<DemocracyPlan> newPlan) {
        return new Partnership(id, municipality, partner, country, kind, title, areas, fundingSources, proposedOn,
                newStatus, newHistory, newAnalysis, newPlan, counterpartValuesFormalAgreement, version);
    }

    /** The same partnership at another stored version; for repositories. */
    public Partnership withVersion(long newVersion) {
        return new Partnership(id, municipality, partner, country, kind, title, areas, fundingSources, proposedOn,
                status, history, analysis, democracyPlan, counterpartValuesFormalAgreement, newVersion);
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

    public LocalDate proposedOn() {
        return proposedOn;
    }

    public PartnershipStatus status() {
        return status;
    }

    public ImmutableList<StatusChange> history() {
        return history;
    }

    public Optional<BenefitRiskAnalysis> analysis() {
        return analysis;
    }

    public Optional<DemocracyPlan> democracyPlan() {
        return democracyPlan;
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
