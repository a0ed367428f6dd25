package se.omvarld.service;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import se.omvarld.adapter.db.DbSettings;
import se.omvarld.adapter.http.TokenSecrets;
import se.omvarld.application.MunicipalityCommands;
import se.omvarld.application.MunicipalityUseCases;
import se.omvarld.domain.access.ApiToken;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.UnitId;

/**
 * The real service for end-to-end tests: started on a random port over a database of its own — a private in-memory
 * H2 database, or a fresh schema on the PostgreSQL server of {@code OMVARLD_TEST_PG_URL} (skipped when that is
 * unreachable, failed under {@code CI=true}) — with the demo data loaded.
 */
final class RunningService implements AutoCloseable {

    static final MunicipalityCode LIDKOPING = MunicipalityCode.of("1494");
    static final MunicipalityCode TYRESO = MunicipalityCode.of("0138");

    private static final String PG_URL = Optional.ofNullable(System.getenv("OMVARLD_TEST_PG_URL"))
            .filter(u -> !u.isBlank()).orElse("jdbc:postgresql://127.0.0.1:5432/test");

    private final Service service;

    private RunningService(Service service) {
        this.service = service;
    }

    enum Store {
        H2, POSTGRESQL
    }

    static RunningService start(Store store) {
        DbSettings database = store == Store.H2
                ? DbSettings.inMemory("e2e_" + UUID.randomUUID().toString().replace("-", ""))
                : postgresSchema();
        return new RunningService(Service.start(new ServiceSettings(0, true, Optional.empty(), database)));
    }

    private static DbSettings postgresSchema() {
        try (Connection ignored = DriverManager.getConnection(PG_URL, "postgres", "")) {
            String schema = "omvarld_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(schema)));
            return new DbSettings(PG_URL, "postgres", "", 8, Optional.of(schema));
        } catch (Exception e) {
            String message = "PostgreSQL is unreachable at " + PG_URL + ": " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true requires the PostgreSQL tests to run. " + message);
            }
            Assumptions.abort(message);
            throw new IllegalStateException(e);
        }
    }

    private static void drop(String schema) {
        try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "")) {
            c.createStatement().execute("drop schema if exists " + schema + " cascade");
        } catch (Exception e) {
            System.err.println("could not drop " + schema + ": " + e.getMessage());
        }
    }

    Service service() {
        return service;
    }

    /** A client without a token. */
    ApiClient anonymous() {
        return ApiClient.of(service.port());
    }

    /** A client with the first admin token of {@code municipality}. */
    ApiClient admin(MunicipalityCode municipality) {
        return anonymous().withToken(service.firstAdminTokens().get(municipality));
    }

    /** A client with a new token of {@code role} (a unit editor's for {@code unit}). */
    ApiClient as(MunicipalityCode municipality, Role role, Optional<UnitId> unit) {
        return anonymous().withToken(token(municipality, role, unit));
    }

    String token(MunicipalityCode municipality, Role role, Optional<UnitId> unit) {
        String secret = TokenSecrets.newSecret();
        service.database().persistence().tokens().save(ApiToken.issue(UUID.randomUUID().toString(), municipality,
                role, unit, "test " + role, TokenSecrets.hash(secret), Instant.now()));
        return secret;
    }

    /** Registers {@code code} with a one-committee organisation, unless it is registered already. */
    void register(MunicipalityCode code, String name) {
        if (service.ports().municipalities().find(code).isPresent()) {
            return;
        }
        var result = new MunicipalityUseCases(service.ports()).register(new MunicipalityCommands.Register(
                "test", code.value(), name, List.of("Kommunstyrelsen"), List.of(), List.of()));
        if (!result.isOk()) {
            throw new IllegalStateException("could not register " + code + ": " + result);
        }
    }

    @Override
    public void close() {
        service.close();
    }
}
