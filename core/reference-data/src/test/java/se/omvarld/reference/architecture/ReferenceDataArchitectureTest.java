package se.omvarld.reference.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import se.omvarld.reference.architecture.planted.ReaderThatQueriesADatabase;

/**
 * The reference data module is plain Java on the core, like the core itself: an integrator adds it beside the core
 * without pulling in a database, a web server or anything else.
 */
class ReferenceDataArchitectureTest {

    private static final String REFERENCE = "se.omvarld.reference";

    static ArchRule readersUseOnlyTheCoreTheJdkAndGuava(String module) {
        return classes().that().resideInAPackage(module + "..")
                .should().onlyDependOnClassesThat(resideInAnyPackage(module + "..", "java..", "com.google.common..",
                        "se.omvarld.domain..", "se.omvarld.port..")
                        .and(not(resideInAnyPackage("java.sql..", "javax.sql.."))))
                .because("the readers turn shipped files into the core's ports for anyone who embeds the core: they "
                        + "may use only what the core uses (the JDK without JDBC, Guava) and the core's domain and "
                        + "ports, never a use case, an adapter or a library the core does not already bring");
    }

    @Test
    void the_readers_use_only_the_core_the_jdk_and_guava() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(REFERENCE);
        assertThat(production).isNotEmpty();

        readersUseOnlyTheCoreTheJdkAndGuava(REFERENCE).check(production);
    }

    @Test
    void the_rule_fails_on_a_planted_reader_that_queries_a_database() {
        JavaClasses planted = new ClassFileImporter().importClasses(ReaderThatQueriesADatabase.class);

        assertThatThrownBy(() -> readersUseOnlyTheCoreTheJdkAndGuava(REFERENCE + ".architecture.planted")
                .check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ReaderThatQueriesADatabase.class.getName())
                .hasMessageContaining("java.sql.Connection");
    }
}
