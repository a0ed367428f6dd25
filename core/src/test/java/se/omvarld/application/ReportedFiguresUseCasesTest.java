package se.omvarld.application;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.application.Scenarios.COORDINATOR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.domain.statistics.YearFigures;
import se.omvarld.port.AuditEntry;
import se.omvarld.port.Violation;
import se.omvarld.testkit.memory.InMemoryPersistence;

/** Recording and correcting what Lidköping reported for 2015 (seed 001), as of 24 November 2026. */
class ReportedFiguresUseCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final MunicipalityCode LIDKOPING = MunicipalityCode.of("1494");
    private static final String SOURCE = "Lidköpings kommun, webbsida: Statistik 2015";

    private final Ports ports = TestPorts.on(InMemoryPersistence.create(), TODAY, PolicyProfiles.all());
    private final ReportedFiguresUseCases reported = new ReportedFiguresUseCases(ports);
    private final RegisterUseCases register = new RegisterUseCases(ports);

    private static ReportedFiguresCommands.Record record(int year, int activities, String kronor,
            long expectedVersion) {
        return new ReportedFiguresCommands.Record(COORDINATOR, "1494", year, activities, new BigDecimal(kronor),
                SOURCE, expectedVersion);
    }

    private static List<String> fields(Result<?> result) {
        assertThat(result).isInstanceOf(Result.Invalid.class);
        return ((Result.Invalid<?>) result).violations().stream().map(Violation::field).toList();
    }

    @Test
    void lidkopings_figures_for_2015_are_recorded_at_version_1_and_audited() {
        Scenarios.registerLidkoping(ports);

        ReportedFigures figures = reported.record(record(2015, 98, "1800000", 0)).value();

        assertThat(figures).isEqualTo(new ReportedFigures(LIDKOPING, 2015, 98, Money.sek("1800000.00"), SOURCE, 1));
        assertThat(ports.reportedFigures().all(LIDKOPING)).containsExactly(figures);
        assertThat(ports.audit().of(LIDKOPING, "reported-figures", "2015")).extracting(AuditEntry::action,
                AuditEntry::version).containsExactly(org.assertj.core.groups.Tuple.tuple("record", 1L));
    }

    @Test
    void the_statistics_show_the_reported_figures_beside_the_computed_ones_never_added_to_them() {
        Scenarios.registerLidkoping(ports);
        ReportedFigures figures = reported.record(record(2015, 98, "1800000.00", 0)).value();

        List<YearFigures> years = register.statistics(LIDKOPING, 2014, 2016).value();

        assertThat(years).extracting(YearFigures::reported)
                .containsExactly(Optional.empty(), Optional.of(figures), Optional.empty());
        YearFigures of2015 = years.get(1);
        assertThat(of2015.activities().total()).isZero();
        assertThat(of2015.funding().total()).isEqualTo(Money.sek("0"));
    }

    @Test
    void a_correction_at_the_version_read_replaces_the_figures_and_is_audited_as_one() {
        Scenarios.registerLidkoping(ports);
        reported.record(record(2015, 97, "1700000", 0));

        ReportedFigures corrected = reported.record(record(2015, 98, "1800000", 1)).value();

        assertThat(corrected.version()).isEqualTo(2);
        assertThat(ports.reportedFigures().find(LIDKOPING, 2015)).contains(corrected);
        assertThat(ports.audit().of(LIDKOPING, "reported-figures", "2015")).extracting(AuditEntry::action)
                .containsExactly("record", "correct");
    }

    @Test
    void a_correction_at_a_stale_version_is_a_conflict_and_changes_nothing() {
        Scenarios.registerLidkoping(ports);
        reported.record(record(2015, 97, "1700000", 0));
        ReportedFigures winner = reported.record(record(2015, 98, "1800000", 1)).value();

        assertThat(reported.record(record(2015, 99, "1900000", 1))).isInstanceOf(Result.Conflict.class);
        assertThat(ports.reportedFigures().find(LIDKOPING, 2015)).contains(winner);
    }

    @Test
    void new_figures_for_a_year_already_recorded_are_a_conflict() {
        Scenarios.registerLidkoping(ports);
        ReportedFigures first = reported.record(record(2015, 98, "1800000", 0)).value();

        assertThat(reported.record(record(2015, 12, "1", 0))).isInstanceOf(Result.Conflict.class);
        assertThat(ports.reportedFigures().find(LIDKOPING, 2015)).contains(first);
    }

    @Test
    void a_correction_of_a_year_never_recorded_is_not_found() {
        Scenarios.registerLidkoping(ports);

        assertThat(reported.record(record(2015, 98, "1800000", 3)))
                .isEqualTo(new Result.NotFound<>("reported-figures", "2015"));
    }

    @Test
    void figures_for_a_year_after_today_are_invalid_and_this_years_are_not() {
        Scenarios.registerLidkoping(ports);

        assertThat(fields(reported.record(record(2027, 1, "0", 0)))).containsExactly("year");
        assertThat(reported.record(record(2026, 40, "250000", 0)).isOk()).isTrue();
        assertThat(ports.reportedFigures().find(LIDKOPING, 2027)).isEmpty();
    }

    @Test
    void negative_counts_and_amounts_and_a_missing_source_are_invalid() {
        Scenarios.registerLidkoping(ports);

        Result<ReportedFigures> result = reported.record(new ReportedFiguresCommands.Record(COORDINATOR, "1494",
                1899, -1, new BigDecimal("-0.01"), " ", null));

        assertThat(fields(result)).containsExactly("activities", "expectedVersion", "externalFundingSek", "source",
                "year");
        assertThat(fields(reported.record(record(2015, 98, "1800000.001", 0)))).containsExactly("externalFundingSek");
    }

    @Test
    void a_municipality_that_is_not_registered_is_not_found() {
        assertThat(reported.record(record(2015, 98, "1800000", 0)))
                .isEqualTo(new Result.NotFound<>("municipality", "1494"));
        assertThat(ports.audit().of(LIDKOPING, "reported-figures", "2015")).isEmpty();
    }
}
