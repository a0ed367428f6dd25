package se.omvarld.adapter.http;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What a route answers on success: a status, a body (JSON, text, bytes, or none), the version of the one resource it shows (its
 * ETag) and, for a created resource, where it lives.
 */
public record Reply(int status, Object body, OptionalLong version, String location) {

    public static Reply ok(Object body) {
        return new Reply(200, body, OptionalLong.empty(), null);
    }

    public static Reply ok(Object body, long version) {
        return new Reply(200, body, OptionalLong.of(version), null);
    }

    public static Reply created(Object body, long version, String location) {
        return new Reply(201, body, OptionalLong.of(version), location);
    }

    /** A body that is not JSON: text of a media type, such as metrics or a page. */
    public record Text(String contentType, String text) {
    }

    public static Reply text(String contentType, String text) {
        return new Reply(200, new Text(contentType, text), OptionalLong.empty(), null);
    }

    /**
     * A body of bytes of a media type, such as a script, a stylesheet or a report, with the headers that say how to
     * keep it ({@code Cache-Control}) or save it ({@code Content-Disposition}).
     */
    public record Bytes(String contentType, byte[] bytes, ImmutableMap<String, String> headers) {
        public Bytes {
            checkNotNull(contentType, "contentType is required");
            checkNotNull(bytes, "bytes are required");
            headers = ImmutableMap.copyOf(headers);
        }
    }

    public static Reply bytes(String contentType, byte[] bytes, Map<String, String> headers) {
        return new Reply(200, new Bytes(contentType, bytes, ImmutableMap.copyOf(headers)), OptionalLong.empty(), null);
    }

    public static Reply noContent() {
        return new Reply(204, null, OptionalLong.empty(), null);
    }

    /** The strong ETag of a resource at {@code version}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
