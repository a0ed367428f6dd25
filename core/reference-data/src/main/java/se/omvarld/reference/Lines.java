package se.omvarld.reference;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.WordingKey;

/** Reading a reference file: its lines with their numbers, and the shipped copies on the classpath. */
final class Lines {

    /** A line of a file, numbered from 1. */
    record Line(int number, String text) {
    }

    private Lines() {
    }

    /** Every line of {@code csv}, numbered; the reader is read to its end, not closed. */
    static ImmutableList<Line> of(String file, Reader csv) {
        ImmutableList.Builder<Line> lines = ImmutableList.builder();
        BufferedReader reader = csv instanceof BufferedReader b ? b : new BufferedReader(csv);
        try {
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                lines.add(new Line(number, number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        ImmutableList<Line> all = lines.build();
        if (all.isEmpty()) {
            throw InvalidValue.of(WordingKey.FIELD_FILE_EMPTY, file + " is empty", file);
        }
        return all;
    }

    /** Reads the copy shipped beside {@code type}'s class, as UTF-8. */
    static <T> T shipped(Class<?> type, String file, BiFunction<String, Reader, T> read) {
        InputStream in = type.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("the shipped reference file " + file + " is missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read.apply(file, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
