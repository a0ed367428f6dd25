package se.omvarld.adapter.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.omvarld.application.Ports;
import se.omvarld.application.RegisterUseCases;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.port.Clock;
import se.omvarld.testkit.Fixtures;

/**
 * The register queries over the database, wired as the service wires them: the register they keep between calls is
 * reused only while the municipality's register version is unchanged, so a change committed between two queries is
 * always in the second answer, and a change rolled back leaves the kept register in use.
 */
abstract class RegisterUseCasesContract {

    protected abstract JooqPersistence persistence();

    private final MunicipalityCode code = Fixtures.uniqueMunicipalityCode();
    private RegisterUseCases register;

    private RegisterUseCases register() {
        if (register == null) {
            persistence().municipalities().save(Fixtures.municipality(code));
            register = new RegisterUseCases(ports(persistence(), code));
        }
        return register;
    }

    @Test
    void a_query_reuses_the_register_an_earlier_query_loaded_while_nothing_changed() {
        Register first = register().register(code).value();

        register().overdue(code);

        assertThat(register().register(code).value()).isSameAs(first);
    }

    @Test
    void a_partner_stored_between_two_queries_is_in_the_second_answer() {
        assertThat(register().register(code).value().partners()).isEmpty();

        persistence().partners().save(Fixtures.partner(code));

        assertThat(register().register(code).value().partners()).hasSize(1);
    }

    @Test
    void an_obligation_submitted_between_two_queries_is_no_longer_overdue() {
        ReportingObligation overdue = register().overdue(code).value().get(0);

        persistence().obligations().save(ObligationRecord.submitted(overdue.key(), code, Fixtures.TODAY,
                "Inlämnad"));

        assertThat(register().overdue(code).value()).extracting(ReportingObligation::key)
                .doesNotContain(overdue.key());
    }

    @Test
    void a_write_rolled_back_leaves_the_kept_register_in_use() {
        Register first = register().register(code).value();
        ReportingObligation overdue = register().overdue(code).value().get(0);

        Throwable failure = catchThrowable(() -> persistence().transactions().inTransaction(() -> {
            persistence().partners().save(Fixtures.partner(code));
            persistence().obligations().save(ObligationRecord.submitted(overdue.key(), code, Fixtures.TODAY,
                    "Inlämnad"));
            throw new IllegalStateException("the use case failed after its writes");
        }));

        assertThat(failure).hasMessage("the use case failed after its writes");
        assertThat(register().register(code).value()).isSameAs(first);
        assertThat(register().overdue(code).value()).contains(overdue);
    }

    /** The ports as {@code adapters-http}'s Wiring builds them, with a profile of every rule for {@code code}. */
    private static Ports ports(JooqPersistence db, MunicipalityCode code) {
        PolicyProfile profile = PolicyProfile.builder(code, "Internationell policy (test)")
                .rules(RuleId.values())
                .boardEnters(PartnershipKind.TWIN_TOWN)
                .boardEnds(PartnershipKind.TWIN_TOWN)
                .grantFollowUpWithin(Period.ofMonths(3))
                .obligationsTrackedFrom(LocalDate.of(2025, 1, 1))
                .twinTownEvaluationInterval(Period.ofYears(2))
                .strategyAdoptedOn(LocalDate.of(2015, 6, 1))
                .build();
        Clock clock = new Clock() {
            @Override
            public LocalDate today() {
                return Fixtures.TODAY;
            }

            @Override
            public Instant now() {
                return Fixtures.TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
            }
        };
        return Ports.builder()
                .municipalities(db.municipalities()).partners(db.partners()).partnerships(db.partnerships())
                .projects(db.projects()).funding(db.funding()).grants(db.grants()).visits(db.visits())
                .visitReports(db.visitReports())
                .obligations(db.obligations()).reportedFigures(db.reportedFigures()).tokens(db.tokens()).audit(db.audit())
                .transactions(db.transactions()).clock(clock).ids(UUID::randomUUID)
                .profiles(c -> c.equals(code) ? Optional.of(profile) : Optional.empty())
                .countryAssessments(new JooqCountryAssessments(db)).exchangeRates(new JooqExchangeRates(db))
                .validator(command -> ImmutableList.of())
                .build();
    }
}
