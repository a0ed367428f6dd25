package se.omvarld.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Ticker;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.javalin.Javalin;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.omvarld.adapter.db.Database;
import se.omvarld.adapter.db.JooqReminderDeliveries;
import se.omvarld.adapter.db.JooqTwinTownDirectory;
import se.omvarld.adapter.db.ReferenceDataImport;
import se.omvarld.adapter.http.ApiJson;
import se.omvarld.adapter.http.Authentication;
import se.omvarld.adapter.http.HttpApi;
import se.omvarld.adapter.http.RequestMetrics;
import se.omvarld.adapter.http.Route;
import se.omvarld.adapter.http.TokenSecrets;
import se.omvarld.adapter.http.api.Api;
import se.omvarld.adapter.http.api.ApiServices;
import se.omvarld.adapter.http.api.ReferenceDataRoutes;
import se.omvarld.adapter.http.api.SystemRoutes;
import se.omvarld.adapter.http.web.WebApp;
import se.omvarld.adapter.http.web.WebPages;
import se.omvarld.adapter.http.web.WebSettings;
import se.omvarld.adapter.report.DocumentWriters;
import se.omvarld.adapter.report.Exports;
import se.omvarld.application.AccessCommands;
import se.omvarld.application.AccessUseCases;
import se.omvarld.application.Ports;
import se.omvarld.application.Result;
import se.omvarld.application.TwinTownCommands;
import se.omvarld.application.TwinTownUseCases;
import se.omvarld.domain.access.ApiToken;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.reference.SwedishMunicipalityCodes;
import se.omvarld.reference.TwinTownsCsv;
import se.omvarld.service.mail.ReminderRun;
import se.omvarld.service.mail.SmtpSettings;

/**
 * The deployable service: the database (migrated), the reference data (imported in the background on first start,
 * so readiness does not wait for 200,000 rates), the demo data on an empty database, the first admin token of each
 * municipality that has none (shown once), and the HTTP server over all of it. Closing it stops taking requests,
 * finishes those in flight, and closes the database.
 */
public final class Service implements AutoCloseable {

    static final String VERSION = "0.1.0";
    private static final Logger LOG = LoggerFactory.getLogger(Service.class);
    /** Who the audit trail names for what the service does of itself at start. */
    private static final String SYSTEM = "omvarld-service";

    private final Database database;
    private final BeanValidationCommandValidator validator;
    private final Javalin server;
    private final Thread referenceData;
    private final ImmutableMap<MunicipalityCode, String> firstAdminTokens;
    private final Ports ports;
    private final ReferenceDataFiles referenceDataFiles;
    private final Optional<EcbRefresh> ecbRefresh;
    private final ImmutableList<DemoUsers.Credentials> demoUsers;
    /** Set once, before the service is returned from {@link #start}. */
    private Optional<ReminderRun> reminders = Optional.empty();

    private Service(Database database, BeanValidationCommandValidator validator,
            Javalin server, Thread referenceData, ImmutableMap<MunicipalityCode, String> firstAdminTokens,
            Ports ports, ReferenceDataFiles referenceDataFiles, Optional<EcbRefresh> ecbRefresh,
            ImmutableList<DemoUsers.Credentials> demoUsers) {
        this.database = database;
        this.validator = validator;
        this.server = server;
        this.referenceData = referenceData;
        this.firstAdminTokens = firstAdminTokens;
        this.ports = ports;
        this.referenceDataFiles = referenceDataFiles;
        this.ecbRefresh = ecbRefresh;
        this.demoUsers = demoUsers;
    }

    /** The service without reminders by e-mail. */
    public static Service start(ServiceSettings settings) {
        return start(settings, WebSettings.defaults(settings.publicAddress()), Optional.empty());
    }

    /** The service, sending reminders by e-mail through {@code smtp} when it is given. */
    public static Service start(ServiceSettings settings, Optional<SmtpSettings> smtp) {
        return start(settings, WebSettings.defaults(settings.publicAddress()), smtp);
    }

    /** The service with the coordinator's web app at {@value WebApp#PREFIX} in {@code web}'s sessions and sign-in. */
    public static Service start(ServiceSettings settings, WebSettings web) {
        return start(settings, web, Optional.empty());
    }

