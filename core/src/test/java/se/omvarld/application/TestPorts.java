package se.omvarld.application;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import se.omvarld.application.ConstraintWording;
import se.omvarld.domain.policy.CountryAssessment;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.policy.RegimeClass;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.port.Clock;
import se.omvarld.port.CommandValidator;
import se.omvarld.port.CountryAssessments;
import se.omvarld.port.ExchangeRates;
import se.omvarld.port.Violation;
import se.omvarld.testkit.memory.InMemoryPersistence;

/** The use cases' ports for tests: in-memory persistence, a fixed clock, Hibernate Validator, real V-Dem rows. */
final class TestPorts {

    private static final ValidatorFactory VALIDATION = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();

    /** A few rows of V-Dem's Regimes of the World table (v15, via Our World in Data), as the real file has them. */
    static final Map<CountryCode, List<CountryAssessment>> VDEM = Map.of(
            CountryCode.of("CN"), List.of(vdem("CN", 2011, 0), vdem("CN", 2024, 0)),
            CountryCode.of("HU"), List.of(vdem("HU", 2004, 3), vdem("HU", 2010, 2), vdem("HU", 2018, 1)),
            CountryCode.of("LV"), List.of(vdem("LV", 2024, 2)),
            CountryCode.of("FR"), List.of(vdem("FR", 2024, 3)),
            CountryCode.of("ZM"), List.of(vdem("ZM", 2021, 1), vdem("ZM", 2022, 2)));

    private TestPorts() {
    }

    private static CountryAssessment vdem(String country, int year, int regime) {
        return new CountryAssessment(CountryCode.of(country), year, RegimeClass.ofCode(regime),
                "V-Dem v15 via Our World in Data");
    }

    static Ports on(LocalDate today) {
        return on(InMemoryPersistence.create(), today, PolicyProfiles.all());
    }

    static Ports on(InMemoryPersistence persistence, LocalDate today, List<PolicyProfile> profiles) {
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
                return ImmutableList.copyOf(VDEM.getOrDefault(country, List.of()));
            }
        };
        ExchangeRates noRates = (from, to, day) -> Optional.empty();
        return Ports.builder()
                .municipalities(persistence.municipalities()).partners(persistence.partners())
                .partnerships(persistence.partnerships()).projects(persistence.projects())
                .funding(persistence.funding()).grants(persistence.grants()).visits(persistence.visits())
                .visitReports(persistence.visitReports())
                .obligations(persistence.obligations()).reportedFigures(persistence.reportedFigures())
                .tokens(persistence.tokens()).audit(persistence.audit())
                .transactions(persistence.transactions()).clock(clock)
                .ids(() -> new UUID(0, ids.incrementAndGet()))
                .profiles(code -> profiles.stream().filter(p -> p.municipality().equals(code)).findFirst())
                .countryAssessments(assessments).exchangeRates(noRates).validator(validator())
                .build();
    }

    static CommandValidator validator() {
        Validator validator = VALIDATION.getValidator();
        return command -> validator.validate(command).stream()
                .map(ConstraintWording::violation)
                .sorted(Comparator.comparing(Violation::field))
                .collect(ImmutableList.toImmutableList());
    }
}
