package se.omvarld.adapter.db.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
import se.omvarld.adapter.db.Database;
import se.omvarld.adapter.db.DbSettings;
import se.omvarld.adapter.db.JooqPersistence;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.testkit.Fixtures;

/**
 * How long the register takes to load one partnership ({@code PartnershipRepository.find}) and a page of 50
 * ({@code PartnershipRepository.page}, limit 50) out of 1,000 stored in one municipality, on H2 (in memory) and on
 * PostgreSQL (in a schema of its own, dropped afterwards). Every partnership is a full one: areas, funding sources,
 * a three-step history, an analysis with goals and a democracy plan. Sample mode: JMH reports the median (p0.50).
 * See BENCHMARK.md for how to run it and the figures measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
public class PartnershipBenchmark {

    static final int STORED = 1_000;
    static final int PAGE = 50;

    @Param({"h2", "postgresql"})
    public String database;

    private Database db;
    private JooqPersistence persistence;
    private MunicipalityCode municipality;
    private final List<PartnershipId> ids = new ArrayList<>();
    private Optional<String> schema = Optional.empty();
    private int next;

    @Setup(Level.Trial)
    public void store() {
        DbSettings settings;
        if (database.equals("h2")) {
            settings = DbSettings.inMemory("omvarld_benchmark");
        } else {
            schema = Optional.of("omvarld_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
            settings = new DbSettings(postgresUrl(), "postgres", "", 4, schema);
        }
        db = Database.start(settings);
        persistence = db.persistence();
        municipality = Fixtures.uniqueMunicipalityCode();
        persistence.municipalities().save(Fixtures.municipality(municipality));
        Partner partner = persistence.partners().save(Fixtures.chinesePartner(municipality));
        for (int batch = 0; batch < STORED / 100; batch++) {
            int first = batch * 100;
            persistence.transactions().inTransaction(() -> {
                for (int i = first; i < first + 100; i++) {
                    Partnership full = Fixtures.fullPartnership(partner);
                    Partnership titled = Partnership.restore(full.id(), municipality, full.partner(), full.country(),
                            full.kind(), String.format("Samarbetsavtal %04d", (i * 7919) % STORED), full.areas(),
                            full.fundingSources(), full.committees(), full.proposedOn(), full.status(),
                            full.history(), full.analyses(), full.democracyPlans(),
                            full.counterpartValuesFormalAgreement(), 0);
                    ids.add(persistence.partnerships().save(titled).id());
                }
                return null;
            });
        }
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

    private static String postgresUrl() {
        String url = System.getenv("OMVARLD_TEST_PG_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test" : url;
    }

    /** One aggregate, with every child row: a different one each call. */
    @Benchmark
    public Optional<Partnership> find() {
        PartnershipId id = ids.get(next++ % ids.size());
        return persistence.partnerships().find(municipality, id);
    }

    /** A page of 50 by title, then id, with its total: a different page each call. */
    @Benchmark
    public Page<Partnership> pageOf50() {
        int offset = (next++ % (STORED / PAGE)) * PAGE;
        return persistence.partnerships().page(municipality, new PageRequest(offset, PAGE));
    }
}
