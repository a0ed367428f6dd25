package se.omvarld.domain.partnership;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.shared.WordingKey;

/**
 * The benefit/risk analysis (nytto- och riskanalys) R1 asks for before a new cooperation starts: a clear purpose and
 * goals, and the reason this partner was chosen, weighing environment, security and democracy against economic
 * benefit (R2).
 */
public record BenefitRiskAnalysis(String purpose, ImmutableList<String> goals, String partnerChoiceReason,
        String benefits, String risks, LocalDate madeOn) {

    public BenefitRiskAnalysis {
        purpose = Text.required("purpose", purpose);
        checkNotNull(goals, "goals are required");
        goals = goals.stream().map(g -> Text.required("goal", g)).collect(ImmutableList.toImmutableList());
        if (goals.isEmpty()) {
            throw InvalidValue.of(WordingKey.FIELD_GOAL_REQUIRED, "at least one goal is required");
        }
        partnerChoiceReason = Text.required("partnerChoiceReason", partnerChoiceReason);
        benefits = Text.required("benefits", benefits);
        risks = Text.required("risks", risks);
        checkNotNull(madeOn, "madeOn is required");
    }

    public static BenefitRiskAnalysis of(String purpose, List<String> goals, String partnerChoiceReason,
            String benefits, String risks, LocalDate madeOn) {
        return new BenefitRiskAnalysis(purpose, ImmutableList.copyOf(goals), partnerChoiceReason, benefits, risks,
                madeOn);
    }
}
