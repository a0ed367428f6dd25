package se.omvarld.service.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.omvarld.adapter.db.Database;
import se.omvarld.adapter.db.DbSettings;
import se.omvarld.adapter.db.ReferenceDataImport;
import se.omvarld.adapter.db.benchmark.NationalRegister;
import se.omvarld.adapter.http.TokenSecrets;
import se.omvarld.domain.access.ApiToken;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.service.Service;
import se.omvarld.service.ServiceSettings;

/**
 * The load benchmark (see {@code adapters-http/BENCHMARK.md}): the national data set ({@link NationalRegister}) in
 * a database, the real {@link Service} on it, a {@link FloorServer} on the same database, and wrk for every case, at
 * every number of connections, against the service and the floor, on H2 (a file database) and on PostgreSQL (a
 * schema of its own, dropped afterwards). Then, on H2, the time from a restart in the same JVM to {@code /health/ready}.
 *
 * <p>Arguments (all optional): {@code --databases h2,postgresql}, {@code --connections 4,16}, {@code --seconds 10}
 * (each measured run), {@code --warmup 20} (per case and server, before measuring), {@code --scope national|alone},
 * {@code --rounds 3} (measured runs of each server, taking turns), {@code --pool 10} (the service's default pool
 * size, and the floor's), {@code --no-restart} (skips the restart in this JVM),
 * {@code --cases 1,2,3,4} (by number in {@link #CASES}), {@code --reuse-h2} (keep a loaded H2 file from an earlier
 * run). PostgreSQL is {@code OMVARLD_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user
 * {@code postgres}, no password).
 */
public final class LoadBenchmark {

    static final MunicipalityCode CODE = NationalRegister.LARGEST;
    static final String API = "/api/v1/municipalities/" + CODE.value();

    /** Each case's requests: read the path(s), or update (PUT with If-Match, the ETag changing on every update). */
    enum Kind {
        READ, UPDATE
    }

    /** A case: the service's path and the floor's; {@code {id}} stands for each partnership of the municipality. */
    record Case(String name, Kind kind, String service, String floor) {
    }

    /**
     * The cases, one line each. A service path that answers 404 (a route not there yet) is reported as missing and
     * only its floor is measured: the projects' list is measured as soon as its route answers.
     */
    static final List<Case> CASES = List.of(
            new Case("list of 50 partnerships", Kind.READ, API + "/partnerships?limit=50",
                    "/floor/partnerships?limit=50"),
            new Case("list of 50 projects, status=RUNNING", Kind.READ, API + "/projects?status=RUNNING&limit=50",
                    "/floor/projects?status=RUNNING&limit=50"),
            new Case("single read (a partnership)", Kind.READ, API + "/partnerships/{id}", "/floor/partnerships/{id}"),
            new Case("update (democracy plan, If-Match)", Kind.UPDATE, API + "/partnerships/{id}/democracy-plan",
                    "/floor/partnerships/{id}/democracy-plan"));

    static final String UPDATE_BODY = "{\"reflection\":\"Uppföljd vid årets dialog med partnern: mänskliga"
            + " rättigheter, lokal demokrati och öppenhet.\",\"adoptedOn\":\"2025-06-01\"}";

    private static final String PG_URL = Optional.ofNullable(System.getenv("OMVARLD_TEST_PG_URL"))
            .filter(u -> !u.isBlank()).orElse("jdbc:postgresql://127.0.0.1:5432/test");

