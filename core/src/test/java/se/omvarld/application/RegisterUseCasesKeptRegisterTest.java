package se.omvarld.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.domain.statistics.YearFigures;
import se.omvarld.testkit.memory.InMemoryPersistence;

/**
 * The register the queries keep between calls: reused while the municipality's register version stays the same,
 * never an answer from a register older than the stored one, whichever port the change came through.
 */
class RegisterUseCasesKeptRegisterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final MunicipalityCode EKSJO = MunicipalityCode.of("0686");
    private static final MunicipalityCode TYRESO = MunicipalityCode.of("0138");
    private static final String EVALUATION_2022_2026 = "R11/policy-evaluation/2022-2026";

    private final Ports ports = TestPorts.on(InMemoryPersistence.create(), TODAY, PolicyProfiles.all());
    private final RegisterUseCases register = new RegisterUseCases(ports);

    @Test
    void a_query_reuses_the_register_an_earlier_query_loaded_while_nothing_changed() {
        Scenarios.registerEksjo(ports);
        Register first = register.register(EKSJO).value();

        register.overdue(EKSJO);
        register.compliance(EKSJO);

        assertThat(register.register(EKSJO).value()).isSameAs(first);
    }

    @Test
    void an_obligation_record_stored_between_two_queries_is_in_the_second_answer() {
        Scenarios.registerEksjo(ports);
        assertThat(register.overdue(EKSJO).value()).extracting(o -> o.key().value()).contains(EVALUATION_2022_2026);

        ports.obligations().save(ObligationRecord.submitted(new ObligationKey(EVALUATION_2022_2026), EKSJO, TODAY,
                "Utvärderingen anmäld till kommunfullmäktige, KF 2026/88"));

        assertThat(register.overdue(EKSJO).value()).extracting(o -> o.key().value())
                .doesNotContain(EVALUATION_2022_2026);
        assertThat(register.register(EKSJO).value().obligationRecords()).hasSize(1);
    }

    @Test
    void a_change_to_the_municipality_between_two_queries_is_in_the_second_answer() {
        Scenarios.registerEksjo(ports);
        Municipality stored = register.register(EKSJO).value().municipality();

        ports.municipalities().save(stored.addCommittee("Miljö- och byggnadsnämnden").value());

        assertThat(register.register(EKSJO).value().municipality().committees()).last()
                .extracting(Committee::name).isEqualTo("Miljö- och byggnadsnämnden");
    }

    @Test
    void figures_reported_between_two_queries_are_in_the_second_answer() {
        Scenarios.registerEksjo(ports);
        assertThat(register.statistics(EKSJO, 2015, 2015).value()).singleElement()
                .extracting(YearFigures::reported).isEqualTo(Optional.empty());

        ports.reportedFigures().save(new ReportedFigures(EKSJO, 2015, 12, Money.sek("250000.00"),
                "Årsredovisning 2015", 0));

        assertThat(register.statistics(EKSJO, 2015, 2015).value()).singleElement()
                .extracting(YearFigures::reported).isNotEqualTo(Optional.empty());
    }

    @Test
    void a_write_rolled_back_leaves_the_kept_register_in_use() {
        Scenarios.registerEksjo(ports);
        Register first = register.register(EKSJO).value();

        Throwable failure = catchThrowable(() -> ports.transactions().inTransaction(() -> {
            ports.obligations().save(ObligationRecord.submitted(new ObligationKey(EVALUATION_2022_2026), EKSJO,
                    TODAY, "Utvärderingen anmäld till kommunfullmäktige, KF 2026/88"));
            throw new IllegalStateException("the use case failed after its write");
        }));

        assertThat(failure).hasMessage("the use case failed after its write");
        assertThat(register.register(EKSJO).value()).isSameAs(first);
        assertThat(register.overdue(EKSJO).value()).extracting(o -> o.key().value()).contains(EVALUATION_2022_2026);
    }

    @Test
    void a_change_to_one_municipality_leaves_the_register_kept_for_another_in_use() {
        Scenarios.registerEksjo(ports);
        Scenarios.registerTyreso(ports);
        Register eksjo = register.register(EKSJO).value();
        Register tyreso = register.register(TYRESO).value();

        ports.municipalities().save(tyreso.municipality().addCommittee("Miljö- och byggnadsnämnden").value());

        assertThat(register.register(EKSJO).value()).isSameAs(eksjo);
        assertThat(register.register(TYRESO).value()).isNotSameAs(tyreso);
    }
}
