package se.omvarld.architecture.planted.support;

import static se.omvarld.architecture.planted.support.Planted.ROOT;
import static se.omvarld.architecture.planted.support.Planted.compileAndImport;
import static se.omvarld.architecture.planted.support.Planted.importClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One planted offender of one rule: the root of the planted layout it lives in, what it is (the name its proof is
 * shown under), how to import it (lazily: some offenders are compiled at test time) and the evidence the rule's
 * failure must name, so that only a failure <em>because of the offence</em> counts (see {@link Planted}).
 *
 * <p>The library users of {@link LibraryUsingOffenders} are kept here as offences too, so core's proofs and the
 * adapter modules' proofs of the library rules share one definition of each.
 */
public record PlantedOffence(String root, String description, Supplier<JavaClasses> classes, List<String> evidence) {

    /** Rule 4c: an http handler of the planted layout that queries the database with jOOQ. */
    public static final PlantedOffence HTTP_HANDLER_THAT_QUERIES_THE_DATABASE = compiled(
            "a planted http handler that queries the database",
            LibraryUsingOffenders.HTTP_HANDLER_THAT_QUERIES_THE_DATABASE,
            ROOT + ".adapter.http.HandlerThatQueriesTheDatabase", "org.jooq.DSLContext");

    /** Rule 4c: a report renderer of the planted layout that runs the Flyway migrations. */
    public static final PlantedOffence REPORT_RENDERER_THAT_MIGRATES_THE_SCHEMA = compiled(
            "a planted report renderer that migrates the schema",
            LibraryUsingOffenders.REPORT_RENDERER_THAT_MIGRATES_THE_SCHEMA,
            ROOT + ".adapter.report.RendererThatMigratesTheSchema", "org.flywaydb.core.Flyway");

    /** Rule 4d: a db repository of the planted layout that reads the Javalin request. */
    public static final PlantedOffence DB_REPOSITORY_THAT_READS_THE_REQUEST = compiled(
            "a planted repository that reads the request",
            LibraryUsingOffenders.DB_REPOSITORY_THAT_READS_THE_REQUEST,
            ROOT + ".adapter.db.RepositoryThatReadsTheRequest", "io.javalin.http.Context");

    /** Rule 4d: a MapStruct mapper in the planted layout's report adapter. */
    public static final PlantedOffence REPORT_MAPPER_ON_MAPSTRUCT = compiled(
            "a planted mapstruct mapper in the report adapter",
            LibraryUsingOffenders.REPORT_MAPPER_ON_MAPSTRUCT,
            ROOT + ".adapter.report.ReportRowMapper", "org.mapstruct.Mapper");

    public PlantedOffence {
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("an offence must name its evidence: " + description);
        }
    }

    /**
     * An offender that depends on another planted class: both are imported, and the failure must name both.
     */
    public static PlantedOffence importing(String root, String description, Class<?> offender, Class<?> dependency) {
        return new PlantedOffence(root, description, () -> importClasses(offender, dependency),
                List.of(offender.getName(), dependency.getName()));
    }

    /**
     * An offender imported on its own that refers to a planted class which is not imported; the failure must name
     * the offender and the class it refers to.
     */
    public static PlantedOffence referring(String root, String description, Class<?> offender, String dependency) {
        return new PlantedOffence(root, description, () -> importClasses(offender),
                List.of(offender.getName(), dependency));
    }

    /** A library user of {@link LibraryUsingOffenders}, compiled at test time under {@link Planted#ROOT}. */
    public static PlantedOffence compiled(String description, String source, String offender, String library) {
        return new PlantedOffence(ROOT, description, () -> compileAndImport(source), List.of(offender, library));
    }

    /** The rule, made for this offence's root, fails on it and names every piece of its evidence. */
    public void assertBreaks(Function<String, ArchRule> ruleForRoot) {
        Planted.assertRuleFails(ruleForRoot.apply(root), classes.get(), evidence.toArray(String[]::new));
    }

    @Override
    public String toString() {
        return description;
    }
}