    /**
     * One measured wrk run: round {@code round} (from 1) of the service or the floor, and the CPU time this JVM used
     * per request answered during it (the server measured, the idle other, the driver and the collector's).
     */
    record Measured(String database, Case c, int connections, int round, String server, Wrk.Result result,
            double cpuMicrosPerRequest, String load, Optional<HeapWatch.Peak> heap) {
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** A wrk run and the CPU time this JVM used during it. */
    private record Timed(Wrk.Result result, double cpuMicrosPerRequest) {
    }

    /** A restart, timed. */
    record Restart(String how, double seconds) {
    }

    private final Options options;
    private final Wrk wrk;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Measured> measured = new ArrayList<>();
    private final List<Restart> restarts = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Path profiles;

    private LoadBenchmark(Options options, Wrk wrk) {
        this.options = options;
        this.wrk = wrk;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (!Wrk.installed()) {
            System.err.println("wrk is not installed: apt-get install -y wrk (Debian's package), then rerun.");
            System.exit(2);
        }
        Path work = Path.of("target", "load-benchmark").toAbsolutePath();
        Files.createDirectories(work);
        Path script = Path.of("benchmark", "load.lua").toAbsolutePath();
        // For running the service's main (or a profiler on it) by hand on the loaded database.
        Files.writeString(work.resolve("classpath.txt"), System.getProperty("java.class.path"));
        LoadBenchmark benchmark = new LoadBenchmark(options, new Wrk(script, work));
        String started = now();
        for (String database : options.databases) {
            benchmark.run(database, work);
        }
        String report = benchmark.report(started);
        Path file = work.resolve("results-" + started.replace(':', '-').replace(' ', '_') + ".md");
        Files.writeString(file, report);
        System.out.println();
        System.out.println(report);
        System.out.println("(also in " + file + ")");
        System.exit(0);
    }

    private void run(String database, Path work) throws Exception {
        DbSettings settings;
        Optional<String> schema = Optional.empty();
        if (database.equals("h2")) {
            Path folder = work.resolve("h2");
            boolean reuse = options.reuseH2 && Files.exists(folder.resolve("omvarld.mv.db"));
            if (!reuse) {
                deleteFolder(folder);
            }
            settings = new DbSettings("jdbc:h2:file:" + folder.resolve("omvarld") + DbSettings.H2_FLAGS,
                    DbSettings.DEFAULT_USER, DbSettings.DEFAULT_PASSWORD, options.pool, Optional.empty());
            if (!reuse) {
                load(settings, database);
            } else {
                log("reusing the loaded H2 file " + folder);
            }
        } else if (database.equals("postgresql")) {
            schema = Optional.of("omvarld_load_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
            settings = new DbSettings(PG_URL, "postgres", "", options.pool, schema);
            String dropped = schema.get();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(dropped)));
            load(settings, database);
        } else {
            throw new IllegalArgumentException("unknown database " + database + ": h2 or postgresql");
        }
        String token = tokens(settings);
        profiles = profile(work);

        long t0 = System.nanoTime();
        Service service = Service.start(new ServiceSettings(0, false, Optional.of(profiles), settings));
        waitReady(service.port(), t0);
        restarts.add(new Restart(database + ": first start after loading, in this JVM",
                (System.nanoTime() - t0) / 1e9));
        FloorServer floor = new FloorServer(settings, CODE.value());
        try {
            measure(database, service, floor, token);
        } finally {
            floor.close();
            service.close();
        }
        if (database.equals("h2") && options.restart) {
            restart(settings);
        }
        schema.ifPresent(LoadBenchmark::drop);
    }

