package se.omvarld.domain.grant;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.Refusal;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Text;

/**
 * A grant to an association (bidrag till förening) for an international exchange. Under R14 it needs a clear,
 * anchored purpose and some self-financing (egenfinansiering); after the exchange the association reports back.
 *
 * @param purposeAnchored whether the purpose is anchored (förankrat) in the association, e.g. by its board
 * @param requested       what the association asks for, in SEK
 * @param ownFinancing    what the association pays itself, in SEK
 */
public record AssociationGrant(GrantId id, MunicipalityCode municipality, String association, String purpose,
        boolean purposeAnchored, Money requested, Money ownFinancing, DateRange exchange, LocalDate appliedOn,
        GrantStatus status, Optional<Decision> decision, Optional<Money> granted, Optional<FollowUp> followUp,
        long version) {

    /** The association's report after the exchange. */
    public record FollowUp(LocalDate submittedOn, String summary) {
        public FollowUp {
            checkNotNull(submittedOn, "submittedOn is required");
            summary = Text.required("follow-up summary", summary);
        }
    }

    public AssociationGrant {
        checkNotNull(id, "grant id is required");
        checkNotNull(municipality, "municipality is required");
        association = Text.name("association", association);
        purpose = Text.required("purpose", purpose);
        checkNotNull(requested, "requested is required");
        checkNotNull(ownFinancing, "ownFinancing is required");
        checkArgument(requested.currency().equals(Money.SEK), "requested must be in SEK");
        checkArgument(ownFinancing.currency().equals(Money.SEK), "ownFinancing must be in SEK");
        checkArgument(requested.isPositive(), "requested must be positive");
        checkArgument(!ownFinancing.isNegative(), "ownFinancing must not be negative");
        checkNotNull(exchange, "exchange dates are required");
        checkNotNull(appliedOn, "appliedOn is required");
        checkNotNull(status, "status is required");
        checkNotNull(decision, "decision is required (may be empty)");
        checkNotNull(granted, "granted is required (may be empty)");
        checkNotNull(followUp, "followUp is required (may be empty)");
        checkArgument(decision.isPresent() == (status != GrantStatus.APPLIED), "a %s grant %s a decision",
                status, status == GrantStatus.APPLIED ? "has no" : "needs");
        checkArgument(granted.isPresent() == (status == GrantStatus.GRANTED || status == GrantStatus.FOLLOWED_UP),
                "only a granted grant has a granted amount");
        granted.ifPresent(g -> checkArgument(g.currency().equals(Money.SEK) && g.isPositive()
                && g.compareTo(requested) <= 0, "granted must be a positive SEK amount up to the requested %s",
                requested));
        checkArgument(followUp.isPresent() == (status == GrantStatus.FOLLOWED_UP),
                "only a followed-up grant has a follow-up report");
        checkArgument(version >= 0, "version must not be negative");
    }

    public static AssociationGrant apply(GrantId id, MunicipalityCode municipality, String association,
            String purpose, boolean purposeAnchored, Money requested, Money ownFinancing, DateRange exchange,
            LocalDate appliedOn) {
        return new AssociationGrant(id, municipality, association, purpose, purposeAnchored, requested,
                ownFinancing, exchange, appliedOn, GrantStatus.APPLIED, Optional.empty(), Optional.empty(),
                Optional.empty(), 0);
    }

    /** The association's own share of the exchange's cost, given what the municipality pays. */
    public BigDecimal selfFinancingShare(Money paidByMunicipality) {
        Money total = ownFinancing.plus(paidByMunicipality);
        return ownFinancing.amount().divide(total.amount(), MathContext.DECIMAL64);
    }

    /** Grants {@code amount}. Under R14: the profile's body decides, the purpose is anchored, and own financing is
     *  positive and at least the profile's minimum share. */
    public Outcome<AssociationGrant> grant(Decision by, Money amount, PolicyProfile profile) {
        checkNotNull(by, "decision is required");
        checkNotNull(amount, "amount is required");
        List<Refusal> refusals = new ArrayList<>();
        if (status != GrantStatus.APPLIED) {
            refusals.add(Refusal.lifecycle("the grant has already been decided"));
        }
        if (!amount.currency().equals(Money.SEK) || !amount.isPositive() || amount.compareTo(requested) > 0) {
            refusals.add(Refusal.lifecycle("the granted amount must be a positive SEK amount up to the requested "
                    + requested));
        }
        if (profile.has(RuleId.R14)) {
            if (by.decidedBy().kind() != profile.grantDecidedBy()) {
                refusals.add(Refusal.by(RuleId.R14, "grants are decided by the "
                        + profile.grantDecidedBy().name().toLowerCase().replace('_', ' ') + "; this decision is by "
                        + by.decidedBy().name()));
            }
            if (!purposeAnchored) {
                refusals.add(Refusal.by(RuleId.R14, "the exchange's purpose must be clear and anchored"));
            }
            if (!ownFinancing.isPositive()) {
                refusals.add(Refusal.by(RuleId.R14, "some self-financing is a condition for a grant"));
            } else if (amount.currency().equals(Money.SEK) && amount.isPositive()
                    && selfFinancingShare(amount).compareTo(profile.minimumSelfFinancingShare()) < 0) {
                refusals.add(Refusal.by(RuleId.R14, "self-financing is " + percent(selfFinancingShare(amount))
                        + " of the cost; at least " + percent(profile.minimumSelfFinancingShare()) + " is required"));
            }
        }
        return Outcome.unless(refusals, () -> new AssociationGrant(id, municipality, association, purpose,
                purposeAnchored, requested, ownFinancing, exchange, appliedOn, GrantStatus.GRANTED,
                Optional.of(by), Optional.of(amount), Optional.empty(), version));
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString() + " %";
    }

    public Outcome<AssociationGrant> reject(Decision by) {
        checkNotNull(by, "decision is required");
        if (status != GrantStatus.APPLIED) {
            return Outcome.refused(Refusal.lifecycle("the grant has already been decided"));
        }
        return Outcome.accepted(new AssociationGrant(id, municipality, association, purpose, purposeAnchored,
                requested, ownFinancing, exchange, appliedOn, GrantStatus.REJECTED, Optional.of(by),
                Optional.empty(), Optional.empty(), version));
    }

    /** The association's follow-up report after the exchange. */
    public Outcome<AssociationGrant> followUp(FollowUp report) {
        checkNotNull(report, "report is required");
        if (status != GrantStatus.GRANTED) {
            return Outcome.refused(Refusal.lifecycle("only a granted exchange is followed up"));
        }
        if (report.submittedOn().isBefore(exchange.start())) {
            return Outcome.refused(Refusal.lifecycle("a follow-up cannot come before the exchange began"));
        }
        return Outcome.accepted(new AssociationGrant(id, municipality, association, purpose, purposeAnchored,
                requested, ownFinancing, exchange, appliedOn, GrantStatus.FOLLOWED_UP, decision, granted,
                Optional.of(report), version));
    }

    public AssociationGrant withVersion(long newVersion) {
        return new AssociationGrant(id, municipality, association, purpose, purposeAnchored, requested, ownFinancing,
                exchange, appliedOn, status, decision, granted, followUp, newVersion);
    }
}
