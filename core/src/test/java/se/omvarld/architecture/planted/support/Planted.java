package se.omvarld.architecture.planted.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Imports planted offenders and asserts what a rule makes of them.
 *
 * <p>An offender is asserted to fail <em>because of its offence</em>: the failure must name the offending class and
 * what it depends on. A rule that failed only because its {@code that()} found nothing (ArchUnit's
 * {@code failOnEmptyShould}) would name neither, so a mistyped package cannot pass for a proof.
 */
public final class Planted {

    /** The root of the planted copy of Omvärld's package layout. */
    public static final String ROOT = "se.omvarld.architecture.planted";

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern TYPE =
            Pattern.compile("^public\\s+(?:final\\s+)?(?:class|interface|record|enum|@interface)\\s+(\\w+)",
                    Pattern.MULTILINE);

    private Planted() {
    }

    /** Exactly these classes, nothing else: each test sees only the offence it is about. */
    public static JavaClasses importClasses(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    /**
     * Compiles planted sources that use libraries this classpath does not have, against one-line stand-ins for those
     * libraries' types ({@link LibraryUsingOffenders#LIBRARY_STAND_INS}), and imports only the planted classes. Their
     * bytecode refers to exactly {@code org.jooq.DSLContext}, {@code io.javalin.http.Context} and so on, which is
     * all a dependency rule sees.
     */
    public static JavaClasses compileAndImport(String... plantedSources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("planted library users are compiled at test time: run the tests on a JDK");
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("omvarld-planted-");
            Path standIns = Files.createDirectory(work.resolve("stand-ins"));
            Path planted = Files.createDirectory(work.resolve("planted"));
            compile(compiler, LibraryUsingOffenders.LIBRARY_STAND_INS, standIns, standIns);
            compile(compiler, List.of(plantedSources), planted, standIns);
            return new ClassFileImporter().importPath(planted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteRecursively(work);
        }
    }

    /** The rule fails on the planted classes, and its message names every piece of evidence given. */
    public static void assertRuleFails(ArchRule rule, JavaClasses planted, String... evidence) {
        assertThatThrownBy(() -> rule.check(planted))
                .as("rule '%s' on planted %s", rule.getDescription(), planted)
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(evidence);
    }

    /** The rule holds on the planted classes (a control: the rule does not refuse everything). */
    public static void assertRuleHolds(ArchRule rule, JavaClasses planted) {
        assertThatCode(() -> rule.check(planted))
                .as("rule '%s' on planted %s", rule.getDescription(), planted)
                .doesNotThrowAnyException();
    }

    private static void compile(JavaCompiler compiler, List<String> sources, Path output, Path classpath) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<JavaFileObject> units = sources.stream().map(Planted::source).toList();
            List<String> options = List.of("-d", output.toString(), "-classpath", classpath.toString(),
                    "-proc:none", "-implicit:none");
            boolean compiled = compiler.getTask(null, files, diagnostics, options, null, units).call();
            if (!compiled) {
                throw new IllegalStateException("planted sources do not compile:\n" + diagnostics.getDiagnostics()
                        .stream().map(Object::toString).collect(Collectors.joining("\n")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JavaFileObject source(String code) {
        String packageName = group(PACKAGE.matcher(code), code);
        String typeName = group(TYPE.matcher(code), code);
        URI uri = URI.create("string:///" + packageName.replace('.', '/') + "/" + typeName + ".java");
        return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }

    private static String group(Matcher matcher, String code) {
        if (!matcher.find()) {
            throw new IllegalArgumentException("a planted source needs a package and one public type:\n" + code);
        }
        return matcher.group(1);
    }

    private static void deleteRecursively(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
