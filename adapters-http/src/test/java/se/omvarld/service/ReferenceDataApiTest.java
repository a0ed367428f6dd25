package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.service.RunningService.LIDKOPING;
import static se.omvarld.service.RunningService.TYRESO;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.omvarld.adapter.http.HttpApi;
import se.omvarld.adapter.http.ReferenceDataImports;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.shared.CountryCode;

/**
 * The reference data imports: an admin's files over the API, and the scheduled refresh of the ECB's file from a
 * local HTTP server serving the ECB's real publication of 2025-05-09 over the shipped one of 2024-10-11.
 */
abstract class ReferenceDataApiTest extends EndToEndTest {

    static final Path ECB_2025 = Path.of("/work/shared/data/exchange-rates/eurofxref-hist-2025-05-09.csv");
    static final String RATES = "/api/v1/reference-data/exchange-rates";
    static final String ASSESSMENTS = "/api/v1/reference-data/country-assessments";

    @BeforeAll
    void prepare() throws Exception {
        running.service().awaitReferenceData();
    }

    static class OnH2 extends ReferenceDataApiTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.H2;
        }
    }

    static class OnPostgres extends ReferenceDataApiTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.POSTGRESQL;
        }
    }

    @Test
    void the_ecbs_2025_file_refreshed_over_the_shipped_one_adds_144_days_and_changes_nothing_else() throws Exception {
        long daysBefore = count("select count(distinct fixing_day) from exchange_rate");
        long ratesBefore = count("select count(*) from exchange_rate where fixing_day <= date '2024-10-11'");
        long allBefore = count("select count(*) from exchange_rate");
        BigDecimal sekBefore = sek(LocalDate.of(2024, 10, 11));
        HttpServer ecb = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] file = Files.readAllBytes(ECB_2025);
        ecb.createContext("/stats/eurofxref/eurofxref-hist.csv", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/csv");
            exchange.sendResponseHeaders(200, file.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(file);
            }
        });
        ecb.start();
        try (EcbRefresh refresh = new EcbRefresh(URI.create("http://127.0.0.1:" + ecb.getAddress().getPort()
                + "/stats/eurofxref/eurofxref-hist.csv"), running.service().referenceData())) {
            ReferenceDataImports.Imported first = refresh.refreshNow();
            ReferenceDataImports.Imported again = refresh.refreshNow();

            assertThat(count("select count(distinct fixing_day) from exchange_rate")).isEqualTo(daysBefore + 144);
            assertThat(first.unchanged()).isEqualTo(ratesBefore);
            assertThat(count("select count(*) from exchange_rate")).isEqualTo(allBefore + first.added());
            assertThat(count("select count(*) from exchange_rate where fixing_day between date '2024-10-12'"
                    + " and date '2025-05-09'"))
                    .isEqualTo(first.added());
            assertThat(sek(LocalDate.of(2024, 10, 11))).isEqualByComparingTo(sekBefore);
            assertThat(sek(LocalDate.of(2025, 5, 9))).isNotNull();
            assertThat(again.added()).isZero();
            assertThat(again.unchanged()).isEqualTo(ratesBefore + first.added());
        } finally {
            ecb.stop(0);
        }
    }

    @Test
    void the_ecbs_full_file_is_larger_than_a_request_body_may_be() throws Exception {
        assertThat(Files.size(ECB_2025)).isGreaterThan(HttpApi.MAX_BODY);

        var answer = admin.answersOnly().post(RATES, Map.of("file", "eurofxref-hist.csv",
                "csv", Files.readString(ECB_2025)));

        assertThat(answer.status()).isEqualTo(413);
    }

    @Test
    void an_admin_of_any_municipality_adds_a_year_of_country_assessments() {
        var tyresoAdmin = running.as(TYRESO, Role.ADMIN, Optional.empty());

        var answer = tyresoAdmin.post(ASSESSMENTS, Map.of("file", "regimes-2030.csv",
                "csv", "entity,iso3,year,regime\nSweden,SWE,2030,3\nWorld,,2030,2\n"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("added").asInt()).isEqualTo(1);
        assertThat(running.service().ports().countryAssessments().latest(CountryCode.of("SE"), 2030).orElseThrow()
                .year()).isEqualTo(2030);
    }

    @Test
    void a_bad_row_changes_nothing_and_the_400_names_its_line_and_why() {
        var answer = admin.answersOnly().post(ASSESSMENTS, Map.of("file", "regimes-2031.csv",
                "csv", "entity,iso3,year,regime\nSweden,SWE,2031,3\nNorway,NOR,2031,7\n"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("csv");
        assertThat(answer.json().get("errors").get(0).get("reason").asText())
                .contains("line 3").contains("regime class 7");
        assertThat(running.service().ports().countryAssessments().latest(CountryCode.of("SE"), 2031).orElseThrow()
                .year()).isLessThan(2031);
    }

    @Test
    void a_file_that_contradicts_a_stored_rate_changes_nothing() throws Exception {
        long before = count("select count(*) from exchange_rate");

        var answer = admin.answersOnly().post(RATES, Map.of("file", "eurofxref-changed.csv",
                "csv", "Date,SEK,\n2030-01-02,11.0,\n2024-10-11,99.0,\n"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("reason").asText()).contains("SEK").contains("2024-10-11");
        assertThat(count("select count(*) from exchange_rate")).isEqualTo(before);
    }

    @Test
    void a_new_days_rates_are_added_over_the_api() throws Exception {
        var answer = admin.post(RATES, Map.of("file", "eurofxref-2031.csv",
                "csv", "Date,USD,SEK,\n2031-01-02,1.2000,11.5000,\n"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("added").asInt()).isEqualTo(2);
        assertThat(sek(LocalDate.of(2031, 1, 2))).isEqualByComparingTo("11.5");
    }

    @Test
    void a_coordinator_may_not_import() {
        var coordinator = running.as(LIDKOPING, Role.COORDINATOR, Optional.empty());

        var answer = coordinator.answersOnly().post(ASSESSMENTS, Map.of("file", "x.csv",
                "csv", "entity,iso3,year,regime\nSweden,SWE,2032,3\n"));

        assertThat(answer.status()).isEqualTo(403);
    }

    private BigDecimal sek(LocalDate day) throws Exception {
        try (Connection c = running.service().database().dataSource().getConnection();
                var s = c.prepareStatement("select units_per_euro from exchange_rate where currency = ? and"
                        + " fixing_day = ?")) {
            s.setString(1, Currency.getInstance("SEK").getCurrencyCode());
            s.setObject(2, day);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getBigDecimal(1) : null;
            }
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = running.service().database().dataSource().getConnection();
                ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
