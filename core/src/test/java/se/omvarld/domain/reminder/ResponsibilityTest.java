package se.omvarld.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.domain.reminder.ReminderExamples.MONDAY;
import static se.omvarld.domain.reminder.ReminderExamples.account;
import static se.omvarld.domain.reminder.ReminderExamples.call;
import static se.omvarld.domain.reminder.ReminderExamples.daysBefore;
import static se.omvarld.domain.reminder.ReminderExamples.obligation;
import static se.omvarld.domain.reminder.ReminderExamples.register;
import static se.omvarld.domain.reminder.ReminderExamples.submitted;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.Examples;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.Body;

class ResponsibilityTest {

    private static final Body CULTURE = ReminderExamples.MUNICIPALITY.committeeBody(Examples.CULTURE_COMMITTEE_ID);
    private static final Body SCHOOL = ReminderExamples.MUNICIPALITY.committeeBody(Examples.SCHOOL_COMMITTEE);

    private final Project libraryProject = Examples.project(ReminderExamples.CODE, "Läsfrämjande i Europa")
            .ownedByLibrary().areas(Area.CULTURE).idea();
    private final Project schoolProject = Examples.project(ReminderExamples.CODE, "Job shadowing").idea();

    private final ReportingObligation compilation = obligation("R5/annual-compilation/2025",
            ObligationKind.ANNUAL_COMPILATION, MONDAY.plusDays(29), Body.administration("Kommunledningskontoret"));
    private final ReportingObligation cultureSection = obligation("R6/annual-report-section/2025/kultur",
            ObligationKind.ANNUAL_REPORT_SECTION, MONDAY.plusDays(10), CULTURE);
    private final ReportingObligation schoolSection = obligation("R6/annual-report-section/2025/skola",
            ObligationKind.ANNUAL_REPORT_SECTION, MONDAY.plusDays(10), SCHOOL);
    private final ReportingObligation libraryFinalReport = obligation(
            ObligationKeys.projectFinalReport(libraryProject.id()).value(), ObligationKind.PROJECT_FINAL_REPORT,
            MONDAY.plusDays(20), SCHOOL);
    private final ReportingObligation schoolFinalReport = obligation(
            ObligationKeys.projectFinalReport(schoolProject.id()).value(), ObligationKind.PROJECT_FINAL_REPORT,
            MONDAY.plusDays(20), CULTURE);
    private final ReportingObligation settled = submitted(obligation("R5/annual-compilation/2024",
            ObligationKind.ANNUAL_COMPILATION, MONDAY.minusDays(300), Body.administration("Kommunledningskontoret")));

    private final Call education = call("School partnerships", Area.EDUCATION, MONDAY.minusDays(30),
            MONDAY.plusDays(40));
    private final Call culture = call("Creative Europe", Area.CULTURE, MONDAY.minusDays(30), MONDAY.plusDays(12));
    private final Call educationClosed = call("School partnerships 2025", Area.EDUCATION, MONDAY.minusDays(200),
            MONDAY.minusDays(1));
    private final Call cultureNotYetOpen = call("Creative Europe 2027", Area.CULTURE, MONDAY.plusDays(1),
            MONDAY.plusDays(60));

    private final Register register = register(List.of(libraryProject, schoolProject),
            List.of(education, culture, educationClosed, cultureNotYetOpen));
    private final List<ReportingObligation> obligations = List.of(compilation, cultureSection, schoolSection,
            libraryFinalReport, schoolFinalReport, settled);

    private List<DueItem> of(Role role) {
        return Responsibility.of(account("anna", role, daysBefore(7)), PolicyProfiles.lidkoping(), register,
                obligations, MONDAY);
    }

    @Test
    void the_coordinator_answers_for_every_pending_obligation_and_the_open_calls_fitting_the_priority_areas() {
        assertThat(of(Role.COORDINATOR)).containsExactly(DueItem.of(cultureSection), DueItem.of(schoolSection),
                DueItem.of(libraryFinalReport), DueItem.of(schoolFinalReport), DueItem.of(compilation),
                DueItem.of(education));
    }

    @Test
    void an_admin_answers_for_what_the_coordinator_does() {
        assertThat(of(Role.ADMIN)).isEqualTo(of(Role.COORDINATOR));
    }

    @Test
    void a_unit_editor_answers_for_its_committee_s_reports_its_own_projects_final_reports_and_calls_fitting_them() {
        assertThat(of(Role.UNIT_EDITOR)).containsExactly(DueItem.of(cultureSection), DueItem.of(culture),
                DueItem.of(libraryFinalReport));
    }

    @Test
    void a_viewer_answers_for_nothing() {
        assertThat(of(Role.VIEWER)).isEmpty();
    }

    @Test
    void a_settled_obligation_and_a_call_not_open_today_are_nobody_s() {
        for (Role role : Role.values()) {
            assertThat(of(role)).as(role.name()).doesNotContain(DueItem.of(settled), DueItem.of(educationClosed),
                    DueItem.of(cultureNotYetOpen));
        }
    }
}
