package se.omvarld.adapter.db.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import se.omvarld.adapter.db.Database;
import se.omvarld.adapter.db.DbSettings;
import se.omvarld.adapter.db.JooqPersistence;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.PartnershipQuery;
import se.omvarld.port.PartnershipSummary;
import se.omvarld.port.ProjectQuery;
import se.omvarld.port.ProjectSummary;

/**
 * The two lists of the load benchmark (adapters-http/BENCHMARK.md) as repository calls, on the largest municipality
 * of the national register ({@link NationalRegister}): the first 50 of its 200 partnerships by title, and the first
 * 50 of its 480 running projects by title, each with the total, in auto-commit as the service reads them.
 *
 * <p>Besides JMH's time per call, each trial prints the <em>CPU time</em> the benchmark thread spent per call during
 * the measurement iterations ({@code ThreadMXBean}): on H2, in process, that is the whole cost of a call, and unlike
 * the elapsed time it does not grow when other processes share the cores. Add {@code -prof gc} for the bytes
 * allocated per call. See BENCHMARK.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
public class ListBenchmark {

    private static final PageRequest FIRST_50 = PageRequest.first(50);
    private static final ProjectQuery RUNNING = new ProjectQuery(Optional.of(ProjectStatus.RUNNING),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            ProjectQuery.Sort.TITLE);

    @Param({"h2", "postgresql"})
    public String database;

    @Param({"national", "alone"})
    public String scope;

    private Database db;
    private JooqPersistence persistence;
    private Optional<String> schema = Optional.empty();

    /** The CPU time of the calls of the measurement iterations, on the thread that makes them. */
    @State(Scope.Thread)
    public static class CpuTime {

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        long calls;
        private long callsAtStart;
        private long cpuAtStart;
        private long measuredCalls;
        private long measuredCpu;

        @Setup(Level.Iteration)
        public void start() {
            callsAtStart = calls;
            cpuAtStart = THREADS.getCurrentThreadCpuTime();
        }

        @TearDown(Level.Iteration)
        public void stop(IterationParams iteration) {
            if (iteration.getType() == IterationType.MEASUREMENT) {
                measuredCpu += THREADS.getCurrentThreadCpuTime() - cpuAtStart;
                measuredCalls += calls - callsAtStart;
            }
        }

        @TearDown(Level.Trial)
        public void report() {
            System.out.printf("%n# CPU time per call: %.1f us (%d calls)%n", measuredCpu / 1e3 / measuredCalls,
                    measuredCalls);
        }
    }

    @Setup(Level.Trial)
    public void store() {
        DbSettings settings;
        if (database.equals("h2")) {
            settings = DbSettings.inMemory("omvarld_list_benchmark");
        } else {
            schema = Optional.of("omvarld_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
            settings = new DbSettings(postgresUrl(), "postgres", "", 4, schema);
        }
        long started = System.nanoTime();
        db = Database.start(settings);
        persistence = db.persistence();
        int projects = new NationalRegister().store(persistence, scope.equals("alone"));
        if (schema.isPresent()) {
            execute("analyze");
        }
        System.out.printf("%n# data set: %s on %s, %d projects, stored in %.1f s%n", scope, database, projects,
                (System.nanoTime() - started) / 1e9);
    }

    @TearDown(Level.Trial)
    public void drop() throws SQLException {
        db.close();
        if (schema.isPresent()) {
            try (Connection c = DriverManager.getConnection(postgresUrl(), "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("drop schema " + schema.get() + " cascade");
            }
        }
    }

    private void execute(String sql) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String postgresUrl() {
        String url = System.getenv("OMVARLD_TEST_PG_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test" : url;
    }

    /** {@code GET …/partnerships?limit=50}. */
    @Benchmark
    public Page<PartnershipSummary> partnerships50(CpuTime cpu) {
        cpu.calls++;
        return persistence.partnerships().list(NationalRegister.LARGEST, PartnershipQuery.all(), FIRST_50);
    }

    /** {@code GET …/projects?status=RUNNING&limit=50}. */
    @Benchmark
    public Page<ProjectSummary> runningProjects50(CpuTime cpu) {
        cpu.calls++;
        return persistence.projects().list(NationalRegister.LARGEST, RUNNING, FIRST_50);
    }
}
