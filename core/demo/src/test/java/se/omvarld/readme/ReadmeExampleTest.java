package se.omvarld.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding example compiles against the core and the demo data and runs, so the README does not lie.
 */
class ReadmeExampleTest {

    private static final String MARKER = "<!-- embed-example -->";

    @Test
    void the_embedding_example_in_the_readme_compiles_and_prints_lidkopings_obligations(@TempDir Path work)
            throws Exception {
        Path source = work.resolve("EmbedExample.java");
        Files.writeString(source, example(), StandardCharsets.UTF_8);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();

        int status = compiler.run(null, null, null, "-classpath", testClasspath(), "-d", work.toString(),
                source.toString());

        assertThat(status).as("javac exit status").isZero();
        String printed = run(work);
        assertThat(printed).contains("2026-03-31  R5/annual-compilation/2025  to Kommunstyrelsen  OVERDUE")
                .contains("2027-03-31  R5/annual-compilation/2026  to Kommunstyrelsen");
    }

    private static String example() throws IOException {
        String readme = Files.readString(readme(), StandardCharsets.UTF_8);
        int marker = readme.indexOf(MARKER);
        assertThat(marker).as("the README marks its example with " + MARKER).isNotNegative();
        int start = readme.indexOf("```java\n", marker) + "```java\n".length();
        int end = readme.indexOf("```", start);
        return readme.substring(start, end);
    }

    /** The README at the root of the build, seen from this module ({@code core/demo}) or from the root. */
    private static Path readme() {
        return Optional.of(Path.of("README.md")).filter(Files::exists).orElse(Path.of("..", "..", "README.md"));
    }

    /** Surefire may hide the real class path behind a manifest-only jar; it also publishes the real one. */
    private static String testClasspath() {
        return Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .orElse(System.getProperty("java.class.path"));
    }

    private static String run(Path classes) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeExampleTest.class.getClassLoader())) {
            Method main = loader.loadClass("EmbedExample").getMethod("main", String[].class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
