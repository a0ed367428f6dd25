package se.omvarld.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Omvärld's architecture as ArchUnit rules, shared by every module's architecture test through core's test-jar.
 *
 * <p>Every rule is made by a factory that takes the <em>root package</em> of the code it judges, and reads the
 * layout under that root: {@code <root>} and {@code <root>.domain..}, {@code <root>.application..},
 * {@code <root>.port..} are the core; {@code <root>.adapter.<name>..} are the adapters; {@code <root>.service..}
 * is the composition root. The real checks pass {@link #OMVARLD}; the proofs that a rule can fail pass the root of
 * a planted copy of the layout ({@code se.omvarld.architecture.planted}) and import only planted offenders.
 * The constants are the factories applied to {@link #OMVARLD}.
 *
 * <p>Third-party packages are named as they exist ({@code com.google.common}, not {@code com.google.guava}); each
 * name is proven by a planted class that really refers to it.
 */
public final class ArchitectureRules {

    /** The root package of Omvärld's production code. */
    public static final String OMVARLD = "se.omvarld";

    /** What core may use besides itself. {@code java.sql} is under {@code java..} and is excluded separately. */
    public static final List<String> LIBRARIES_CORE_MAY_USE =
            List.of("java..", "com.google.common..", "jakarta.validation..");

    /** Parts of the JDK that are infrastructure, not language, and so are kept out of core. */
    public static final List<String> JDK_PACKAGES_CORE_MUST_NOT_USE = List.of("java.sql..", "javax.sql..");

    public static final List<String> PERSISTENCE_LIBRARIES = List.of("org.jooq..", "org.flywaydb..");

    public static final List<String> HTTP_LIBRARIES = List.of("io.javalin..", "org.mapstruct..");

    public static final ArchRule CORE_DEPENDS_ONLY_ON_JAVA_GUAVA_AND_JAKARTA_VALIDATION =
            coreDependsOnlyOnJavaGuavaAndJakartaValidation(OMVARLD);

    public static final ArchRule DOMAIN_DEPENDS_NEITHER_ON_APPLICATION_NOR_ON_PORTS =
            domainDependsNeitherOnApplicationNorOnPorts(OMVARLD);

    public static final ArchRule PORTS_DO_NOT_DEPEND_ON_THE_APPLICATION = portsDoNotDependOnTheApplication(OMVARLD);

    public static final ArchRule DOMAIN_PACKAGES_ARE_FREE_OF_CYCLES = domainPackagesAreFreeOfCycles(OMVARLD);

    public static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = adaptersDoNotDependOnEachOther(OMVARLD);

    public static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_THE_SERVICE = adaptersDoNotDependOnTheService(OMVARLD);

    public static final ArchRule JOOQ_AND_FLYWAY_ONLY_IN_THE_DB_ADAPTER = jooqAndFlywayOnlyInTheDbAdapter(OMVARLD);

    public static final ArchRule JAVALIN_AND_MAPSTRUCT_ONLY_IN_THE_HTTP_ADAPTER_AND_THE_SERVICE =
            javalinAndMapstructOnlyInTheHttpAdapterAndTheService(OMVARLD);

    private ArchitectureRules() {
    }

    // ---------------------------------------------------------------------------------------------------- core

    /** Rule 1: core is plain Java with Guava and the Jakarta Validation annotations, nothing else. */
    public static ArchRule coreDependsOnlyOnJavaGuavaAndJakartaValidation(String root) {
        List<String> allowed = Stream.concat(LIBRARIES_CORE_MAY_USE.stream(), Stream.of(corePackages(root)))
                .toList();
        return classes().that().resideInAnyPackage(corePackages(root))
                .should().onlyDependOnClassesThat(
                        resideInAnyPackage(allowed.toArray(String[]::new))
                                .and(not(resideInAnyPackage(JDK_PACKAGES_CORE_MUST_NOT_USE.toArray(String[]::new)))))
                .because("core is the municipality's rules in plain Java: it must build, run and be tested without a "
                        + "database, a web server or a mapper, so it may use only the JDK (without JDBC), Guava and "
                        + "the Jakarta Validation annotations; adapters plug into its ports, never the reverse");
    }

    /** Rule 2a: the domain is the innermost ring. */
    public static ArchRule domainDependsNeitherOnApplicationNorOnPorts(String root) {
        return noClasses().that().resideInAPackage(domain(root))
                .should().dependOnClassesThat().resideInAnyPackage(application(root), port(root))
                .because("the domain holds the rules and their invariants; use cases and ports are built on it, so a "
                        + "domain type that knew a use case or a port would tie the rules to how they are run");
    }

    /** Rule 2b: ports speak the domain's language only; the application uses them, not the other way round. */
    public static ArchRule portsDoNotDependOnTheApplication(String root) {
        return noClasses().that().resideInAPackage(port(root))
                .should().dependOnClassesThat().resideInAPackage(application(root))
                .because("a port is what core needs from the outside, expressed in domain types; adapters implement "
                        + "ports, and a port that referred to use cases, commands or results would drag the "
                        + "application layer into every adapter");
    }

    /** Rule 3: the aggregates' packages form a hierarchy, not a tangle. */
    public static ArchRule domainPackagesAreFreeOfCycles(String root) {
        return slices().matching(root + ".domain.(*)..")
                .should().beFreeOfCycles()
                .because("each aggregate's package must be understandable and changeable on its own, leaning only "
                        + "on packages below it such as shared and policy; a cycle makes two aggregates one");
    }

    // ------------------------------------------------------------------------------------------------ adapters

    /** Rule 4a: adapters meet only in core's ports (and in the service, which wires them). */
    public static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapter.(*)..")
                .should().notDependOnEachOther()
                .because("an adapter translates between one technology and core's ports; adapters meet only "
                        + "through those ports, and only the service's composition root knows them all");
    }

    /** Rule 4b: the composition root knows the adapters; no adapter knows the composition root. */
    public static ArchRule adaptersDoNotDependOnTheService(String root) {
        return noClasses().that().resideInAPackage(root + ".adapter..")
                .should().dependOnClassesThat().resideInAPackage(service(root))
                .because("the service wires the adapters to core at start-up; an adapter reaching back into it "
                        + "would reach, through it, every other adapter");
    }

    /** Rule 4c: SQL and migrations stay in the db adapter. */
    public static ArchRule jooqAndFlywayOnlyInTheDbAdapter(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapter.db..")
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE_LIBRARIES.toArray(String[]::new))
                .because("persistence is the db adapter's business: jOOQ records are mapped to domain types there "
                        + "and never returned upward, and only it runs the Flyway migrations");
    }

    /** Rule 4d: HTTP and DTO mapping stay in the http adapter and the service that starts it. */
    public static ArchRule javalinAndMapstructOnlyInTheHttpAdapterAndTheService(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".adapter.http..", service(root))
                .should().dependOnClassesThat().resideInAnyPackage(HTTP_LIBRARIES.toArray(String[]::new))
                .because("HTTP is the http adapter's business: its handlers and MapStruct mappers translate "
                        + "between the wire and core's commands and results, and the service starts the server");
    }

    // ------------------------------------------------------------------------------------------------- groups

    /** The rules that judge core; they hold wherever core's classes are on the classpath. */
    public static List<ArchRule> coreRules(String root) {
        return List.of(
                coreDependsOnlyOnJavaGuavaAndJakartaValidation(root),
                domainDependsNeitherOnApplicationNorOnPorts(root),
                portsDoNotDependOnTheApplication(root),
                domainPackagesAreFreeOfCycles(root));
    }

    /** The rules that judge adapters and the service; they need at least one adapter on the classpath. */
    public static List<ArchRule> adapterRules(String root) {
        return List.of(
                adaptersDoNotDependOnEachOther(root),
                adaptersDoNotDependOnTheService(root),
                jooqAndFlywayOnlyInTheDbAdapter(root),
                javalinAndMapstructOnlyInTheHttpAdapterAndTheService(root));
    }

    /** Every rule. */
    public static List<ArchRule> allRules(String root) {
        return Stream.concat(coreRules(root).stream(), adapterRules(root).stream()).toList();
    }

    // -------------------------------------------------------------------------------------------------- import

    /**
     * Omvärld's production classes on this module's classpath: its own and those of the modules it depends on.
     * Test classes are left out, both from {@code target/test-classes} and from a test-jar such as core's (which
     * carries the planted offenders and the in-memory adapter), so no planted class ever reaches a real check.
     */
    public static JavaClasses importProductionClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(new DoNotIncludeTestJars())
                .importPackages(OMVARLD);
    }

    /** Leaves out Maven test-jars ({@code *-tests.jar}), which {@code DO_NOT_INCLUDE_TESTS} does not recognise. */
    public static final class DoNotIncludeTestJars implements ImportOption {

        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_JAR);
        }
    }

    // ---------------------------------------------------------------------------------------------- packages

    /** The packages that make up core under a root: the root package itself, domain, application and port. */
    public static String[] corePackages(String root) {
        return new String[] {root, domain(root), application(root), port(root)};
    }

    private static String domain(String root) {
        return root + ".domain..";
    }

    private static String application(String root) {
        return root + ".application..";
    }

    private static String port(String root) {
        return root + ".port..";
    }

    private static String service(String root) {
        return root + ".service..";
    }
}