    /**
     * A folder with the largest municipality's policy profile (every rule), as a municipality outside the shipped
     * four configures its own ({@code OMVARLD_PROFILES_DIR}): without one the service refuses its updates (404).
     */
    static Path profile(Path work) throws IOException {
        Path folder = work.resolve("profiles");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(CODE.value() + ".properties"), "municipality.code=" + CODE.value()
                + "\npolicy.name=Internationell policy (load benchmark)\nrules=" + Arrays.stream(RuleId.values())
                .map(RuleId::name).collect(Collectors.joining(",")) + "\n", StandardCharsets.UTF_8);
        return folder;
    }

    /** Migrates, imports the reference data and stores the national register, as the adapters-db benchmark does. */
    private void load(DbSettings settings, String database) throws SQLException {
        log("loading the national data set (" + options.scope + ") into " + database + " ...");
        long t0 = System.nanoTime();
        try (Database db = Database.start(settings)) {
            new ReferenceDataImport(db.persistence()).importShippedIfEmpty();
            int projects = new NationalRegister().store(db.persistence(), options.scope.equals("alone"));
            if (database.equals("postgresql")) {
                try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                    s.execute("analyze");
                }
            }
            log(String.format(Locale.ROOT, "loaded %d projects in %.0f s", projects, (System.nanoTime() - t0) / 1e9));
        }
    }

    /**
     * A token for each municipality that has none (so that the service issues and prints none), and a new admin
     * token of the largest municipality, whose secret the benchmark sends.
     */
    static String tokens(DbSettings settings) {
        try (Database db = Database.start(settings)) {
            var p = db.persistence();
            for (Municipality m : p.transactions().inTransaction(() -> p.municipalities().all())) {
                if (p.tokens().of(m.code()).isEmpty()) {
                    p.tokens().save(ApiToken.issue(UUID.randomUUID().toString(), m.code(), Role.ADMIN,
                            Optional.empty(), "benchmark", TokenSecrets.hash(TokenSecrets.newSecret()), Instant.now()));
                }
            }
            String secret = TokenSecrets.newSecret();
            p.tokens().save(ApiToken.issue(UUID.randomUUID().toString(), CODE, Role.ADMIN, Optional.empty(),
                    "load benchmark", TokenSecrets.hash(secret), Instant.now()));
            return secret;
        }
    }

    private void measure(String database, Service service, FloorServer floor, String token) throws Exception {
        String serviceBase = "http://127.0.0.1:" + service.port();
        String floorBase = "http://127.0.0.1:" + floor.port();
        String auth = "Bearer " + token;
        List<String> ids = ids(floor);
        log(database + ": " + ids.size() + " partnerships in " + CODE.value() + "; projects by status "
                + projectsByStatus(floor));
        Set<String> updatable = updatable(serviceBase, auth, ids);
        log(database + ": " + updatable.size() + " of them take a democracy plan");
        if (updatable.size() < 2 * 2 * 16) {
            throw new IllegalStateException("too few partnerships to update: " + updatable.size());
        }
        List<Case> cases = options.cases.stream().map(i -> CASES.get(i - 1)).toList();
        Map<Case, Boolean> served = new HashMap<>();
        for (Case c : cases) {
            String probe = c.service().replace("{id}", ids.get(0));
            int status = c.kind() == Kind.READ ? get(serviceBase + probe, auth).statusCode() : 200;
            served.put(c, status != 404);
            if (status == 404) {
                notes.add(database + ": the service answers 404 to GET " + probe
                        + " (no such route yet): only the floor is measured for \"" + c.name() + "\"");
            } else if (status != 200) {
                throw new IllegalStateException("GET " + probe + " answered " + status);
            }
        }
        HeapWatch heap = new HeapWatch();
        // Each case is warmed up just before it is measured, not all before the first: the update's warm-up appends
        // thousands of democracy plans, which would otherwise make every partnership the reads then read far longer
        // than any partnership is.
        for (Case c : cases) {
            if (options.warmup > 0) {
                log(database + ": warming up \"" + c.name() + "\", " + options.warmup + " s per server");
                if (served.get(c)) {
                    runOne(c, serviceBase, c.service(), auth, ids, updatable, 16, options.warmup, floor);
                }
                runOne(c, floorBase, c.floor(), null, ids, updatable, 16, options.warmup, floor);
            }
            for (int connections : options.connections) {
                boolean watch = connections == options.connections.get(options.connections.size() - 1);
                // Service and floor take turns, the one that went second going first in the next round, so that
                // a machine that speeds up or slows down during a case moves both alike: the ratio that counts is
                // the median of the rounds' ratios.
                for (int round = 1; round <= options.rounds; round++) {
                    boolean serviceFirst = round % 2 == 1;
                    if (!serviceFirst) {
                        measureFloor(database, c, connections, round, floorBase, ids, updatable, floor);
                    }
                    if (served.get(c)) {
                        String load = loadAverage();
                        if (watch) {
                            heap.start();
                        }
                        Timed r = runOne(c, serviceBase, c.service(), auth, ids, updatable, connections,
                                options.seconds, floor);
                        Optional<HeapWatch.Peak> peak = watch ? Optional.of(heap.stop()) : Optional.empty();
                        record(new Measured(database, c, connections, round, "service", r.result(),
                                r.cpuMicrosPerRequest(), load, peak));
                    }
                    if (serviceFirst) {
                        measureFloor(database, c, connections, round, floorBase, ids, updatable, floor);
                    }
                }
            }
        }
    }

    private void measureFloor(String database, Case c, int connections, int round, String floorBase,
            List<String> ids, Set<String> updatable, FloorServer floor) throws Exception {
        String load = loadAverage();
        Timed r = runOne(c, floorBase, c.floor(), null, ids, updatable, connections, options.seconds, floor);
        record(new Measured(database, c, connections, round, "floor", r.result(), r.cpuMicrosPerRequest(), load,
                Optional.empty()));
    }

    private void record(Measured m) {
        measured.add(m);
        Wrk.Result r = m.result();
        log(String.format(Locale.ROOT, "%s | %s | %d conn | round %d | %s: %.0f req/s (2xx %.0f/s), p50 %.2f ms, p99 %.2f ms,"
                        + " JVM CPU %.0f µs per request,"
                        + " statuses %s, socket errors %d, reused %d, load %s%s", m.database(), m.c().name(),
                m.connections(), m.round(), m.server(), r.perSecond(), r.successesPerSecond(), r.p50Millis(),
                r.p99Millis(), m.cpuMicrosPerRequest(), r.statuses(), r.socketErrors(), r.reused(), m.load(), m.heap().map(h -> ", heap " + h).orElse("")));
    }

    private Timed runOne(Case c, String base, String path, String auth, List<String> ids, Set<String> updatable,
            int connections, int seconds, FloorServer floor) throws IOException, InterruptedException, SQLException {
        if (c.kind() == Kind.READ) {
            List<String> targets = path.contains("{id}") ? ids.stream().map(id -> path.replace("{id}", id)).toList()
                    : List.of(path);
            return timed(() -> wrk.run(base, "get", targets, connections, seconds, auth, null));
        }
        // The service updates every other updatable partnership, the floor the others: each update appends a
        // democracy plan, and the floor's many appends must not lengthen the histories the service reads and saves.
        boolean service = auth != null;
        List<String> mine = new ArrayList<>();
        int n = 0;
        for (String id : ids) {
            if (updatable.contains(id) && (n++ % 2 == 0) == service) {
                mine.add(id);
            }
        }
        // The versions as they are now (the other server's updates raised them too), once the updates still in
        // flight when the last run's wrk stopped have been answered.
        Thread.sleep(1_500);
        Map<String, Long> versions = versions(floor);
        List<String> targets = mine.stream().map(id -> path.replace("{id}", id) + " " + versions.get(id)).toList();
        return timed(() -> wrk.run(base, "put", targets, connections, seconds, auth, UPDATE_BODY));
    }

    /** A wrk run. */
    private interface WrkRun {
        Wrk.Result run() throws IOException, InterruptedException;
    }

    private static Timed timed(WrkRun run) throws IOException, InterruptedException {
        long cpu = OS.getProcessCpuTime();
        Wrk.Result r = run.run();
        return new Timed(r, (OS.getProcessCpuTime() - cpu) / 1e3 / Math.max(1, r.requests()));
    }

    /** The largest municipality's partnerships, by id. */
    private static List<String> ids(FloorServer floor) throws SQLException {
        return new ArrayList<>(versions(floor).keySet());
    }

    private static Map<String, Long> versions(FloorServer floor) throws SQLException {
        Map<String, Long> versions = new LinkedHashMap<>();
        try (Connection c = floor.pool().getConnection(); PreparedStatement s = c.prepareStatement(
                "select id, version from partnership where municipality_code = ? order by id")) {
            s.setString(1, CODE.value());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    versions.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getLong(2));
                }
            }
        }
        return versions;
    }

    private static String projectsByStatus(FloorServer floor) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = floor.pool().getConnection(); PreparedStatement s = c.prepareStatement(
                "select status, count(*) from project where municipality_code = ? group by status order by 2 desc")) {
            s.setString(1, CODE.value());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('=').append(rs.getLong(2)).append(' ');
                }
            }
        }
        return out.toString().strip();
    }

    /** The partnerships whose democracy plan the service records: each is updated once, through the service. */
    private Set<String> updatable(String base, String auth, List<String> ids) throws Exception {
        Set<String> updatable = new LinkedHashSet<>();
        Map<Integer, Integer> refused = new HashMap<>();
        for (String id : ids) {
            HttpResponse<String> read = get(base + API + "/partnerships/" + id, auth);
            String etag = read.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(base + API + "/partnerships/" + id
                            + "/democracy-plan")).header("Authorization", auth).header("If-Match", etag)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(UPDATE_BODY))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (put.statusCode() == 200) {
                updatable.add(id);
            } else if (refused.merge(put.statusCode(), 1, Integer::sum) == 1) {
                log("update refused: " + put.statusCode() + " " + put.body());
            }
        }
        if (!refused.isEmpty()) {
            log("updates refused by status: " + refused);
        }
        return updatable;
    }

    private HttpResponse<String> get(String url, String auth) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls /health/ready until it answers 200; the seconds since {@code t0}. */
    private double waitReady(int port, long t0) throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() - t0 < 120_000_000_000L) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - t0) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("not ready after 120 s on port " + port);
    }

    /**
     * A restart on the loaded H2 file in this JVM (classes loaded, JIT warm), timed to the first 200 of
     * /health/ready. The deployable's restarts, each a new process started as README.md deploys it, are
     * {@code benchmark/restarts.sh}'s: from here the classes would come from {@code target/classes} folders, which
     * JDK 17's class-data archive leaves out.
     */
    private void restart(DbSettings settings) throws Exception {
        long t0 = System.nanoTime();
        try (Service again = Service.start(new ServiceSettings(0, false, Optional.of(profiles), settings))) {
            restarts.add(new Restart("h2: restart in this JVM (warm)", waitReady(again.port(), t0)));
        }
    }

    private static void drop(String schema) {
        try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            System.err.println("could not drop schema " + schema + ": " + e.getMessage());
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String now() {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC).format(Instant.now());
    }

    private static void log(String line) {
        System.out.println("# " + DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC)
                .format(Instant.now()) + " " + line);
    }

    /** The results as Markdown: the machine, the table of cases with the ratios against the targets, heap, restarts. */
    private String report(String started) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Run of %s UTC to %s UTC: %d cores, %s %s, heap max %d MB (-Xmx),"
                        + " pool %d connections (service and floor), %d rounds of a %d s run of each server, taking"
                        + " turns, after %d s of warm-up per case and server, wrk -t2 (-t1 at 1 connection), scope %s;"
                        + " rates, latencies and ratios are the rounds' medians.%n%n", started, now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, options.pool,
                options.rounds, options.seconds, options.warmup, options.scope));
        out.append("| database | case | conn. | service req/s | floor req/s | service/floor (≥ 0.70) |"
                + " each round's ratio | service p50 / p99 ms | floor p50 / p99 ms | p99 service/floor (≤ 1.5) |"
                + " JVM CPU µs per request (svc / floor) | non-2xx (svc / floor) | load avg |\n");
        out.append("|---|---|--:|--:|--:|--:|---|--:|--:|--:|--:|--:|---|\n");
        Map<String, List<Measured>> byKey = new LinkedHashMap<>();
        measured.forEach(m -> byKey.computeIfAbsent(key(m), k -> new ArrayList<>()).add(m));
        for (List<Measured> runs : byKey.values()) {
            Measured first = runs.get(0);
            List<Wrk.Result> services = results(runs, "service");
            List<Wrk.Result> floors = results(runs, "floor");
            boolean read = first.c().kind() == Kind.READ;
            String ratio = "—";
            String rounds = "—";
            String p99 = "—";
            if (!services.isEmpty()) {
                List<Double> ratios = new ArrayList<>();
                List<Double> p99s = new ArrayList<>();
                for (int i = 0; i < Math.min(services.size(), floors.size()); i++) {
                    ratios.add(services.get(i).successesPerSecond() / floors.get(i).successesPerSecond());
                    p99s.add(services.get(i).p99Millis() / floors.get(i).p99Millis());
                }
                ratio = String.format(Locale.ROOT, "%.2f %s", median(ratios), read ? mark(median(ratios) >= 0.70) : "");
                rounds = ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r))
                        .collect(Collectors.joining(", "));
                p99 = String.format(Locale.ROOT, "%.2f %s", median(p99s), read ? mark(median(p99s) <= 1.5) : "");
            }
            String cpu = (services.isEmpty() ? "—" : String.format(Locale.ROOT, "%.0f", median(runs.stream()
                    .filter(m -> m.server().equals("service")).map(Measured::cpuMicrosPerRequest).toList())))
                    + String.format(Locale.ROOT, " / %.0f", median(runs.stream().filter(m -> m.server().equals("floor"))
                    .map(Measured::cpuMicrosPerRequest).toList()));
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %.0f | %s | %s | %s | %s | %s | %s | %s / %d"
                            + " | %s |%n", first.database(), first.c().name(), first.connections(),
                    services.isEmpty() ? "route missing"
                            : String.format(Locale.ROOT, "%.0f", median(services, Wrk.Result::successesPerSecond)),
                    median(floors, Wrk.Result::successesPerSecond), ratio, rounds,
                    services.isEmpty() ? "—" : String.format(Locale.ROOT, "%.2f / %.2f",
                            median(services, Wrk.Result::p50Millis), median(services, Wrk.Result::p99Millis)),
                    String.format(Locale.ROOT, "%.2f / %.2f", median(floors, Wrk.Result::p50Millis),
                            median(floors, Wrk.Result::p99Millis)), p99, cpu,
                    services.isEmpty() ? "—" : Long.toString(services.stream().mapToLong(Wrk.Result::failures).sum()),
                    floors.stream().mapToLong(Wrk.Result::failures).sum(), first.load()));
        }
        out.append("\nHeap of the benchmark's JVM (service, idle floor server and driver together) during each"
                + " service run at the highest number of connections:\n\n");
        out.append("| database | case | conn. | round | peak used MB | max used after a GC MB | GCs | GC pause ms |\n");
        out.append("|---|---|--:|--:|--:|--:|--:|--:|\n");
        for (Measured m : measured) {
            m.heap().ifPresent(h -> out.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.0f | %.0f | %d | %d"
                            + " |%n", m.database(), m.c().name(), m.connections(), m.round(), h.peakUsedMb(),
                    h.maxAfterGcMb(), h.collections(), h.pauseMillis())));
        }
        out.append("\nStarts and restarts, to the first 200 of /health/ready:\n\n| how | seconds |\n|---|--:|\n");
        for (Restart r : restarts) {
            out.append(String.format(Locale.ROOT, "| %s | %.2f |%n", r.how(), r.seconds()));
        }
        if (!notes.isEmpty()) {
            out.append("\n");
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
        }
        return out.toString();
    }

    private static List<Wrk.Result> results(List<Measured> runs, String server) {
        return runs.stream().filter(m -> m.server().equals(server)).sorted(Comparator.comparingInt(Measured::round))
                .map(Measured::result).toList();
    }

    private static double median(List<Wrk.Result> results, ToDoubleFunction<Wrk.Result> value) {
        return median(results.stream().map(value::applyAsDouble).toList());
    }

    /** The median (of an even count, the mean of the middle two). */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String key(Measured m) {
        return m.database() + "|" + m.c().name() + "|" + m.connections();
    }

    private static String mark(boolean met) {
        return met ? "✓" : "✗";
    }

    /** The parsed arguments. */
    private static final class Options {
        List<String> databases = List.of("h2", "postgresql");
        List<Integer> connections = List.of(4, 16);
        List<Integer> cases = List.of(1, 2, 3, 4);
        int seconds = 10;
        int warmup = 20;
        int rounds = 3;
        int pool = DbSettings.DEFAULT_POOL_SIZE;
        boolean restart = true;
        String scope = "national";
        boolean reuseH2;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--databases" -> o.databases = List.of(args[++i].split(","));
                    case "--connections" -> o.connections = ints(args[++i]);
                    case "--cases" -> o.cases = ints(args[++i]);
                    case "--seconds" -> o.seconds = Integer.parseInt(args[++i]);
                    case "--warmup" -> o.warmup = Integer.parseInt(args[++i]);
                    case "--rounds" -> o.rounds = Integer.parseInt(args[++i]);
                    case "--pool" -> o.pool = Integer.parseInt(args[++i]);
                    case "--no-restart" -> o.restart = false;
                    case "--scope" -> o.scope = args[++i];
                    case "--reuse-h2" -> o.reuseH2 = true;
                    default -> throw new IllegalArgumentException("unknown argument " + a
                            + " (see LoadBenchmark's javadoc)");
                }
            }
            return o;
        }

        private static List<Integer> ints(String list) {
            return Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
        }
    }
}
