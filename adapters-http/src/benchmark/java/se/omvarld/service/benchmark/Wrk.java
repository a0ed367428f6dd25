package se.omvarld.service.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Runs wrk (Debian's package) with {@code benchmark/load.lua} and reads the line its {@code done()} prints. */
final class Wrk {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one wrk run measured: the requests answered, by status, and wrk's latency percentiles. */
    record Result(long requests, double seconds, double p50Millis, double p99Millis, Map<Integer, Long> statuses,
            long socketErrors, long reused) {

        /** Every answer per second, whatever its status. */
        double perSecond() {
            return requests / seconds;
        }

        long successes() {
            return statuses.entrySet().stream().filter(e -> e.getKey() >= 200 && e.getKey() < 300)
                    .mapToLong(Map.Entry::getValue).sum();
        }

        /** The 2xx answers per second: the throughput that counts. */
        double successesPerSecond() {
            return successes() / seconds;
        }

        long failures() {
            return requests - successes() + socketErrors;
        }
    }

    private final Path script;
    private final Path work;

    Wrk(Path script, Path work) {
        this.script = script;
        this.work = work;
    }

    /** Whether wrk can be run. */
    static boolean installed() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out.contains("wrk");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * {@code connections} connections for {@code seconds} on two wrk threads (one for a single connection), each
     * request on the next of {@code targets}: paths ({@code get}), or "path version" lines ({@code put}).
     */
    Result run(String base, String mode, List<String> targets, int connections, int seconds, String authorization,
            String body) throws IOException, InterruptedException {
        int threads = Math.min(2, connections);
        Path file = Files.createTempFile(work, "targets", ".txt");
        Files.write(file, targets);
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections,
                "-d" + seconds + "s", "--timeout", "10s", "-s", script.toString(), base));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("WRK_MODE", mode);
        env.put("WRK_TARGETS", file.toString());
        env.put("WRK_THREADS", Integer.toString(threads));
        env.put("WRK_AUTH", authorization == null ? "" : authorization);
        env.put("WRK_BODY", body == null ? "" : body);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        Files.deleteIfExists(file);
        String line = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk exited " + exit + " without a result:\n" + out));
        JsonNode r = JSON.readTree(line.substring("RESULT ".length()));
        Map<Integer, Long> statuses = new TreeMap<>();
        r.get("statuses").fields().forEachRemaining(e -> statuses.put(Integer.valueOf(e.getKey()),
                e.getValue().asLong()));
        long socketErrors = r.get("connectErrors").asLong() + r.get("readErrors").asLong()
                + r.get("writeErrors").asLong() + r.get("timeouts").asLong();
        return new Result(r.get("requests").asLong(), r.get("durationMicros").asLong() / 1e6,
                r.get("p50Micros").asLong() / 1e3, r.get("p99Micros").asLong() / 1e3, statuses, socketErrors,
                r.get("reused").asLong());
    }
}
