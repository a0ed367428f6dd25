package se.omvarld.service.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.omvarld.adapter.db.Database;
import se.omvarld.adapter.db.DbSettings;
import se.omvarld.adapter.db.ReferenceDataImport;
import se.omvarld.adapter.db.benchmark.NationalRegister;
import se.omvarld.adapter.http.Passwords;
import se.omvarld.adapter.http.web.WebSettings;
import se.omvarld.domain.access.EmailAddress;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.service.Service;
import se.omvarld.service.ServiceSettings;

/**
 * How long the web app's pages take to render on the server with the national data set loaded (see
 * {@code adapters-http/BENCHMARK.md}, "Web pages"): the largest municipality's coordinator, signed in, asks for each
 * page one request at a time — the lists, the forms for a new record, and a record of each kind with one of its forms,
 * found by following the lists' first links — its admin for the admin's pages, and a first visitor for the sign-in
 * page (no concurrency: the figure is a page's own
 * cost, not the server's throughput), after a warm-up; the benchmark prints each page's median, 90th and 99th percentile and maximum, and whether the median is
 * under the target of {@value #TARGET_MS} ms. Times are measured by the client on the same machine, so they include
 * the loopback HTTP exchange (well under a millisecond).
 *
 * <p>Arguments (optional): {@code --requests 300} measured per page, {@code --warmup 200} requests per page before,
 * {@code --scope national|alone}, {@code --reuse-h2} (keep the H2 file of an earlier run of this benchmark).
 */
public final class WebPageBenchmark {

    static final int TARGET_MS = 50;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String EMAIL = "samordnare@benchmark.omvarld.se";
    private static final String PASSWORD = "Benchmark-2026-Omvärld";
    private static final String ADMIN_EMAIL = "admin@benchmark.omvarld.se";
    /** The pages measured signed in as the coordinator, by path: a page author adds theirs here. */
    private static final List<String> PAGES = List.of("/app/", "/app/projects", "/app/partnerships", "/app/grants",
            "/app/visits", "/app/funding", "/app/obligations", "/app/organisation", "/app/reports",
            "/app/admin/profile", "/app/account", "/app/projects/new", "/app/partnerships/new", "/app/visits/new");
    /** The pages only an admin sees, measured signed in as one. */
    private static final List<String> ADMIN_PAGES = List.of("/app/admin/users", "/app/admin/tokens",
            "/app/admin/reference-data");
    /**
     * The record pages, found in the loaded data set: the first record a list links to, and the first form a record
     * page links to (on the first record that has one, since a closed record offers none).
     */
    private static final List<Found> FOUND = List.of(
            new Found("a project", "/app/projects", record("projects"), Optional.empty()),
            new Found("a project's step form", "/app/projects", record("projects"), Optional.of(form("projects"))),
            new Found("a partnership", "/app/partnerships", record("partnerships"), Optional.empty()),
            new Found("a partnership's change form", "/app/partnerships", record("partnerships"),
                    Optional.of(form("partnerships"))),
            new Found("a grant", "/app/grants", record("grants"), Optional.empty()),
            new Found("a grant's decision form", "/app/grants", record("grants"), Optional.of(form("grants"))),
            new Found("a visit", "/app/visits", record("visits"), Optional.empty()),
            new Found("an obligation's settle form", "/app/obligations",
                    Pattern.compile("href=\"(/app/obligations/settle\\?[^\"]+)\""), Optional.empty()),
            new Found("the annual compilation as a page", "/app/reports",
                    Pattern.compile("href=\"(/app/reports/annual/\\d+\\?format=html&amp;lang=sv)\""),
                    Optional.empty()));
    /** How many of a list's records are looked at for one that links to a form. */
    private static final int RECORDS_LOOKED_AT = 50;

    /** A page found by following links: from {@code list}, the first {@code record}, then its first {@code form}. */
    private record Found(String what, String list, Pattern record, Optional<Pattern> form) {
    }

