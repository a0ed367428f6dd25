package se.omvarld.adapter.http.web;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.hash.Hashing;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import se.omvarld.adapter.http.HttpApi;

/**
 * Files served as they are from a folder of the class path: the web app's stylesheet, and the webjars' scripts.
 *
 * <p>Javalin's static files would serve them too, but they mount the service's jar as a zip file system when the
 * server is configured: its 40,000 entries read by code not yet compiled, a fifth of a restart's time
 * (adapters-http/BENCHMARK.md). These are read from the class path when first asked for, and kept: the folders
 * hold a few hundred kilobytes.
 */
final class ClasspathFiles {

    /** Names of folders and files in the path: no {@code ..}, no empty segment, nothing to escape. */
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "map", "application/json",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff2", "font/woff2",
            "html", "text/html; charset=utf-8");

    /** A file read: its bytes, media type and entity tag. */
    private record File(byte[] content, String contentType, String etag) {
    }

    private final String hostedPath;
    private final String directory;
    private final String cacheControl;
    private final ConcurrentMap<String, File> read = new ConcurrentHashMap<>();

    /**
     * The files below {@code directory} of the class path (without a leading {@code /}), served below
     * {@code hostedPath} with {@code cacheControl}.
     */
    ClasspathFiles(String hostedPath, String directory, String cacheControl) {
        checkArgument(hostedPath.startsWith("/") && !hostedPath.endsWith("/"), "hosted path /a, was %s", hostedPath);
        checkArgument(!directory.startsWith("/") && !directory.endsWith("/"), "directory a/b, was %s", directory);
        this.hostedPath = hostedPath;
        this.directory = directory;
        this.cacheControl = cacheControl;
    }

    void register(JavalinConfig config) {
        config.routes.get(hostedPath + "/<path>", this::serve);
    }

    private void serve(Context ctx) {
        HttpApi.matched(ctx, hostedPath + "/{path}");
        File file = find(ctx.pathParam("path")).orElseThrow(NotFoundResponse::new);
        ctx.header("Cache-Control", cacheControl);
        ctx.header("ETag", file.etag());
        if (file.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(file.contentType()).result(file.content());
    }

    /** The file at {@code path} below the directory; only files that exist are kept, so the map stays small. */
    private Optional<File> find(String path) {
        File known = read.get(path);
        if (known != null) {
            return Optional.of(known);
        }
        if (!PATH.matcher(path).matches()) {
            return Optional.empty();
        }
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(directory + "/" + path)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] content = in.readAllBytes();
            File file = new File(content, type, "\"" + Hashing.sha256().hashBytes(content).toString().substring(0, 32)
                    + "\"");
            read.put(path, file);
            return Optional.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the file " + path + " of the class path could not be read", e);
        }
    }
}
