package se.omvarld.domain.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyRule;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.visit.Visit;

/**
 * R8: twin-town visits are reported to the executive board after they take place (Tyresö: "Vänortsbesök ska efter
 * genomförda besök redovisas till kommunstyrelsen."): one report per visit within a twin-town partnership, due the
 * profile's time after its last day.
 */
@PolicyRule(RuleId.R8)
public final class VisitReportRule {

    private VisitReportRule() {
    }

    static List<Due> obligations(PolicyProfile profile, Register register) {
        List<Due> due = new ArrayList<>();
        if (!profile.has(RuleId.R8)) {
            return due;
        }
        for (Visit visit : register.visits()) {
            boolean twinTown = visit.partnership().flatMap(register::partnership)
                    .map(p -> p.kind() == PartnershipKind.TWIN_TOWN).orElse(false);
            if (twinTown) {
                LocalDate lastDay = visit.dates().end();
                due.add(new Due(ObligationKeys.visitReport(visit.id()), ObligationKind.VISIT_REPORT, visit.purpose(),
                        lastDay, lastDay.plus(profile.visitReportWithin()), ObligationPlanner.COORDINATOR,
                        Body.executiveBoard()));
            }
        }
        return due;
    }
}
