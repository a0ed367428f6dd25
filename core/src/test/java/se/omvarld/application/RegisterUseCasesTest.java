package se.omvarld.application;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.application.Scenarios.COORDINATOR;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.obligation.ObligationStatus;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.statistics.YearFigures;
import se.omvarld.testkit.memory.InMemoryPersistence;

/** The register's read side and settling obligations, on Eksjö as of 24 November 2026. */
class RegisterUseCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final MunicipalityCode EKSJO = MunicipalityCode.of("0686");
    private static final String EVALUATION_2022_2026 = "R11/policy-evaluation/2022-2026";

    private final Ports ports = TestPorts.on(InMemoryPersistence.create(), TODAY, PolicyProfiles.all());
    private final RegisterUseCases register = new RegisterUseCases(ports);

    @Test
    void eksjos_evaluation_of_the_2022_2026_term_is_overdue_R11() {
        Scenarios.registerEksjo(ports);

        List<ReportingObligation> overdue = register.overdue(EKSJO).value();

        assertThat(overdue).extracting(o -> o.key().value()).contains(EVALUATION_2022_2026);
        assertThat(register.compliance(EKSJO).value()).extracting(Finding::rule).contains(RuleId.R11);
    }

    @Test
    void settling_the_evaluation_takes_it_off_the_overdue_list_and_is_audited() {
        Scenarios.registerEksjo(ports);

        ObligationRecord record = register.settle(new ObligationCommands.Settle(COORDINATOR, "0686",
                EVALUATION_2022_2026, false, TODAY, "Utvärderingen anmäld till kommunfullmäktige, KF 2026/88")).value();

        assertThat(record.status()).isEqualTo(ObligationStatus.SUBMITTED);
        assertThat(register.overdue(EKSJO).value()).extracting(o -> o.key().value())
                .doesNotContain(EVALUATION_2022_2026);
        assertThat(ports.audit().of(EKSJO, "obligation", EVALUATION_2022_2026)).hasSize(1);
    }

    @Test
    void an_obligation_is_settled_only_once() {
        Scenarios.registerEksjo(ports);
        ObligationCommands.Settle settle = new ObligationCommands.Settle(COORDINATOR, "0686", EVALUATION_2022_2026,
                true, TODAY, "Ersätts av den nya policyn");
        register.settle(settle);

        assertThat(register.settle(settle)).isInstanceOf(Result.Conflict.class);
    }

    @Test
    void an_obligation_the_planner_does_not_know_cannot_be_settled() {
        Scenarios.registerEksjo(ports);

        Result<ObligationRecord> result = register.settle(new ObligationCommands.Settle(COORDINATOR, "0686",
                "R5/annual-compilation/2025", false, TODAY, "Eksjö has no R5"));

        assertThat(result).isEqualTo(new Result.NotFound<>("obligation", "R5/annual-compilation/2025"));
    }

    @Test
    void one_obligation_is_found_by_its_key_settled_or_not() {
        Scenarios.registerEksjo(ports);
        ObligationKey key = new ObligationKey(EVALUATION_2022_2026);
        assertThat(register.obligation(EKSJO, key).value().settled()).isEmpty();

        register.settle(new ObligationCommands.Settle(COORDINATOR, "0686", EVALUATION_2022_2026, false, TODAY,
                "KF 2026/88"));

        assertThat(register.obligation(EKSJO, key).value().settled()).isPresent();
    }

    @Test
    void an_obligation_the_planner_does_not_know_is_not_found() {
        Scenarios.registerEksjo(ports);

        assertThat(register.obligation(EKSJO, new ObligationKey("R5/annual-compilation/2025")))
                .isEqualTo(new Result.NotFound<>("obligation", "R5/annual-compilation/2025"));
    }

    @Test
    void the_overview_answers_as_the_separate_queries_do_from_one_plan() {
        Scenarios.registerEksjo(ports);

        RegisterUseCases.Overview overview = register.overview(EKSJO, 90).value();

        assertThat(overview.overdue()).isEqualTo(register.overdue(EKSJO).value());
        assertThat(overview.findings()).isEqualTo(register.compliance(EKSJO).value());
        assertThat(overview.dueSoon()).isEqualTo(register.obligations(EKSJO, DateRange.of(TODAY, TODAY.plusDays(90)))
                .value().stream().filter(o -> o.status() == ObligationStatus.PENDING && !o.isOverdue(TODAY))
                .toList());
        assertThat(overview.overdue()).extracting(o -> o.key().value()).contains(EVALUATION_2022_2026);
    }

    @Test
    void the_overview_of_a_municipality_that_is_not_registered_is_not_found() {
        assertThat(register.overview(EKSJO, 90)).isInstanceOf(Result.NotFound.class);
    }

    @Test
    void an_overview_cannot_look_a_negative_number_of_days_ahead() {
        Scenarios.registerEksjo(ports);

        assertThat(register.overview(EKSJO, -1)).isInstanceOf(Result.Invalid.class);
    }

    @Test
    void eksjo_follows_up_its_international_work_once_a_year_in_the_annual_report_R6() {
        Scenarios.registerEksjo(ports);

        List<ReportingObligation> due2026 = register.obligations(EKSJO, DateRange.year(2026)).value();

        assertThat(due2026).filteredOn(o -> o.kind().rule().orElse(null) == RuleId.R6)
                .extracting(o -> o.key().value(), o -> o.responsible().name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("R6/annual-report/2025",
                        "Kommunledningskontoret"));
    }

    @Test
    void obligations_due_before_the_profile_tracks_them_are_history_not_overdue() {
        Scenarios.registerEksjo(ports);

        List<ReportingObligation> overdue = register.overdue(EKSJO).value();

        assertThat(overdue).isNotEmpty().allSatisfy(o -> assertThat(o.due())
                .isAfterOrEqualTo(PolicyProfiles.eksjo().obligationsTrackedFrom().orElseThrow()));
        assertThat(overdue).extracting(o -> o.key().value()).doesNotContain("R11/policy-evaluation/2018-2022");
    }

    @Test
    void a_strategy_revision_overdue_since_before_tracking_began_is_still_overdue_R10() {
        Ports lillaEdet = TestPorts.on(InMemoryPersistence.create(), TODAY, List.of(PolicyProfiles.lillaEdet()
                .toBuilder().strategyAdoptedOn(LocalDate.of(2016, 6, 1)).build()));
        Scenarios.registerLillaEdet(lillaEdet);

        List<ReportingObligation> overdue = new RegisterUseCases(lillaEdet).overdue(MunicipalityCode.of("1462"))
                .value();

        assertThat(overdue).extracting(o -> o.key().value()).contains("R10/strategy-revision/2020-06-01");
    }

    @Test
    void a_municipality_that_is_not_registered_is_not_found() {
        assertThat(register.overdue(EKSJO)).isInstanceOf(Result.NotFound.class);
    }

    @Test
    void statistics_count_the_years_activities() {
        Scenarios.registerEksjo(ports);

        List<YearFigures> figures = register.statistics(EKSJO, 2025, 2026).value();

        assertThat(figures).extracting(YearFigures::year).containsExactly(2025, 2026);
        assertThat(figures.get(0).activities().total()).isZero();
    }
}
