package se.omvarld.domain.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import se.omvarld.domain.shared.Wording;

/**
 * One compliance finding (avvikelse): which rule, which record, since when, how severe, and why.
 *
 * @param reference a readable reference to the record and its id, e.g.
 *                {@code partnership "Kecskemét" [0f8fad5b-d9cb-469f-a165-70867728950e]}, keyed ({@code record.…}) so
 *                any language can say it; {@link #record()} in English
 * @param since   the day the finding began; where the register cannot say when a state began (an administration
 *                without a representative, a strategy without an adoption date), the day of the check
 * @param wording what is wrong and what would put it right, in plain words: a key ({@code finding.…}) any language
 *                can say, and the English {@link #explanation()}
 */
public record Finding(RuleId rule, Wording reference, LocalDate since, Severity severity, Wording wording) {

    public Finding {
        checkNotNull(rule, "rule is required");
        checkNotNull(reference, "reference is required");
        checkNotNull(since, "since is required");
        checkNotNull(severity, "severity is required");
        checkNotNull(wording, "wording is required");
    }

    /** The record the finding is about, in English. */
    public String record() {
        return reference.english();
    }

    /** What is wrong and what would put it right, in English. */
    public String explanation() {
        return wording.english();
    }

    @Override
    public String toString() {
        return severity + " " + rule + " " + record() + " since " + since + ": " + explanation();
    }
}
