package se.omvarld.domain.visit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.shared.WordingKey;

/**
 * A visit's report (besöksrapport), the document R8 has a twin-town visit reported to the executive board with: its
 * file's name, kind, size and SHA-256, and when and by whom it was uploaded. The bytes themselves travel beside it.
 * A visit has at most one; a later upload replaces it. {@link #of} describes uploaded bytes; the canonical
 * constructor rebuilds a stored description, checking every invariant again.
 *
 * @param uploadedAt kept to the microsecond, as every store keeps instants
 */
public record VisitReport(MunicipalityCode municipality, VisitId visit, String fileName, Format format, long size,
        String sha256, Instant uploadedAt, String uploadedBy) {

    /** The largest report kept: the web app's upload limit, 5 MB. */
    public static final int MAX_SIZE = 5 * 1024 * 1024;
    public static final int MAX_FILE_NAME_LENGTH = 200;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** Path separators, which would let a name reach outside a download folder, and control characters. */
    private static final Pattern NOT_IN_A_NAME = Pattern.compile("[/\\\\\\p{Cntrl}]");

    /**
     * The kinds of document a report may be. Which one a file is comes from its first bytes and its name's extension
     * together, never from what a client claims: a PDF starts with {@code %PDF-}; a .docx and an .odt are both zip
     * files, told apart by the extension alone.
     */
    public enum Format {
        PDF("application/pdf", ".pdf", "%PDF-"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "PK\u0003\u0004"),
        ODT("application/vnd.oasis.opendocument.text", ".odt", "PK\u0003\u0004");

        private final String mediaType;
        private final String extension;
        private final byte[] magic;

        Format(String mediaType, String extension, String magic) {
            this.mediaType = mediaType;
            this.extension = extension;
            this.magic = magic.getBytes(StandardCharsets.ISO_8859_1);
        }

        public String mediaType() {
            return mediaType;
        }

        /** The format whose media type is {@code mediaType} (without parameters), if it is one of them. */
        public static Optional<Format> ofMediaType(String mediaType) {
            return Arrays.stream(values()).filter(f -> f.mediaType.equalsIgnoreCase(mediaType)).findFirst();
        }

        static Optional<Format> of(String fileName, byte[] content) {
            String name = fileName.toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(f -> name.endsWith(f.extension) && startsWith(content, f.magic))
                    .findFirst();
        }

        private static boolean startsWith(byte[] content, byte[] prefix) {
            return content.length >= prefix.length
                    && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
        }
    }

    public VisitReport {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(visit, "visit is required");
        fileName = fileName(fileName);
        checkNotNull(format, "format is required");
        checkArgument(size >= 1 && size <= MAX_SIZE, "size must be 1 to %s bytes, was %s", MAX_SIZE, size);
        checkArgument(sha256 != null && SHA256.matcher(sha256).matches(),
                "sha256 must be 64 lower-case hexadecimal digits, was %s", sha256);
        uploadedAt = checkNotNull(uploadedAt, "uploadedAt is required").truncatedTo(ChronoUnit.MICROS);
        uploadedBy = Text.name("uploadedBy", uploadedBy);
    }

    /**
     * Describes {@code content}, uploaded as {@code fileName}: its format from its first bytes and its name, its size
     * and its SHA-256.
     *
     * @throws InvalidValue if the name, the size or the format is not one a report may have
     */
    public static VisitReport of(MunicipalityCode municipality, VisitId visit, String fileName, byte[] content,
            Instant uploadedAt, String uploadedBy) {
        checkNotNull(content, "content is required");
        String name = fileName(fileName);
        if (content.length == 0) {
            throw InvalidValue.of(WordingKey.FIELD_REPORT_EMPTY, "must not be empty");
        }
        if (content.length > MAX_SIZE) {
            throw InvalidValue.of(WordingKey.FIELD_REPORT_TOO_LARGE, "must be at most 5 MB (" + MAX_SIZE
                    + " bytes)", 5L);
        }
        Format format = Format.of(name, content).orElseThrow(() -> InvalidValue.of(WordingKey.FIELD_REPORT_FORMAT,
                "must be a PDF (.pdf), a Word document (.docx) or an OpenDocument text (.odt), its content"
                        + " of the kind its name says"));
        return new VisitReport(municipality, visit, name, format, content.length, sha256(content), uploadedAt,
                uploadedBy);
    }

    /**
     * Whether {@code content} is the file this describes (its size and SHA-256): what every {@code VisitReports}
     * adapter checks before it keeps the two together.
     */
    public boolean describes(byte[] content) {
        checkNotNull(content, "content is required");
        return content.length == size && sha256(content).equals(sha256);
    }

    /** The lower-case hexadecimal SHA-256 of {@code content}. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String fileName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty() || name.length() > MAX_FILE_NAME_LENGTH || NOT_IN_A_NAME.matcher(name).find()) {
            throw InvalidValue.of(WordingKey.FIELD_REPORT_FILE_NAME, "must be a file name of 1 to "
                    + MAX_FILE_NAME_LENGTH + " characters, without / or \\ or control characters",
                    (long) MAX_FILE_NAME_LENGTH);
        }
        return name;
    }
}
