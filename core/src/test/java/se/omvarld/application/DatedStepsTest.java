package se.omvarld.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.omvarld.application.Scenarios.COORDINATOR;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.shared.BodyKind;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.Violation;
import se.omvarld.testkit.memory.InMemoryPersistence;

/** What happened is dated on or before today, and what only a program can get wrong is a fault, not bad input. */
class DatedStepsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final MunicipalityCode EKSJO = MunicipalityCode.of("0686");
    private static final String EVALUATION_2022_2026 = "R11/policy-evaluation/2022-2026";

    private final Ports ports = TestPorts.on(InMemoryPersistence.create(), TODAY, PolicyProfiles.all());
    private final RegisterUseCases register = new RegisterUseCases(ports);

    private static List<String> fields(Result<?> result) {
        assertThat(result).isInstanceOf(Result.Invalid.class);
        return ((Result.Invalid<?>) result).violations().stream().map(Violation::field).toList();
    }

    @Test
    void a_submission_dated_after_today_does_not_clear_an_overdue_obligation_R11() {
        Scenarios.registerEksjo(ports);

        Result<ObligationRecord> result = register.settle(new ObligationCommands.Settle(COORDINATOR, "0686",
                EVALUATION_2022_2026, false, LocalDate.of(2099, 1, 1), "Reported"));

        assertThat(fields(result)).containsExactly("on");
        assertThat(register.overdue(EKSJO).value()).extracting(o -> o.key().value()).contains(EVALUATION_2022_2026);
    }

    @Test
    void a_waiver_dated_after_today_is_refused_R11() {
        Scenarios.registerEksjo(ports);

        assertThat(fields(register.settle(new ObligationCommands.Settle(COORDINATOR, "0686", EVALUATION_2022_2026,
                true, TODAY.plusDays(1), "Waived")))).containsExactly("on");
    }

    @Test
    void a_report_cannot_be_submitted_before_what_it_reports_on_happened_R11() {
        Scenarios.registerEksjo(ports);

        assertThat(fields(register.settle(new ObligationCommands.Settle(COORDINATOR, "0686", EVALUATION_2022_2026,
                false, LocalDate.of(2022, 1, 1), "Reported")))).containsExactly("on");
    }

    @Test
    void a_future_dated_strategy_revision_cannot_push_the_next_one_years_out_R10() {
        PolicyProfile lillaEdet = PolicyProfiles.lillaEdet().toBuilder().municipality(EKSJO).build();
        Ports lillaEdetPorts = TestPorts.on(InMemoryPersistence.create(), TODAY, List.of(lillaEdet));
        Scenarios.registerEksjo(lillaEdetPorts);
        RegisterUseCases lillaEdetRegister = new RegisterUseCases(lillaEdetPorts);

        Result<ObligationRecord> result = lillaEdetRegister.settle(new ObligationCommands.Settle(COORDINATOR, "0686",
                "R10/strategy-revision/adoption-unknown", false, LocalDate.of(2030, 6, 1), "Revised"));

        assertThat(fields(result)).containsExactly("on");
        assertThat(lillaEdetRegister.overdue(EKSJO).value()).extracting(o -> o.key().value())
                .contains("R10/strategy-revision/adoption-unknown");
    }

    @Test
    void a_decision_dated_after_today_is_refused() {
        Scenarios.registerEksjo(ports);
        GrantUseCases grants = new GrantUseCases(ports);
        var grant = grants.apply(new GrantCommands.Apply(COORDINATOR, "0686", "Eksjö Kammarkör", "Körutbyte",
                true, new ProjectCommands.Amount(new java.math.BigDecimal("20000.00"), "SEK"),
                new ProjectCommands.Amount(new java.math.BigDecimal("5000.00"), "SEK"), TODAY.plusMonths(2),
                TODAY.plusMonths(2).plusDays(5), TODAY.minusDays(10))).value();

        Result<?> result = grants.decide(new GrantCommands.Decide(COORDINATOR, "0686", grant.id().toString(), 1L,
                true, new ProjectCommands.Amount(new java.math.BigDecimal("15000.00"), "SEK"),
                BodyKind.ADMINISTRATION, "Tillväxt- och utvecklingssektorn", TODAY.plusDays(3), null));

        assertThat(fields(result)).containsExactly("decidedOn");
    }

    @Test
    void a_municipality_registered_today_owes_nothing_that_fell_due_before_it_joined() {
        PolicyProfile newcomer = PolicyProfile.builder(EKSJO, "Ny kommun: internationell policy")
                .rules(se.omvarld.domain.policy.RuleId.R5, se.omvarld.domain.policy.RuleId.R11).build();
        Ports newcomerPorts = TestPorts.on(InMemoryPersistence.create(), TODAY, List.of(newcomer));
        Scenarios.registerEksjo(newcomerPorts);
        RegisterUseCases newcomerRegister = new RegisterUseCases(newcomerPorts);

        assertThat(newcomerRegister.overdue(EKSJO).value()).isEmpty();
        assertThat(newcomerRegister.compliance(EKSJO).value()).isEmpty();
        List<ReportingObligation> ahead = newcomerRegister.obligations(EKSJO, DateRange.years(2027, 2030)).value();
        assertThat(ahead).extracting(o -> o.key().value()).contains("R5/annual-compilation/2026",
                "R11/policy-evaluation/2026-2030");
    }

    @Test
    void a_fault_in_a_port_is_a_fault_not_invalid_input_and_stores_nothing() {
        Scenarios.registerEksjo(ports);
        Ports failing = ports.toBuilder().ids(() -> {
            throw new IllegalArgumentException("id generator misconfigured");
        }).build();

        assertThatThrownBy(() -> new PartnershipUseCases(failing).registerPartner(new PartnershipCommands
                .RegisterPartner(COORDINATOR, "0686", se.omvarld.domain.partner.PartnerKind.MUNICIPALITY, "Põlva",
                        "EE", "Põlva")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("misconfigured");
        assertThat(ports.partners().all(EKSJO)).isEmpty();
    }
}
