package se.omvarld.domain.register;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.obligation.ObligationStatus;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyRule;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.policy.Severity;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/**
 * R10: the strategy is revised when priorities change, and at least every fourth year (Lilla Edet: "ska revideras när
 * andra prioriteringar och satsningar behövs ... eller minst var fjärde år"). The revisions form a chain: each is due
 * at most the interval after the adoption or the revision before it; a submitted revision restarts the clock on its
 * day, a waived one moves it on from its due day, and one still pending ends the chain, since the next cannot be dated
 * before it has happened.
 *
 * <p>Where the profile does not know when the strategy was adopted (Lilla Edet's document names no date, and it serves
 * "Vision 2020", so a revision is almost certainly overdue), the duty does not go silent: a revision is due on the
 * first day the register follows up, under its own key, and compliance asks for the adoption date.
 */
@PolicyRule(RuleId.R10)
public final class StrategyRevisionRule {

    private StrategyRevisionRule() {
    }

    /** The chain of revisions due up to {@code until}, from the adoption (or the tracking start, where unknown). */
    static List<Due> obligations(PolicyProfile profile, LocalDate trackedFrom, LocalDate until,
            Function<ObligationKey, Optional<ObligationRecord>> records) {
        List<Due> chain = new ArrayList<>();
        if (!profile.has(RuleId.R10)) {
            return chain;
        }
        Period interval = profile.strategyRevisionInterval();
        LocalDate last;
        LocalDate due;
        ObligationKey key;
        if (profile.strategyAdoptedOn().isPresent()) {
            last = profile.strategyAdoptedOn().get();
            due = last.plus(interval);
            key = ObligationKeys.strategyRevision(due);
        } else {
            last = trackedFrom;
            due = trackedFrom;
            key = ObligationKeys.strategyRevisionOfUnknownAdoption();
        }
        while (!due.isAfter(until)) {
            chain.add(new Due(key, ObligationKind.STRATEGY_REVISION, "Revision of the international strategy"
                    + (key.equals(ObligationKeys.strategyRevisionOfUnknownAdoption()) ? " (adoption date unknown)" : ""),
                    last, due, Body.executiveBoard(), Body.council()));
            Optional<ObligationRecord> record = records.apply(key);
            if (record.isEmpty()) {
                break;
            }
            LocalDate settledOn = record.get().on();
            // A revision recorded on or before the day it revises cannot restart the clock there (the chain would
            // stand still): it counts from its due day, like a waiver.
            last = record.get().status() == ObligationStatus.SUBMITTED && settledOn.isAfter(last) ? settledOn : due;
            due = last.plus(interval);
            key = ObligationKeys.strategyRevision(due);
        }
        return chain;
    }

    /** The finding that asks for the adoption date, where the profile does not record it. */
    public static Optional<Finding> over(PolicyProfile profile, LocalDate today) {
        if (!profile.has(RuleId.R10) || profile.strategyAdoptedOn().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(RuleId.R10, Wording.of(WordingKey.RECORD_POLICY, "policy \""
                + profile.policyName() + "\" [" + profile.municipality() + "]", profile.policyName(),
                profile.municipality().value()), today, Severity.WARNING, Wording.of(
                WordingKey.FINDING_R10_ADOPTION_UNKNOWN, "record when the strategy was adopted: its revision, at least every "
                + profile.strategyRevisionInterval() + ", is counted from that day; until then a revision is owed now",
                profile.strategyRevisionInterval())));
    }
}
