package se.omvarld.adapter.report.compilation;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import se.omvarld.application.Ports;
import se.omvarld.domain.policy.CountryAssessment;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.Clock;
import se.omvarld.port.CountryAssessments;
import se.omvarld.port.ExchangeRate;
import se.omvarld.port.ExchangeRates;
import se.omvarld.reference.CountryRegimesCsv;
import se.omvarld.reference.EcbRatesCsv;
import se.omvarld.testkit.memory.InMemoryPersistence;

/**
 * The use cases' ports for the compilation's fixtures: core's in-memory persistence, a fixed clock, the real ECB
 * rates (to 11 October 2024) and V-Dem's regime classes that core's test-jar ships.
 */
final class FixturePorts {

    private static final EcbRatesCsv ECB = EcbRatesCsv.load();
    private static final CountryRegimesCsv REGIMES = CountryRegimesCsv.load();

    private FixturePorts() {
    }

    static Ports on(InMemoryPersistence persistence, LocalDate today,
            Function<MunicipalityCode, Optional<PolicyProfile>> profiles) {
        AtomicLong ids = new AtomicLong();
        Clock clock = new Clock() {
            @Override
            public LocalDate today() {
                return today;
            }

            @Override
            public Instant now() {
                return today.atTime(9, 0).toInstant(ZoneOffset.UTC);
            }
        };
        CountryAssessments assessments = new CountryAssessments() {
            @Override
            public Optional<CountryAssessment> latest(CountryCode country, int year) {
                return history(country).stream().filter(a -> a.year() <= year)
                        .max(Comparator.comparingInt(CountryAssessment::year));
            }

            @Override
            public ImmutableList<CountryAssessment> history(CountryCode country) {
                return ImmutableList.copyOf(REGIMES.history(country));
            }
        };
        ExchangeRates rates = (from, to, day) -> to.equals(Money.SEK)
                ? ECB.rate(from, day).map(r -> new ExchangeRate(from, to, r.sekPerUnit(), r.day(), r.source()))
                : Optional.empty();
        return Ports.builder()
                .municipalities(persistence.municipalities()).partners(persistence.partners())
                .partnerships(persistence.partnerships()).projects(persistence.projects())
                .funding(persistence.funding()).grants(persistence.grants()).visits(persistence.visits())
                .visitReports(persistence.visitReports())
                .obligations(persistence.obligations()).reportedFigures(persistence.reportedFigures())
                .tokens(persistence.tokens()).audit(persistence.audit())
                .transactions(persistence.transactions()).clock(clock)
                .ids(() -> new UUID(0, ids.incrementAndGet()))
                .profiles(profiles::apply)
                .countryAssessments(assessments).exchangeRates(rates).validator(command -> ImmutableList.of())
                .build();
    }

    /** Stores every record of {@code register}, as a repository would hold it. */
    static void store(InMemoryPersistence persistence, Register register) {
        persistence.municipalities().save(register.municipality());
        register.partners().forEach(persistence.partners()::save);
        register.programmes().forEach(persistence.funding()::save);
        register.partnerships().forEach(persistence.partnerships()::save);
        register.projects().forEach(persistence.projects()::save);
        register.grants().forEach(persistence.grants()::save);
        register.visits().forEach(persistence.visits()::save);
        register.obligationRecords().forEach(persistence.obligations()::save);
    }
}
