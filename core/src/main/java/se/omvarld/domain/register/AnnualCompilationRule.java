package se.omvarld.domain.register;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyRule;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.DateRange;

/**
 * R5: a yearly compilation of all international work is reported to the executive board (Lidköping: "en uppföljning
 * i form av en sammanställning göras varje år och anmälas till kommunstyrelsen"): the compilation of year Y, due the
 * profile's day in Y+1, from the coordinator's office.
 */
@PolicyRule(RuleId.R5)
public final class AnnualCompilationRule {

    private AnnualCompilationRule() {
    }

    static List<Due> obligations(PolicyProfile profile, DateRange period) {
        List<Due> due = new ArrayList<>();
        if (!profile.has(RuleId.R5)) {
            return due;
        }
        MonthDay day = profile.annualCompilationDue();
        for (int year : reportingYears(day, period)) {
            due.add(new Due(ObligationKeys.annualCompilation(year), ObligationKind.ANNUAL_COMPILATION,
                    "International work in " + year, LocalDate.of(year, 12, 31), day.atYear(year + 1),
                    ObligationPlanner.COORDINATOR, Body.executiveBoard()));
        }
        return due;
    }

    /** The years Y whose reports, due on {@code day} of Y+1, fall within the period. */
    static List<Integer> reportingYears(MonthDay day, DateRange period) {
        List<Integer> years = new ArrayList<>();
        for (int y = period.start().getYear() - 1; y < period.end().getYear(); y++) {
            if (period.contains(day.atYear(y + 1))) {
                years.add(y);
            }
        }
        return years;
    }
}
