package se.omvarld.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Ticker;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import se.omvarld.adapter.http.api.Api;
import se.omvarld.adapter.http.api.ApiServices;
import se.omvarld.adapter.http.api.ReferenceDataRoutes;
import se.omvarld.adapter.http.api.SystemRoutes;
import se.omvarld.adapter.report.DocumentWriters;
import se.omvarld.adapter.report.Exports;
import se.omvarld.application.ConstraintWording;
import se.omvarld.application.Ports;
import se.omvarld.application.TwinTownUseCases;
import se.omvarld.domain.policy.CountryAssessment;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.port.Clock;
import se.omvarld.port.CountryAssessments;
import se.omvarld.port.Violation;
import se.omvarld.reference.SwedishMunicipalityCodes;
import se.omvarld.reference.TwinTownsCsv;
import se.omvarld.testkit.memory.InMemoryPersistence;
import se.omvarld.testkit.memory.InMemoryTwinTownDirectory;

/** The API's route table over in-memory ports, for the tests of the document, the server and the web app. */
public final class TestApi {

    public static final ObjectMapper JSON = ApiJson.mapper();
    public static final Validator VALIDATOR;

    static {
        ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        VALIDATOR = factory.getValidator();
    }

    static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    private TestApi() {
    }

    public static Ports ports(InMemoryPersistence persistence) {
        AtomicLong ids = new AtomicLong();
        Clock clock = new Clock() {
            @Override
            public LocalDate today() {
                return TODAY;
            }

            @Override
            public Instant now() {
                return TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
            }
        };
        CountryAssessments none = new CountryAssessments() {
            @Override
            public Optional<CountryAssessment> latest(CountryCode country, int year) {
                return Optional.empty();
            }

            @Override
            public ImmutableList<CountryAssessment> history(CountryCode country) {
                return ImmutableList.of();
            }
        };
        return Ports.builder()
                .municipalities(persistence.municipalities()).partners(persistence.partners())
                .partnerships(persistence.partnerships()).projects(persistence.projects())
                .funding(persistence.funding()).grants(persistence.grants()).visits(persistence.visits())
                .visitReports(persistence.visitReports())
                .obligations(persistence.obligations()).reportedFigures(persistence.reportedFigures())
                .tokens(persistence.tokens()).audit(persistence.audit()).transactions(persistence.transactions()).clock(clock)
                .ids(() -> new UUID(0, ids.incrementAndGet()))
                .profiles(code -> PolicyProfiles.all().stream().filter(p -> p.municipality().equals(code))
                        .findFirst())
                .countryAssessments(none).exchangeRates((from, to, day) -> Optional.empty())
                .validator(command -> VALIDATOR.validate(command).stream()
                        .map(ConstraintWording::violation)
                        .sorted(Comparator.comparing(Violation::field))
                        .collect(ImmutableList.toImmutableList()))
                .build();
    }

    /** Every route of the API and the service's own, as the service puts them together. */
    static List<Route> routes() {
        ApiServices services = services(InMemoryPersistence.create());
        AtomicReference<List<Route>> all = new AtomicReference<>();
        List<Route> routes = new ArrayList<>(Api.routes(services));
        routes.addAll(new ReferenceDataRoutes(new ReferenceDataImports() {
            @Override
            public Imported exchangeRates(String file, java.io.Reader csv) {
                throw new UnsupportedOperationException("the document never imports");
            }

            @Override
            public Imported countryAssessments(String file, java.io.Reader csv) {
                throw new UnsupportedOperationException("the document never imports");
            }

            @Override
            public Stored stored() {
                throw new UnsupportedOperationException("the document never reads reference data");
            }
        }).routes());
        routes.addAll(new SystemRoutes(() -> true, () -> "", "0.1.0-test", JSON).routes(all::get));
        all.set(List.copyOf(routes));
        return all.get();
    }

    /** The use cases over {@code persistence}, as the service builds them. */
    public static ApiServices services(InMemoryPersistence persistence) {
        Authentication authentication = new Authentication(persistence.tokens(), Ticker.systemTicker());
        return new ApiServices(ports(persistence), authentication, new ApiServices.Reporting(
                DocumentWriters.reportRenderer(), new Exports(), new TwinTownUseCases(ports(persistence),
                        new InMemoryTwinTownDirectory(), SwedishMunicipalityCodes.shipped()), TwinTownsCsv::read,
                java.net.URI.create("http://localhost:8080")));
    }

    /** The document exactly as the service answers it at {@code /openapi.json}. */
    static String servedDocument(List<Route> routes) {
        Route openApi = routes.stream().filter(r -> r.operationId().equals("openApi")).findFirst().orElseThrow();
        Reply reply = openApi.endpoint().handle(new Exchange(openApi, Map.of(), Map.of(), new byte[0], null, null,
                JSON, VALIDATOR));
        return ((Reply.Text) reply.body()).text();
    }

    public static HttpApi api(List<Route> routes, Authentication authentication) {
        return new HttpApi(routes, authentication, JSON, VALIDATOR, (id, method, route, status, ms, caller) -> {
        });
    }
}
