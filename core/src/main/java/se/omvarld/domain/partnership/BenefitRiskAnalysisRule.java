package se.omvarld.domain.partnership;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyRule;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.policy.Verdict;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/**
 * R1: before a new cooperation starts, a benefit/risk analysis with a clear purpose and goals and the reason for the
 * partner choice is made (Lidköping: "Inför uppstart av nya internationella samarbeten ska en nytto- respektive
 * riskanalys genomföras och ett tydligt syfte och mål med samarbetet ska finnas samt en precisering av grunden för val
 * av samarbetspart"). "Inför uppstart": the analysis must be dated no later than the activation it justifies; one
 * made afterwards does not count for it. The sentence speaks of new cooperations, so it is checked when a partnership
 * is activated, never over partnerships that started before the register.
 */
@PolicyRule(RuleId.R1)
public final class BenefitRiskAnalysisRule {

    private BenefitRiskAnalysisRule() {
    }

    public static Verdict beforeActivation(PolicyProfile profile, List<BenefitRiskAnalysis> analyses, LocalDate day) {
        if (!profile.has(RuleId.R1) || analysisOn(analyses, day).isPresent()) {
            return Verdict.NONE;
        }
        if (analyses.isEmpty()) {
            return Verdict.of(profile, RuleId.R1, true, Wording.of(WordingKey.RULE_R1_NO_ANALYSIS, "a benefit/risk"
                    + " analysis with purpose, goals and the reason for choosing this partner is required before the"
                    + " partnership becomes active"));
        }
        LocalDate first = analyses.stream().map(BenefitRiskAnalysis::madeOn).min(Comparator.naturalOrder()).get();
        return Verdict.of(profile, RuleId.R1, true, Wording.of(WordingKey.RULE_R1_ANALYSIS_TOO_LATE, "the benefit/risk"
                + " analysis must be made before the activation it justifies: the first is of " + first
                + ", the activation of " + day, first, day));
    }

    /** The latest analysis made on or before {@code day}. */
    public static Optional<BenefitRiskAnalysis> analysisOn(List<BenefitRiskAnalysis> analyses, LocalDate day) {
        return analyses.stream().filter(a -> !a.madeOn().isAfter(day))
                .max(Comparator.comparing(BenefitRiskAnalysis::madeOn));
    }
}