    /**
     * The service with the web app in {@code web}'s sessions and sign-in, sending reminders by e-mail through
     * {@code smtp} when it is given.
     */
    public static Service start(ServiceSettings settings, WebSettings web, Optional<SmtpSettings> smtp) {
        // What does not need the database is built on threads of its own while the database starts: a cold start is
        // mostly class loading, one thread at a time, and Hibernate Validator and the metrics each load hundreds.
        CompletableFuture<BeanValidationCommandValidator> validating = CompletableFuture.supplyAsync(
                BeanValidationCommandValidator::new, inThread("start-validator"));
        CompletableFuture<PrometheusMeterRegistry> metering = CompletableFuture.supplyAsync(Service::metrics,
                inThread("start-metrics"));
        Database database;
        try {
            database = Database.start(settings.database());
        } catch (RuntimeException failed) {
            validating.thenAccept(BeanValidationCommandValidator::close);
            throw failed;
        }
        ReferenceDataImport importer = new ReferenceDataImport(database.persistence());
        ReferenceDataFiles files = new ReferenceDataFiles(importer);
        Optional<EcbRefresh> refresh = settings.ecbUrl().filter(u -> settings.ecbRefresh().isPresent())
                .map(url -> new EcbRefresh(url, files));
        // R2 consults the country assessments, so they are in before any request or demo decision; the 200,000
        // rates only feed the statistics, and would hold readiness for seconds: they follow in the background.
        importer.importShippedCountryAssessmentsIfEmpty().ifPresent(report -> LOG.info("Reference data {}", report));
        Thread referenceData = new Thread(() -> {
            importer.importShippedExchangeRatesIfEmpty().ifPresent(report -> LOG.info("Reference data {}", report));
            // after the shipped file, so that the refresh adds to it rather than racing it
            refresh.ifPresent(r -> r.every(settings.ecbRefresh().orElseThrow()));
        }, "reference-data-import");
        referenceData.start();
        BeanValidationCommandValidator validator = joinOrClose(validating, database);
        ConfiguredProfiles profiles = settings.profilesDir().map(ConfiguredProfiles::withFolder)
                .orElseGet(ConfiguredProfiles::shippedOnly);
        Ports ports = Wiring.ports(database, profiles, new SystemClock(), validator);
        TwinTownUseCases twinTowns = new TwinTownUseCases(ports,
                new JooqTwinTownDirectory(database.persistence().transactions()), SwedishMunicipalityCodes.shipped());
        AtomicReference<ImmutableList<DemoUsers.Credentials>> demoUsers = new AtomicReference<>(ImmutableList.of());
        // The demo data and the first tokens are prepared while the server starts; it is ready once they are in.
        CompletableFuture<ImmutableMap<MunicipalityCode, String>> preparing = CompletableFuture.supplyAsync(() -> {
            if (settings.demoData()) {
                ImmutableList<MunicipalityCode> loaded = DemoData.loadIfAbsent(ports);
                if (!loaded.isEmpty()) {
                    LOG.info("Loaded the demo municipalities {} (Lidköping with its register) into {}", loaded,
                            database.settings());
                }
                demoUsers.set(DemoUsers.openIfAbsent(ports, database.persistence().accounts()));
            }
            // The national twin-town list is reference data, not the demo's: every empty database gets it.
            if (twinTowns.nationalListIsEmpty()) {
                Result<TwinTownUseCases.NationalImport> imported = twinTowns.importNational(
                        new TwinTownCommands.ImportNational(SYSTEM, TwinTownsCsv.shipped()));
                if (imported instanceof Result.Ok<TwinTownUseCases.NationalImport> ok) {
                    LOG.info("Twin towns of the shipped national list: {} pairs added; {} rows merged with another,"
                            + " {} rejected: {}", ok.value().replacement().added(), ok.value().read().merged().size(),
                            ok.value().read().rejected().size(), ok.value().read().rejected());
                } else {
                    LOG.warn("The shipped national twin-town list was not imported: {}", imported);
                }
            }
            return firstAdminTokens(ports);
        }, inThread("start-prepare"));
        ObjectMapper json = ApiJson.mapper();
        PrometheusMeterRegistry metrics = joinOrClose(metering, database);
        poolMetrics(database, metrics);
        Authentication authentication = new Authentication(database.persistence().tokens(), Ticker.systemTicker());
        ApiServices services = new ApiServices(ports, authentication, new ApiServices.Reporting(
                DocumentWriters.reportRenderer(), new Exports(), twinTowns, TwinTownsCsv::read,
                settings.publicAddress()));
        AtomicReference<List<Route>> all = new AtomicReference<>();
        List<Route> routes = new ArrayList<>(Api.routes(services));
        // Here rather than in Api: the import is not a use case of the core, and ApiServices carries only those.
        routes.addAll(new ReferenceDataRoutes(files).routes());
        BooleanSupplier ready = () -> preparing.isDone() && !preparing.isCompletedExceptionally()
                && ready(database.dataSource());
        routes.addAll(new SystemRoutes(ready, metrics::scrape, VERSION, json).routes(all::get));
        all.set(List.copyOf(routes));
        WebApp webApp = new WebApp(web, services, database.persistence().accounts(), Ticker.systemTicker(),
                WebPages.all(services, files));
        Javalin server = new HttpApi(routes, authentication, json, validator.validator(),
                new RequestMetrics(metrics)).create(List.of(webApp));
        server.start(settings.port());
        LOG.info("Omvärld {} answers on port {}", VERSION, server.port());
        ImmutableMap<MunicipalityCode, String> tokens;
        try {
            tokens = preparing.join();
        } catch (CompletionException failed) {
            server.stop();
            database.close();
            throw failed;
        }
        LOG.info("Omvärld {} is ready", VERSION);
        Service service = new Service(database, validator, server, referenceData, tokens, ports, files, refresh,
                demoUsers.get());
        service.reminders = smtp.map(mail -> ReminderRun.over(ports, database.persistence().accounts(),
                new JooqReminderDeliveries(database.persistence().transactions()), mail, settings.publicAddress()));
        return service;
    }

