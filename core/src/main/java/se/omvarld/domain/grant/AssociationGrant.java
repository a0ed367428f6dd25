package se.omvarld.domain.grant;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.Refusal;
import se.omvarld.domain.policy.Verdict;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/**
 * A grant to an association (bidrag till förening) for an international exchange. It is applied for with
 * {@link #apply} and decided with {@link #grant} (which asks {@link AssociationGrantRule}, R14) or {@link #reject};
 * after the exchange the association may report back ({@link #followUp}). There is no other way to a decided grant
 * but {@link #restore}, which repositories use for what is already stored.
 */
public final class AssociationGrant {

    /** The association's report after the exchange. */
    public record FollowUp(LocalDate submittedOn, String summary) {
        public FollowUp {
            checkNotNull(submittedOn, "submittedOn is required");
            summary = Text.required("follow-up summary", summary);
        }
    }

    private final GrantId id;
    private final MunicipalityCode municipality;
    private final String association;
    private final String purpose;
    private final boolean purposeAnchored;
    private final Money requested;
    private final Money ownFinancing;
    private final DateRange exchange;
    private final LocalDate appliedOn;
    private final GrantStatus status;
    private final Optional<Decision> decision;
    private final Optional<Money> granted;
    private final Optional<FollowUp> followUp;
    private final long version;

    private AssociationGrant(GrantId id, MunicipalityCode municipality, String association, String purpose,
            boolean purposeAnchored, Money requested, Money ownFinancing, DateRange exchange, LocalDate appliedOn,
            GrantStatus status, Optional<Decision> decision, Optional<Money> granted, Optional<FollowUp> followUp,
            long version) {
        this.id = checkNotNull(id, "grant id is required");
        this.municipality = checkNotNull(municipality, "municipality is required");
        this.association = Text.name("association", association);
        this.purpose = Text.required("purpose", purpose);
        this.purposeAnchored = purposeAnchored;
        this.requested = checkNotNull(requested, "requested is required");
        this.ownFinancing = checkNotNull(ownFinancing, "ownFinancing is required");
        if (!requested.currency().equals(Money.SEK)) {
            throw InvalidValue.of(WordingKey.FIELD_GRANT_REQUESTED_NOT_SEK, "requested must be in SEK");
        }
        if (!ownFinancing.currency().equals(Money.SEK)) {
            throw InvalidValue.of(WordingKey.FIELD_GRANT_OWN_FINANCING_NOT_SEK, "ownFinancing must be in SEK");
        }
        if (!requested.isPositive()) {
            throw InvalidValue.of(WordingKey.FIELD_GRANT_REQUESTED_NOT_POSITIVE, "requested must be positive");
        }
        checkArgument(!ownFinancing.isNegative(), "ownFinancing must not be negative");
        this.exchange = checkNotNull(exchange, "exchange dates are required");
        this.appliedOn = checkNotNull(appliedOn, "appliedOn is required");
        this.status = checkNotNull(status, "status is required");
        this.decision = checkNotNull(decision, "decision is required (may be empty)");
        this.granted = checkNotNull(granted, "granted is required (may be empty)");
        this.followUp = checkNotNull(followUp, "followUp is required (may be empty)");
        checkArgument(decision.isPresent() == (status != GrantStatus.APPLIED), "a %s grant %s a decision",
                status, status == GrantStatus.APPLIED ? "has no" : "needs");
        decision.ifPresent(d -> checkArgument(!d.date().isBefore(appliedOn),
                "the decision of %s cannot come before the application of %s", d.date(), appliedOn));
        checkArgument(granted.isPresent() == (status == GrantStatus.GRANTED || status == GrantStatus.FOLLOWED_UP),
                "only a granted grant has a granted amount");
        granted.ifPresent(g -> checkArgument(g.currency().equals(Money.SEK) && g.isPositive()
                && g.compareTo(requested) <= 0, "granted must be a positive SEK amount up to the requested %s",
                requested));
        checkArgument(followUp.isPresent() == (status == GrantStatus.FOLLOWED_UP),
                "only a followed-up grant has a follow-up report");
        followUp.ifPresent(f -> checkArgument(!f.submittedOn().isBefore(exchange.start()),
                "a follow-up of %s cannot come before the exchange began on %s", f.submittedOn(), exchange.start()));
        checkArgument(version >= 0, "version must not be negative");
        this.version = version;
    }

    /**
     * An association's application.
     *
     * @param purposeAnchored whether the purpose is anchored (förankrat) in the association, e.g. by its board
     * @param requested       what the association asks for, in SEK
     * @param ownFinancing    what the association pays itself, in SEK
     */
    public static AssociationGrant apply(GrantId id, MunicipalityCode municipality, String association,
            String purpose, boolean purposeAnchored, Money requested, Money ownFinancing, DateRange exchange,
            LocalDate appliedOn) {
        return new AssociationGrant(id, municipality, association, purpose, purposeAnchored, requested,
                ownFinancing, exchange, appliedOn, GrantStatus.APPLIED, Optional.empty(), Optional.empty(),
                Optional.empty(), 0);
    }

