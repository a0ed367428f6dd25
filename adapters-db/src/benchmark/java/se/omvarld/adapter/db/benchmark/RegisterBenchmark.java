package se.omvarld.adapter.db.benchmark;

import com.google.common.collect.ImmutableList;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.omvarld.adapter.db.Database;
import se.omvarld.adapter.db.DbSettings;
import se.omvarld.adapter.db.JooqCountryAssessments;
import se.omvarld.adapter.db.JooqExchangeRates;
import se.omvarld.adapter.db.JooqPersistence;
import se.omvarld.adapter.db.ReferenceDataImport;
import se.omvarld.application.Ports;
import se.omvarld.application.RegisterUseCases;
import se.omvarld.application.Result;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.statistics.YearFigures;
import se.omvarld.port.Clock;

/**
 * The register queries of the largest municipality of a national register ({@link NationalRegister}: 290
 * municipalities, the largest with 2,000 projects and 200 partnerships), each through {@link RegisterUseCases} over
 * the real jOOQ adapters, wired as the service wires them: {@code obligations} over a 3-year period, {@code overdue},
 * {@code compliance} and {@code statistics} over 5 years. On H2 (in memory, PostgreSQL mode) and PostgreSQL (a
 * schema of its own, dropped afterwards); {@code scope=national} stores all 290 municipalities, {@code scope=alone}
 * only the largest, so the two medians show whether a call's cost depends on the other municipalities.
 *
 * <p>The SQL statements a call sends are counted by a wrapper around the pool and printed once per trial
 * ({@code statements per call}). Sample mode: JMH reports the median (p0.50). See BENCHMARK.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
public class RegisterBenchmark {

    @Param({"h2", "postgresql"})
    public String database;

    @Param({"national", "alone"})
    public String scope;

    /**
     * {@code kept}: one {@link RegisterUseCases} for every call, as the service has, so a call reuses the register
     * an earlier call loaded (nothing changes the register during the benchmark). {@code none}: a fresh one per call,
     * so every call loads the register: the cost of the first query after a change to the register.
     */
    @Param({"kept", "none"})
    public String registers;

    /**
     * The data sets loaded in this JVM, by database and scope: loading one takes from 15 s to a minute or two, so a
     * run with {@code -f 0} (every trial in one JVM) loads each of the four once and reuses it; a forked run loads
     * one per trial. Closed, and a PostgreSQL schema dropped, when the JVM exits.
     */
    private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();

    private Loaded loaded;
    private RegisterUseCases register;
    private final MunicipalityCode code = NationalRegister.LARGEST;
    private final DateRange threeYears = DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));

    /** One loaded data set: the database, and the use cases on a pool that counts the statements sent. */
    private static final class Loaded {
        final Database db;
        final Optional<String> schema;
        final AtomicLong statements = new AtomicLong();
        final Ports ports;
        final RegisterUseCases register;

        Loaded(String database, String scope) {
            DbSettings settings;
            if (database.equals("h2")) {
                schema = Optional.empty();
                settings = DbSettings.inMemory("omvarld_register_benchmark_" + scope);
            } else {
                schema = Optional.of("omvarld_bench_" + UUID.randomUUID().toString().replace("-", "")
                        .substring(0, 12));
                settings = new DbSettings(postgresUrl(), "postgres", "", 4, schema);
            }
            long started = System.nanoTime();
            db = Database.start(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(this::drop));
            new ReferenceDataImport(db.persistence()).importShippedIfEmpty();
            long imported = System.nanoTime();
            int projects = new NationalRegister().store(db.persistence(), scope.equals("alone"));
            long stored = System.nanoTime();
            if (database.equals("postgresql")) {
                analyze();
            }
            // The same repositories as the service's (Wiring), on a pool that counts the statements sent through
            // it; the jOOQ settings are Database's own.
            JooqPersistence counted = JooqPersistence.on(counting(db.dataSource()),
                    database.equals("h2") ? SQLDialect.H2 : SQLDialect.POSTGRES, new Settings()
                            .withRenderSchema(false).withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_QUOTED)
                            .withExecuteLogging(false));
            ports = ports(counted);
            register = new RegisterUseCases(ports);
            System.out.printf("%n# data set: %s on %s, %d projects; reference data %.1f s, register %.1f s%n", scope,
                    database, projects, (imported - started) / 1e9, (stored - imported) / 1e9);
        }

        private void drop() {
            db.close();
            if (schema.isPresent()) {
                try (Connection c = DriverManager.getConnection(postgresUrl(), "postgres", "");
                        Statement s = c.createStatement()) {
                    s.execute("drop schema " + schema.get() + " cascade");
                } catch (SQLException e) {
                    System.err.println("# could not drop schema " + schema.get() + ": " + e.getMessage());
                }
            }
        }

        /** PostgreSQL's planner statistics after the bulk load, as autovacuum would gather them shortly after. */
        private void analyze() {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("analyze");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A data source whose connections count every statement they prepare or create. */
        private DataSource counting(DataSource pool) {
            ClassLoader loader = RegisterBenchmark.class.getClassLoader();
            InvocationHandler sourceHandler = (proxy, method, args) -> {
                Object result = invoke(method, pool, args);
                if (method.getName().equals("getConnection")) {
                    Connection connection = (Connection) result;
                    return Proxy.newProxyInstance(loader, new Class<?>[] {Connection.class}, (p, m, a) -> {
                        if (m.getName().equals("prepareStatement") || m.getName().equals("createStatement")
                                || m.getName().equals("prepareCall")) {
                            statements.incrementAndGet();
                        }
                        return invoke(m, connection, a);
                    });
                }
                return result;
            };
            return (DataSource) Proxy.newProxyInstance(loader, new Class<?>[] {DataSource.class}, sourceHandler);
        }
    }

    @Setup(Level.Trial)
    public void store() {
        loaded = LOADED.computeIfAbsent(database + "/" + scope, key -> new Loaded(database, scope));
        register = loaded.register;
        // With the register kept, a first call of each loads it if no earlier trial did: count the calls after it.
        obligations();
        System.out.printf("%n# statements per call (%s, %s, registers %s): obligations %d, overdue %d,"
                + " compliance %d, statistics %d%n", database, scope, registers, count(this::obligations),
                count(this::overdue), count(this::compliance), count(this::statistics));
    }

    /** The use cases a call goes through: the trial's own, or a fresh one that keeps nothing from earlier calls. */
    private RegisterUseCases register() {
        return registers.equals("kept") ? register : new RegisterUseCases(loaded.ports);
    }

    private long count(Supplier<? extends Result<?>> call) {
        long before = loaded.statements.get();
        Result<?> result = call.get();
        if (!result.isOk()) {
            throw new IllegalStateException("the call failed: " + result);
        }
        return loaded.statements.get() - before;
    }

    private static Ports ports(JooqPersistence db) {
        PolicyProfile profile = NationalRegister.profile(NationalRegister.LARGEST);
        Clock clock = new Clock() {
            @Override
            public LocalDate today() {
                return NationalRegister.TODAY;
            }

            @Override
            public Instant now() {
                return NationalRegister.TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
            }
        };
        return Ports.builder()
                .municipalities(db.municipalities()).partners(db.partners()).partnerships(db.partnerships())
                .projects(db.projects()).funding(db.funding()).grants(db.grants()).visits(db.visits())
                .visitReports(db.visitReports())
                .obligations(db.obligations()).reportedFigures(db.reportedFigures()).tokens(db.tokens()).audit(db.audit())
                .transactions(db.transactions())
                .clock(clock).ids(UUID::randomUUID)
                .profiles(c -> c.equals(profile.municipality()) ? Optional.of(profile) : Optional.empty())
                .countryAssessments(new JooqCountryAssessments(db)).exchangeRates(new JooqExchangeRates(db))
                .validator(command -> ImmutableList.of())
                .build();
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static String postgresUrl() {
        String url = System.getenv("OMVARLD_TEST_PG_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test" : url;
    }

    /** The obligations due in 2025-2027, with their status. */
    @Benchmark
    public Result<ImmutableList<ReportingObligation>> obligations() {
        return register().obligations(code, threeYears);
    }

    /** The obligations overdue today. */
    @Benchmark
    public Result<ImmutableList<ReportingObligation>> overdue() {
        return register().overdue(code);
    }

    /** Every compliance finding, as of today. */
    @Benchmark
    public Result<ImmutableList<Finding>> compliance() {
        return register().compliance(code);
    }

    /** Activities and external funding in SEK, 2021-2025. */
    @Benchmark
    public Result<ImmutableList<YearFigures>> statistics() {
        return register().statistics(code, 2021, 2025);
    }
}
