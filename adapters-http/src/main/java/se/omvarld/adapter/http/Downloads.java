package se.omvarld.adapter.http;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The headers of a file a route answers: how to save it ({@code Content-Disposition}, RFC 6266) and how long to keep
 * it ({@code Cache-Control}).
 */
public final class Downloads {

    private Downloads() {
    }

    /**
     * {@code attachment} with the file name twice: folded to ASCII for old clients, and exact in UTF-8
     * ({@code filename*}, RFC 8187), so "Lidköping" survives the save in every browser.
     */
    public static String attachment(String fileName) {
        return disposition("attachment", fileName);
    }

    /** {@code inline}: shown by the browser (a page, a feed), saved under {@code fileName} if the user saves it. */
    public static String inline(String fileName) {
        return disposition("inline", fileName);
    }

    /** The headers of a report or export that belongs to one municipality: never kept by a shared cache. */
    public static ImmutableMap<String, String> privateFile(String disposition) {
        return ImmutableMap.of("Content-Disposition", disposition, "Cache-Control", "private, no-cache");
    }

    /** The headers of what a municipality publishes: any cache may keep it for {@code seconds}. */
    public static ImmutableMap<String, String> publicFile(String disposition, int seconds) {
        return ImmutableMap.of("Content-Disposition", disposition, "Cache-Control", "public, max-age=" + seconds);
    }

    private static String disposition(String type, String fileName) {
        checkArgument(fileName != null && !fileName.isBlank(), "a file needs a name");
        checkArgument(fileName.indexOf('/') < 0 && fileName.indexOf('\\') < 0, "%s is a path, not a file name",
                fileName);
        return type + "; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    private static String ascii(String fileName) {
        String folded = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder(folded.length());
        for (char c : folded.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return out.toString();
    }

    private static String percentEncoded(String fileName) {
        StringBuilder out = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