    /** Runs each task on a new thread of that name: the common pool has one thread on two cores. */
    private static Executor inThread(String name) {
        return task -> new Thread(task, name).start();
    }

    /** The value of {@code building}; if it failed, closes the database first, then throws its failure. */
    private static <T> T joinOrClose(CompletableFuture<T> building, Database database) {
        try {
            return building.join();
        } catch (CompletionException failed) {
            database.close();
            throw failed;
        }
    }

    private static PrometheusMeterRegistry metrics() {
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(metrics);
        new JvmThreadMetrics().bindTo(metrics);
        return metrics;
    }

    /** Issues an admin token for each municipality that has none, and logs it: the one time it is shown. */
    private static ImmutableMap<MunicipalityCode, String> firstAdminTokens(Ports ports) {
        AccessUseCases access = new AccessUseCases(ports);
        Map<MunicipalityCode, String> issued = new LinkedHashMap<>();
        // One statement for the usual answer, none: loading every municipality to ask it took seconds at a restart.
        for (MunicipalityCode code : ports.transactions().inTransaction(() -> ports.tokens()
                .municipalitiesWithoutTokens())) {
            Municipality m = ports.transactions().inTransaction(() -> ports.municipalities().find(code))
                    .orElseThrow();
            String secret = TokenSecrets.newSecret();
            Result<ApiToken> token = access.issue(new AccessCommands.Issue("tjänstens start", m.code().value(),
                    Role.ADMIN, "första administratören i " + m.name(), null, TokenSecrets.hash(secret)));
            if (!token.isOk()) {
                throw new IllegalStateException("the first admin token of " + m.code() + " was refused: "
                        + token);
            }
            issued.put(m.code(), secret);
            System.out.println("First admin token for " + m.name() + " (" + m.code().value()
                    + "), shown only now: " + secret);
        }
        return ImmutableMap.copyOf(issued);
    }

    /** The database pool's use, as Hikari counts it. */
    private static void poolMetrics(Database database, PrometheusMeterRegistry metrics) {
        HikariPoolMXBean pool = ((HikariDataSource) database.dataSource()).getHikariPoolMXBean();
        Gauge.builder("db.pool.connections.active", pool, HikariPoolMXBean::getActiveConnections)
                .description("Connections in use").register(metrics);
        Gauge.builder("db.pool.connections.idle", pool, HikariPoolMXBean::getIdleConnections)
                .description("Connections idle").register(metrics);
        Gauge.builder("db.pool.connections.pending", pool, HikariPoolMXBean::getThreadsAwaitingConnection)
                .description("Threads waiting for a connection").register(metrics);
    }

    private static boolean ready(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(1);
        } catch (Exception e) {
            return false;
        }
    }

    public int port() {
        return server.port();
    }

    /** The admin tokens this start issued, by municipality: empty unless the municipalities had none. */
    public ImmutableMap<MunicipalityCode, String> firstAdminTokens() {
        return firstAdminTokens;
    }

    /** The demo accounts this start opened, with their passwords: empty unless Lidköping had no account. */
    ImmutableList<DemoUsers.Credentials> demoUsers() {
        return demoUsers;
    }

    /** The ports the service runs on, for tests that look at the stored register. */
    Ports ports() {
        return ports;
    }

    /** The reference data imports of the API and of the ECB refresh. */
    ReferenceDataFiles referenceData() {
        return referenceDataFiles;
    }

    /** The scheduled ECB refresh, when {@link ServiceSettings#ecbUrl()} and its period are set. */
    Optional<EcbRefresh> ecbRefresh() {
        return ecbRefresh;
    }

    Database database() {
        return database;
    }

    /** The scheduled reminders by e-mail, when an SMTP server is configured. */
    Optional<ReminderRun> reminders() {
        return reminders;
    }

    /** Waits for the first start's reference data import, for tests that need the rates. */
    void awaitReferenceData() throws InterruptedException {
        referenceData.join();
    }

    @Override
    public void close() {
        server.stop();
        ecbRefresh.ifPresent(EcbRefresh::close);
        reminders.ifPresent(ReminderRun::close);
        try {
            referenceData.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        validator.close();
        database.close();
    }
}
