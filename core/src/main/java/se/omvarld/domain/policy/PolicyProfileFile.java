package se.omvarld.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.io.CharStreams;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A policy profile written in a text file (profilfil), read into a {@link PolicyProfile} through
 * {@link PolicyProfileSettings}: the way a municipality that is not one of the shipped four defines its own policy.
 *
 * <pre>
 * # Vänersborgs kommun, internationell policy
 * municipality.code=1487
 * policy.name=Vänersborgs kommun: Internationell policy
 * rules=R5,R6
 * r6.annual-report-section-due=--02-28
 * </pre>
 *
 * <p>What the file may hold, and nothing more (a small, strict part of the {@code .properties} syntax):
 * <ul>
 *   <li>UTF-8 text; a byte order mark at the start is ignored. {@link #read(InputStream)} decodes strictly: bytes
 *       that are not UTF-8 (a file saved as ISO-8859-1 or Windows-1252) are an error naming their line, never
 *       mojibake. {@link #read(Reader)} takes text the caller has already decoded, so the caller chooses the charset:
 *       open it as UTF-8 ({@code Files.newBufferedReader(path)} does). Never use {@code Properties.load(InputStream)}:
 *       it decodes ISO-8859-1 and turns "Vänersborg" into "VÃ¤nersborg".</li>
 *   <li>One setting per line, {@code key=value}, split at the first {@code =}; spaces around key and value are
 *       dropped. A value may contain further {@code =}, {@code :} and {@code #}.</li>
 *   <li>Lines that are blank, or whose first non-blank character is {@code #} or {@code !}, are comments.</li>
 *   <li>Line ends {@code \n}, {@code \r\n} or {@code \r}; lines are numbered from 1.</li>
 *   <li>Not supported, and reported as an error on their line rather than read differently from
 *       {@link java.util.Properties}: backslash escapes ({@code \u00e5}, {@code \:}) and continuation lines (a line
 *       ending in {@code \}), and {@code key:value} or {@code key value} without {@code =}. Write the characters
 *       themselves in UTF-8, one setting per line.</li>
 * </ul>
 *
 * <p>{@value PolicyProfileSettings#MUNICIPALITY_CODE} and {@value PolicyProfileSettings#POLICY_NAME} are required;
 * every other key of {@link PolicyProfileSettings#KEYS} may be left out and then takes its default. A key given twice
 * is an error. Every problem in the file is reported at once, in one {@link InvalidFile} naming each key, its line and
 * the reason. Core opens no files: the caller opens the stream or reader, and closes it.
 */
public final class PolicyProfileFile {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private PolicyProfileFile() {
    }

    /**
     * Reads a profile from UTF-8 bytes, decoding strictly. The stream is read to its end and not closed.
     *
     * @throws InvalidFile naming every problem: each line that is not UTF-8 or not a setting, each key given twice,
     *     each key {@link PolicyProfileSettings} refuses, each required key missing
     * @throws IOException when the stream cannot be read
     */
    public static PolicyProfile read(InputStream utf8) throws IOException {
        checkNotNull(utf8, "input is required");
        byte[] bytes = utf8.readAllBytes();
        List<Line> lines = new ArrayList<>();
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int number = 1;
        for (int i = start; i <= bytes.length; i++) {
            boolean end = i == bytes.length;
            if (end || bytes[i] == '\n' || bytes[i] == '\r') {
                lines.add(decode(number++, bytes, start, i));
                if (!end && bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return parse(lines);
    }

    /**
     * Reads a profile from text the caller has decoded (open it as UTF-8). The reader is read to its end and not
     * closed.
     *
     * @throws InvalidFile naming every problem with its line
     * @throws IOException when the reader cannot be read
     */
    public static PolicyProfile read(Reader text) throws IOException {
        checkNotNull(text, "reader is required");
        String all = CharStreams.toString(text);
        List<Line> lines = new ArrayList<>();
        int start = !all.isEmpty() && all.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
        int number = 1;
        for (int i = start; i <= all.length(); i++) {
            boolean end = i == all.length();
            if (end || all.charAt(i) == '\n' || all.charAt(i) == '\r') {
                lines.add(new Line(number++, all.substring(start, i), false));
                if (!end && all.charAt(i) == '\r' && i + 1 < all.length() && all.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return parse(lines);
    }

    private static Line decode(int number, byte[] bytes, int from, int to) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = strict.decode(ByteBuffer.wrap(bytes, from, to - from));
            return new Line(number, chars.toString(), false);
        } catch (CharacterCodingException e) {
            return new Line(number, new String(bytes, from, to - from, StandardCharsets.UTF_8), true);
        }
    }

    private static PolicyProfile parse(List<Line> lines) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (Line line : lines) {
            String text = line.text().strip();
            if (text.isEmpty() || text.startsWith("#") || text.startsWith("!")) {
                if (line.notUtf8()) {
                    problems.add(new Problem(line.number(), "", Problem.NOT_UTF8));
                }
                continue;
            }
            int equals = text.indexOf('=');
            String key = equals < 0 ? "" : text.substring(0, equals).strip();
            String value = equals < 0 ? "" : text.substring(equals + 1).strip();
            if (line.notUtf8()) {
                problems.add(new Problem(line.number(), key, Problem.NOT_UTF8));
            } else if (text.indexOf('\\') >= 0) {
                problems.add(new Problem(line.number(), key, "has a backslash: escapes and continuation lines are not"
                        + " supported; write the characters themselves in UTF-8, one setting per line"));
            } else if (equals < 0) {
                problems.add(new Problem(line.number(), "", "'" + text + "' is not key=value"));
            } else if (key.isEmpty()) {
                problems.add(new Problem(line.number(), "", "has no key before '='"));
            } else if (text.indexOf('\uFFFD') >= 0) {
                problems.add(new Problem(line.number(), key, "holds U+FFFD, the replacement character: the text was"
                        + " decoded with the wrong charset; open the file as UTF-8"));
            } else if (lineOf.containsKey(key)) {
                problems.add(new Problem(line.number(), key, "is given twice: first on line " + lineOf.get(key)));
            } else {
                lineOf.put(key, line.number());
                settings.put(key, value);
            }
        }
        // Lines that could not be read leave their keys out: report what the settings say about the rest, but a
        // "required" key that is in the file on a bad line is already reported there.
        Set<String> onBadLines = problems.stream().map(Problem::key).filter(k -> !k.isEmpty())
                .collect(Collectors.toSet());
        PolicyProfile profile = null;
        try {
            profile = PolicyProfileSettings.parse(settings);
        } catch (IllegalArgumentException e) {
            for (Problem p : attribute(e.getMessage(), settings.keySet(), lineOf)) {
                if (!(p.line() == 0 && onBadLines.contains(p.key()))) {
                    problems.add(p);
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt((Problem p) -> p.line() == 0 ? Integer.MAX_VALUE : p.line()));
            throw new InvalidFile(ImmutableList.copyOf(problems));
        }
        return profile;
    }

    /**
     * Splits the message of {@link PolicyProfileSettings#parse}, which names each key followed by its reason and
     * separates them with "; ", into one problem per key on that key's line (0 for a key not in the file). A part
     * that names no key is kept whole, without a line.
     */
    static List<Problem> attribute(String message, Set<String> fileKeys, Map<String, Integer> lineOf) {
        Set<String> keys = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        keys.addAll(PolicyProfileSettings.KEYS);
        keys.addAll(fileKeys);
        List<Integer> starts = new ArrayList<>();
        List<String> startKeys = new ArrayList<>();
        String text = message == null ? "" : message;
        for (int i = 2; i < text.length(); i++) {
            if (!(text.startsWith(": ", i - 2) || text.startsWith("; ", i - 2))) {
                continue;
            }
            for (String key : keys) {
                if (text.startsWith(key + " ", i)) {
                    starts.add(i);
                    startKeys.add(key);
                    break;
                }
            }
        }
        List<Problem> problems = new ArrayList<>();
        if (starts.isEmpty()) {
            problems.add(new Problem(0, "", text));
            return problems;
        }
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) - 2 : text.length();
            String key = startKeys.get(s);
            problems.add(new Problem(lineOf.getOrDefault(key, 0), key, text.substring(from + key.length() + 1, to)));
        }
        return problems;
    }

    private record Line(int number, String text, boolean notUtf8) {
    }

    /**
     * One problem in a profile file: the line (0 when the problem is a key missing from the file), the key it
     * concerns (empty when the line has none), and the reason.
     */
    public record Problem(int line, String key, String reason) {

        static final String NOT_UTF8 = "is not UTF-8 text (was the file saved as ISO-8859-1 or Windows-1252?);"
                + " save it as UTF-8";

        public Problem {
            checkArgument(line >= 0, "line must not be negative, was %s", line);
            checkNotNull(key, "key is required (empty when the line has none)");
            checkNotNull(reason, "reason is required");
        }

        @Override
        public String toString() {
            String where = line == 0 ? "" : "line " + line + ": ";
            return where + (key.isEmpty() ? reason : key + " " + reason);
        }
    }

    /** A profile file with at least one problem; the message lists them all, in the order of the file. */
    public static final class InvalidFile extends IllegalArgumentException {

        private final ImmutableList<Problem> problems;

        InvalidFile(ImmutableList<Problem> problems) {
            super("invalid policy profile file: " + problems.stream().map(Problem::toString)
                    .collect(Collectors.joining("; ")));
            this.problems = problems;
        }

        /** Every problem, in the order of the file; keys missing from the file last. */
        public ImmutableList<Problem> problems() {
            return problems;
        }
    }
}
