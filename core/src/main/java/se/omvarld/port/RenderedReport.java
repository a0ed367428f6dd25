package se.omvarld.port;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Objects;

/**
 * A report written in one format, ready to be sent: the file name a download is saved under, its media type (the
 * {@code Content-Type}) and its bytes. The bytes are copied in and out, so a report cannot change once written.
 */
public record RenderedReport(String fileName, String mediaType, byte[] content) {

    public RenderedReport {
        checkArgument(fileName != null && !fileName.isBlank(), "a report needs a file name");
        checkArgument(!fileName.contains("/") && !fileName.contains("\\"), "a file name has no path: %s", fileName);
        checkArgument(mediaType != null && !mediaType.isBlank(), "a report needs a media type");
        content = checkNotNull(content, "content is required").clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenderedReport other && fileName.equals(other.fileName)
                && mediaType.equals(other.mediaType) && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return fileName + " (" + mediaType + ", " + content.length + " bytes)";
    }
}