    private WebPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> given = Arrays.asList(args);
        int requests = intOption(given, "--requests", 300);
        int warmup = intOption(given, "--warmup", 200);
        boolean alone = given.contains("--scope") && given.get(given.indexOf("--scope") + 1).equals("alone");
        Path work = Path.of("target", "web-benchmark").toAbsolutePath();
        Path folder = work.resolve("h2");
        boolean reuse = given.contains("--reuse-h2") && Files.exists(folder.resolve("omvarld.mv.db"));
        DbSettings settings = new DbSettings("jdbc:h2:file:" + folder.resolve("omvarld") + DbSettings.H2_FLAGS,
                DbSettings.DEFAULT_USER, DbSettings.DEFAULT_PASSWORD, 10, Optional.empty());
        if (!reuse) {
            Files.createDirectories(work);
            try (Database db = Database.start(settings)) {
                log("loading the national data set (" + (alone ? "alone" : "national") + ") into H2 ...");
                new ReferenceDataImport(db.persistence()).importShippedIfEmpty();
                log("loaded " + new NationalRegister().store(db.persistence(), alone) + " projects");
            }
            LoadBenchmark.tokens(settings);
        }
        try (Database db = Database.start(settings)) {
            var accounts = db.persistence().accounts();
            for (String email : List.of(EMAIL, ADMIN_EMAIL)) {
                if (db.persistence().transactions().inTransaction(() -> accounts.findByEmail(EmailAddress.of(email)))
                        .isEmpty()) {
                    db.persistence().transactions().inTransaction(() -> accounts.save(UserAccount.open(
                            UUID.randomUUID().toString(), LoadBenchmark.CODE, EmailAddress.of(email),
                            email.equals(EMAIL) ? "Benchmark Samordnare" : "Benchmark Admin",
                            email.equals(EMAIL) ? Role.COORDINATOR : Role.ADMIN, Optional.empty(),
                            Passwords.hash(PASSWORD.toCharArray()), ReportLanguage.SWEDISH, Instant.now())));
                }
            }
        }
        StringBuilder report = new StringBuilder("| page | median ms | p90 ms | p99 ms | max ms | median < "
                + TARGET_MS + " ms |\n|---|---|---|---|---|---|\n");
        try (Service service = Service.start(new ServiceSettings(0, false,
                Optional.of(LoadBenchmark.profile(work)), settings), WebSettings.defaults(URI.create(
                        "http://localhost")))) {
            String base = "http://localhost:" + service.port();
            HttpClient http = signedIn(base, EMAIL);
            for (String page : PAGES) {
                report.append(measure(http, base + page, page + " (signed in)", warmup, requests));
            }
            for (Found found : FOUND) {
                String page = find(http, base, found);
                report.append(measure(http, base + page, page + " (" + found.what() + ")", warmup, requests));
            }
            HttpClient admin = signedIn(base, ADMIN_EMAIL);
            for (String page : ADMIN_PAGES) {
                report.append(measure(admin, base + page, page + " (an admin)", warmup, requests));
            }
            // Without cookies: every request is a first visit, which begins a session.
            report.append(measure(HttpClient.newHttpClient(), base + "/app/sign-in", "/app/sign-in (first visit)",
                    warmup, requests));
        }
        System.out.println();
        System.out.println("Web pages of municipality " + LoadBenchmark.CODE.value() + ", " + requests
                + " requests each after " + warmup + ", one at a time (load " + LoadBenchmark.loadAverage() + "):");
        System.out.println(report);
        Files.writeString(work.resolve("results.md"), report.toString());
        System.exit(0);
    }

    private static String measure(HttpClient http, String url, String page, int warmup, int requests)
            throws IOException, InterruptedException {
        for (int i = 0; i < warmup; i++) {
            fetch(http, url);
        }
        double[] millis = new double[requests];
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            fetch(http, url);
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        double median = at(millis, 0.5);
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %s |%n", page, median, at(millis, 0.9),
                at(millis, 0.99), millis[millis.length - 1], median < TARGET_MS ? "yes" : "**no**");
    }

    /** The path of {@code found}'s page in the loaded data set, HTML's {@code &amp;} undone. */
    private static String find(HttpClient http, String base, Found found) throws IOException, InterruptedException {
        Matcher records = found.record().matcher(fetch(http, base + found.list()));
        for (int looked = 0; looked < RECORDS_LOOKED_AT && records.find(); looked++) {
            String record = records.group(1).replace("&amp;", "&");
            if (found.form().isEmpty()) {
                return record;
            }
            Matcher form = found.form().get().matcher(fetch(http, base + record));
            if (form.find()) {
                return form.group(1).replace("&amp;", "&");
            }
        }
        throw new IllegalStateException("no page of " + found.what() + " linked from the first " + RECORDS_LOOKED_AT
                + " records of " + found.list());
    }

    /** A link to a record of the list {@code /app/<list>} (not to its form for a new one). */
    private static Pattern record(String list) {
        return Pattern.compile("href=\"(/app/" + list + "/(?!new\")[^\"/?]+)\"");
    }

    /** A link from a record of {@code /app/<list>} to one of its forms ({@code /app/projects/<id>/start}). */
    private static Pattern form(String list) {
        return Pattern.compile("href=\"(/app/" + list + "/[^\"/?]+/[a-z-]+)\"");
    }

    private static HttpClient signedIn(String base, String email) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        signIn(http, base, email);
        return http;
    }

    private static void signIn(HttpClient http, String base, String email) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(fetch(http, base + "/app/sign-in"));
        if (!token.find()) {
            throw new IllegalStateException("the sign-in page has no CSRF field");
        }
        String form = "_csrf=" + token.group(1) + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/app/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 303) {
            throw new IllegalStateException("sign-in answered " + answer.statusCode());
        }
    }

    private static String fetch(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + answer.statusCode());
        }
        return answer.body();
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))];
    }

    private static int intOption(List<String> args, String name, int otherwise) {
        int i = args.indexOf(name);
        return i < 0 ? otherwise : Integer.parseInt(args.get(i + 1));
    }

    private static void log(String line) {
        System.out.println(Instant.now() + " " + line);
    }
}
