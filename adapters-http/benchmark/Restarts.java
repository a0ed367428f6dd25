import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Restarts of the deployable on the national H2 file of the load benchmark, each a new process
 * ({@code java -Xmx256m -jar omvarld-service.jar}) timed from its start to the first 200 of /health/ready, with the
 * CPU time the process had used by then (on a shared machine the steadier figure) and the load average before it.
 * First {@code n} plain starts, then one training start writing the application class-data archive
 * ({@code -XX:ArchiveClassesAtExit}, dumped when the process is stopped), then {@code n} starts mapping it
 * ({@code -XX:SharedArchiveFile}), as README.md's run section deploys it. Run by restarts.sh:
 * {@code java Restarts.java N JAR H2_URL PROFILES_DIR ARCHIVE ["FURTHER JVM OPTIONS"]}.
 */
public final class Restarts {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path jar = Path.of(args[1]);
        String url = args[2];
        String profiles = args[3];
        Path archive = Path.of(args[4]);
        List<String> extra = args.length > 5 ? Arrays.stream(args[5].split(" ")).filter(o -> !o.isBlank()).toList()
                : List.of();
        Files.deleteIfExists(archive);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.out.println("Restarts of " + jar + " on " + url + ", " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        System.out.println();
        System.out.println("| how | ready after s | CPU used s | load avg before |");
        System.out.println("|---|--:|--:|---|");
        List<String> plain = List.of();
        List<String> training = List.of("-XX:ArchiveClassesAtExit=" + archive);
        List<String> shared = List.of("-XX:SharedArchiveFile=" + archive);
        List<List<String>> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            runs.add(plain);
        }
        runs.add(training);
        for (int i = 0; i < n; i++) {
            runs.add(shared);
        }
        for (List<String> options : runs) {
            List<String> command = new ArrayList<>(List.of(java, "-Xmx256m"));
            command.addAll(extra);
            command.addAll(options);
            command.addAll(List.of("-jar", jar.toString()));
            String how = options == plain ? "plain" : options == training
                    ? "training start, writing the archive" : "with the archive (-XX:SharedArchiveFile)";
            start(command, how, url, profiles);
        }
    }

    private static void start(List<String> command, String how, String url, String profiles) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("OMVARLD_PORT", Integer.toString(port));
        builder.environment().put("OMVARLD_DEMO_DATA", "false");
        builder.environment().put("OMVARLD_PROFILES_DIR", profiles);
        builder.environment().put("OMVARLD_DB_URL", url);
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0] + " "
                + Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[1];
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long t0 = System.nanoTime();
        Process process = builder.start();
        try {
            while (process.isAlive() && System.nanoTime() - t0 < 120_000_000_000L) {
                try {
                    if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        double seconds = (System.nanoTime() - t0) / 1e9;
                        System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %s |%n", how, seconds,
                                cpuSeconds(process.pid()), load);
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(5);
            }
            throw new IllegalStateException("not ready after 120 s (or exited): " + command);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    /** User and system CPU time of the process so far, from /proc (clock ticks of 1/100 s). */
    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }
}
