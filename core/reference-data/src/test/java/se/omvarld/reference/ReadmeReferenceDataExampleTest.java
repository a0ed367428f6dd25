package se.omvarld.reference;

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
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's examples of loading a profile file and of the reference data compile against this module and the
 * core, and run: an integrator who copies them gets what the README says.
 */
class ReadmeReferenceDataExampleTest {

    @Test
    void the_profile_file_example_reads_the_readmes_file_with_its_swedish_letters(@TempDir Path work)
            throws Exception {
        Path file = work.resolve("vanersborg.properties");
        Files.writeString(file, block("<!-- profile-file-example -->", "properties"), StandardCharsets.UTF_8);

        String printed = compileAndRun(work, "ProfileFileExample", block("<!-- profile-file-example -->", "java"),
                file.toString());

        assertThat(printed).startsWith("1487 Vänersborgs kommun: Internationell policy [")
                .contains("R5", "R6", "R10");
    }

    @Test
    void the_profile_file_example_names_the_lines_of_a_file_saved_as_latin1(@TempDir Path work) throws Exception {
        Path file = work.resolve("vanersborg.properties");
        Files.writeString(file, block("<!-- profile-file-example -->", "properties"), StandardCharsets.ISO_8859_1);

        String printed = compileAndRun(work, "ProfileFileExample", block("<!-- profile-file-example -->", "java"),
                file.toString());

        assertThat(printed).contains("line 1: is not UTF-8")
                .contains("line 3: policy.name is not UTF-8")
                .doesNotContain("Vänersborgs kommun: Internationell policy [");
    }

    @Test
    void the_reference_data_example_prints_what_the_readme_says(@TempDir Path work) throws Exception {
        String printed = compileAndRun(work, "ReferenceDataExample", block("<!-- reference-data-example -->", "java"));

        assertThat(printed.lines()).containsExactly(
                VdemCountryAssessments.shipped().rejected().size() + " rows not taken, first: "
                        + "country-regimes/political-regime-2000-2024.csv line 2072: 'Kosovo' has no ISO 3166-1 code"
                        + " ('OWID_KOS')",
                "ELECTORAL_AUTOCRACY",
                EcbExchangeRates.shipped().rate(java.util.Currency.getInstance("NOK"),
                        java.util.Currency.getInstance("SEK"), java.time.LocalDate.of(2024, 10, 11)).orElseThrow()
                        .toString(),
                "Optional.empty");
        assertThat(printed).contains("day=2024-10-11", "source=ECB euro reference rates of 2024-10-11");
    }

    @Test
    void the_readme_names_this_modules_artifact() throws IOException {
        assertThat(block("<!-- reference-data-artifact -->", "xml"))
                .contains("<groupId>se.omvarld</groupId>")
                .contains("<artifactId>omvarld-reference-data</artifactId>");
    }

    /** The first fenced block of {@code language} after {@code marker}. */
    private static String block(String marker, String language) throws IOException {
        String readme = Files.readString(readme(), StandardCharsets.UTF_8);
        int at = readme.indexOf(marker);
        assertThat(at).as("the README marks its example with " + marker).isNotNegative();
        String fence = "```" + language + "\n";
        int start = readme.indexOf(fence, at);
        assertThat(start).as("a ```%s block after %s", language, marker).isNotNegative();
        start += fence.length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    private static Path readme() {
        return Stream.of(Path.of("README.md"), Path.of("..", "..", "README.md")).filter(Files::exists).findFirst()
                .orElseThrow(() -> new IllegalStateException("no README.md from " + Path.of("").toAbsolutePath()));
    }

    private static String compileAndRun(Path work, String className, String source, String... args) throws Exception {
        Path file = work.resolve(className + ".java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-encoding", "UTF-8", "-classpath", testClasspath(), "-d",
                work.toString(), file.toString());
        assertThat(status).as("javac exit status for %s", className).isZero();

        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()},
                ReadmeReferenceDataExampleTest.class.getClassLoader())) {
            Method main = loader.loadClass(className).getMethod("main", String[].class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) args);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** Surefire may hide the real class path behind a manifest-only jar; it also publishes the real one. */
    private static String testClasspath() {
        return Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .orElse(System.getProperty("java.class.path"));
    }
}
