package se.omvarld.reference;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.domain.twintown.TwinTownRow;

/**
 * A list of twin towns in the layout of Wikipedia's lists as the Hekman/twincities scrape has them: a header
 * {@value #HEADER}, then one pair a line, RFC 4180 quoting ({@code Gotland,Sweden,Mariehamn,"Åland Islands,
 * Finland"}). {@link #shipped()} reads the copy this module ships (26,114 pairs).
 *
 * <p>A file that cannot be the list is refused whole, before anything is taken from it, with an error that names
 * what is wrong: an empty file, another header (named), bytes that are not UTF-8 (the line named), a line that is
 * not four fields (the line named). What the rows say is the import's to judge, row by row.
 */
public final class TwinTownsCsv {

    /** The shipped file, relative to this package on the classpath. */
    public static final String FILE = "twin-towns/twin_cities_raw.csv";
    /** The header line the file must start with. */
    public static final String HEADER = "city1,country1,city2,country2";

    private TwinTownsCsv() {
    }

    /** The rows of the file this module ships. */
    public static ImmutableList<TwinTownRow> shipped() {
        InputStream in = TwinTownsCsv.class.getResourceAsStream(FILE);
        if (in == null) {
            throw new IllegalStateException("the shipped reference file " + FILE + " is missing from the classpath");
        }
        try (in) {
            return read(FILE, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    /**
     * The rows of {@code csv}, read to its end and not closed; {@code file} names it in errors.
     *
     * @throws IllegalArgumentException naming the file, and the line or header, when it is not such a list
     * @throws UncheckedIOException when the stream fails
     */
    public static ImmutableList<TwinTownRow> read(String file, InputStream csv) {
        checkNotNull(csv, "csv is required");
        try {
            return read(file, csv.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The rows of {@code bytes}; see {@link #read(String, InputStream)}. */
    public static ImmutableList<TwinTownRow> read(String file, byte[] bytes) {
        checkNotNull(file, "file is required");
        checkNotNull(bytes, "bytes are required");
        String text = utf8(file, bytes);
        if (text.isBlank()) {
            throw InvalidValue.of(WordingKey.FIELD_FILE_TWIN_TOWNS_EMPTY, file + " is empty: a list of twin towns"
                    + " starts with the header " + HEADER, file, HEADER);
        }
        String[] lines = text.split("\r?\n", -1);
        String header = lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[0];
        if (!header.strip().equals(HEADER)) {
            throw InvalidValue.of(WordingKey.FIELD_FILE_HEADER, file + " does not start with the header " + HEADER
                    + " but with '" + header + "'", file, HEADER, header);
        }
        ImmutableList.Builder<TwinTownRow> rows = ImmutableList.builder();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> fields = fields(file, i + 1, lines[i]);
            if (fields.size() != 4) {
                throw InvalidValue.of(WordingKey.FIELD_FILE_FIELD_COUNT, file + " line " + (i + 1) + " has "
                        + fields.size() + " fields, not the 4 of " + HEADER + ": '" + lines[i] + "'", file, i + 1,
                        fields.size(), HEADER, lines[i]);
            }
            rows.add(new TwinTownRow(i + 1, fields.get(0), fields.get(1), fields.get(2), fields.get(3)));
        }
        return rows.build();
    }

    /** The text, or an error naming the first line with bytes that are not UTF-8. */
    private static String utf8(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            String hex = String.format("0x%02X", bytes[in.position()] & 0xFF);
            throw InvalidValue.of(WordingKey.FIELD_FILE_NOT_UTF8, file + " line " + line + " is not UTF-8: byte "
                    + hex + " at offset " + in.position(), file, line, hex, in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The fields of one line as RFC 4180 quotes them; a quote left open is an error naming the line. */
    private static List<String> fields(String file, int line, String text) {
        List<String> fields = new ArrayList<>(4);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw InvalidValue.of(WordingKey.FIELD_FILE_QUOTE_OPEN, file + " line " + line + " has a quote that is"
                    + " never closed: '" + text + "'", file, line, text);
        }
        fields.add(field.toString());
        return fields;
    }
}