    /** Rebuilds a stored grant, checking every invariant again; for repositories. */
    public static AssociationGrant restore(GrantId id, MunicipalityCode municipality, String association,
            String purpose, boolean purposeAnchored, Money requested, Money ownFinancing, DateRange exchange,
            LocalDate appliedOn, GrantStatus status, Optional<Decision> decision, Optional<Money> granted,
            Optional<FollowUp> followUp, long version) {
        return new AssociationGrant(id, municipality, association, purpose, purposeAnchored, requested,
                ownFinancing, exchange, appliedOn, status, decision, granted, followUp, version);
    }

    /** The association's own share of the exchange's cost, given what the municipality pays. */
    public BigDecimal selfFinancingShare(Money paidByMunicipality) {
        Money total = ownFinancing.plus(paidByMunicipality);
        return ownFinancing.amount().divide(total.amount(), MathContext.DECIMAL64);
    }

    /** Grants {@code amount}, as R14 allows, on a day no earlier than the application. */
    public Outcome<AssociationGrant> grant(Decision by, Money amount, PolicyProfile profile) {
        checkNotNull(by, "decision is required");
        checkNotNull(amount, "amount is required");
        Verdict verdict = decidable(by);
        if (!amount.currency().equals(Money.SEK) || !amount.isPositive() || amount.compareTo(requested) > 0) {
            verdict = verdict.and(Verdict.refusal(Refusal.lifecycle(Wording.of(
                    WordingKey.REFUSAL_GRANT_AMOUNT_OUT_OF_RANGE, "the granted amount must be a positive SEK amount"
                    + " up to the requested " + requested, requested))));
        }
        return verdict.and(AssociationGrantRule.onGrant(profile, this, by, amount))
                .outcome(() -> new AssociationGrant(id, municipality, association, purpose, purposeAnchored,
                        requested, ownFinancing, exchange, appliedOn, GrantStatus.GRANTED, Optional.of(by),
                        Optional.of(amount), Optional.empty(), version));
    }

    public Outcome<AssociationGrant> reject(Decision by) {
        checkNotNull(by, "decision is required");
        return decidable(by).outcome(() -> new AssociationGrant(id, municipality, association, purpose,
                purposeAnchored, requested, ownFinancing, exchange, appliedOn, GrantStatus.REJECTED, Optional.of(by),
                Optional.empty(), Optional.empty(), version));
    }

    private Verdict decidable(Decision by) {
        Verdict verdict = Verdict.NONE;
        if (status != GrantStatus.APPLIED) {
            verdict = Verdict.refusal(Refusal.lifecycle(Wording.of(WordingKey.REFUSAL_GRANT_ALREADY_DECIDED,
                    "the grant has already been decided")));
        }
        if (by.date().isBefore(appliedOn)) {
            verdict = verdict.and(Verdict.refusal(Refusal.lifecycle(Wording.of(
                    WordingKey.REFUSAL_GRANT_DECISION_BEFORE_APPLICATION, "a decision of " + by.date()
                    + " cannot come before the application of " + appliedOn, by.date(), appliedOn))));
        }
        return verdict;
    }

    /** The association's follow-up report after the exchange. */
    public Outcome<AssociationGrant> followUp(FollowUp report) {
        checkNotNull(report, "report is required");
        if (status != GrantStatus.GRANTED) {
            return Outcome.refused(Refusal.lifecycle(Wording.of(WordingKey.REFUSAL_GRANT_FOLLOW_UP_NOT_GRANTED,
                    "only a granted exchange is followed up")));
        }
        if (report.submittedOn().isBefore(exchange.start())) {
            return Outcome.refused(Refusal.lifecycle(Wording.of(WordingKey.REFUSAL_GRANT_FOLLOW_UP_BEFORE_EXCHANGE,
                    "a follow-up cannot come before the exchange began")));
        }
        return Outcome.accepted(new AssociationGrant(id, municipality, association, purpose, purposeAnchored,
                requested, ownFinancing, exchange, appliedOn, GrantStatus.FOLLOWED_UP, decision, granted,
                Optional.of(report), version));
    }

    public AssociationGrant withVersion(long newVersion) {
        return new AssociationGrant(id, municipality, association, purpose, purposeAnchored, requested, ownFinancing,
                exchange, appliedOn, status, decision, granted, followUp, newVersion);
    }

    public GrantId id() {
        return id;
    }

    public MunicipalityCode municipality() {
        return municipality;
    }

    public String association() {
        return association;
    }

    public String purpose() {
        return purpose;
    }

    public boolean purposeAnchored() {
        return purposeAnchored;
    }

    public Money requested() {
        return requested;
    }

    public Money ownFinancing() {
        return ownFinancing;
    }

    public DateRange exchange() {
        return exchange;
    }

    public LocalDate appliedOn() {
        return appliedOn;
    }

    public GrantStatus status() {
        return status;
    }

    public Optional<Decision> decision() {
        return decision;
    }

    public Optional<Money> granted() {
        return granted;
    }

    public Optional<FollowUp> followUp() {
        return followUp;
    }

    public long version() {
        return version;
    }

    private Object[] values() {
        return new Object[] {id, municipality, association, purpose, purposeAnchored, requested, ownFinancing,
            exchange, appliedOn, status, decision, granted, followUp, version};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssociationGrant other && java.util.Arrays.equals(values(), other.values());
    }

    @Override
    public int hashCode() {
        return Objects.hash(values());
    }

    @Override
    public String toString() {
        return association + ": " + purpose + " (" + status + ")";
    }
}
