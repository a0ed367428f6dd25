package se.omvarld.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.omvarld.adapter.http.ReferenceDataImports;

/**
 * Fetches the ECB's rates file from {@code url} every {@code every} and imports what it adds
 * ({@link ReferenceDataImports#exchangeRates}): the ECB publishes a new day every business day around 16:00 CET. A
 * failed fetch or a bad file is logged and changes nothing; the next turn tries again.
 */
final class EcbRefresh implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EcbRefresh.class);

    private final URI url;
    private final ReferenceDataImports imports;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ecb-refresh");
        t.setDaemon(true);
        return t;
    });

    EcbRefresh(URI url, ReferenceDataImports imports) {
        this.url = checkNotNull(url, "url is required");
        this.imports = checkNotNull(imports, "imports are required");
    }

    /** Refreshes now, in the background, and then every {@code every}. */
    EcbRefresh every(Duration every) {
        scheduler.scheduleWithFixedDelay(this::refreshLogged, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Fetches and imports the file now. */
    ReferenceDataImports.Imported refreshNow() throws IOException, InterruptedException {
        HttpResponse<java.io.InputStream> response = http.send(HttpRequest.newBuilder(url)
                .timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStreamReader csv = new InputStreamReader(response.body(), StandardCharsets.UTF_8)) {
            if (response.statusCode() != 200) {
                throw new IOException(url + " answered " + response.statusCode());
            }
            String path = url.getPath();
            return imports.exchangeRates(path.isEmpty() ? url.toString() : path.substring(path.lastIndexOf('/') + 1),
                    csv);
        }
    }

    private void refreshLogged() {
        try {
            ReferenceDataImports.Imported imported = refreshNow();
            LOG.info("ECB rates refreshed from {}: {} added, {} unchanged", url, imported.added(),
                    imported.unchanged());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("ECB rates not refreshed from {}: {}", url, e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
