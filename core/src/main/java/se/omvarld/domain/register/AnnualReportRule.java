package se.omvarld.domain.register;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.policy.AnnualReportScope;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyRule;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.visit.Visit;

/**
 * R6: international work is followed up yearly in the annual report (årsredovisningen), by the profile's internal
 * deadline in the following year, to the executive board, which draws the report up. How is the profile's
 * {@link AnnualReportScope}:
 * <ul>
 *   <li>Tyresö, each committee: "Respektive nämnd redovisar i årsredovisningen den internationella samverkan som
 *       bedrivits inom nämndens verksamhetsområde." A committee owes a section for year Y only when it had
 *       international work in Y: it owns a project running in Y, one of its units takes part in such a project, it
 *       takes part in a visit in Y, or in a partnership in force in Y. A committee with none owes nothing. The section
 *       is keyed by the committee's stable id, so a rename after an election keeps what was recorded.</li>
 *   <li>Eksjö, the municipality: "Det internationella arbetet ska årligen följas upp och redovisas i kommunens
 *       årsredovisning." One follow-up a year, compiled by the coordinator's office.</li>
 * </ul>
 */
@PolicyRule(RuleId.R6)
public final class AnnualReportRule {

    private AnnualReportRule() {
    }

    static List<Due> obligations(PolicyProfile profile, Register register, DateRange period) {
        List<Due> due = new ArrayList<>();
        if (!profile.has(RuleId.R6)) {
            return due;
        }
        MonthDay day = profile.annualReportSectionDue();
        for (int year : AnnualCompilationRule.reportingYears(day, period)) {
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            if (profile.annualReportScope() == AnnualReportScope.MUNICIPALITY) {
                due.add(new Due(ObligationKeys.annualReport(year), ObligationKind.ANNUAL_REPORT,
                        "International work in " + year + ", in the annual report", yearEnd, day.atYear(year + 1),
                        ObligationPlanner.COORDINATOR, Body.executiveBoard()));
                continue;
            }
            Municipality municipality = register.municipality();
            for (CommitteeId committee : committeesWithInternationalWork(register, year)) {
                String name = municipality.committee(committee).map(Committee::name).orElse(committee.value());
                due.add(new Due(ObligationKeys.annualReportSection(year, committee),
                        ObligationKind.ANNUAL_REPORT_SECTION, name + ": international work in " + year, yearEnd,
                        day.atYear(year + 1), Body.committee(name), Body.executiveBoard()));
            }
        }
        return due;
    }

    /** The committees that owned or took part in a project, visit or partnership in {@code year}. */
    public static Set<CommitteeId> committeesWithInternationalWork(Register register, int year) {
        Municipality municipality = register.municipality();
        DateRange days = DateRange.year(year);
        Set<CommitteeId> committees = new LinkedHashSet<>();
        for (Project project : register.projects()) {
            if (project.activeIn(year)) {
                committees.add(project.committee());
                project.participants().forEach(p -> municipality.committeeOfUnitNamed(p).ifPresent(committees::add));
            }
        }
        for (Visit visit : register.visits()) {
            if (days.overlaps(visit.dates())) {
                committees.addAll(visit.committees());
            }
        }
        for (Partnership partnership : register.partnerships()) {
            if (partnership.inForceDuring(days.start(), days.end())) {
                committees.addAll(partnership.committees());
            }
        }
        committees.retainAll(municipality.committees().stream().map(Committee::id).toList());
        return committees;
    }
}
