package se.omvarld.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.omvarld.architecture.ArchitectureRules.CORE_DEPENDS_ONLY_ON_JAVA_GUAVA_AND_JAKARTA_VALIDATION;
import static se.omvarld.architecture.ArchitectureRules.DOMAIN_DEPENDS_NEITHER_ON_APPLICATION_NOR_ON_PORTS;
import static se.omvarld.architecture.ArchitectureRules.DOMAIN_PACKAGES_ARE_FREE_OF_CYCLES;
import static se.omvarld.architecture.ArchitectureRules.OMVARLD;
import static se.omvarld.architecture.ArchitectureRules.PORTS_DO_NOT_DEPEND_ON_THE_APPLICATION;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What every module's architecture test does around its rules: import Omvärld's production classes on the module's
 * classpath once ({@link #production()}), show that this import sees the module's own classes and core's and no
 * test class, and show that each of the module's rules fails, rather than passes vacuously, when it finds nothing
 * to check. Core's {@code CoreArchitectureTest} extends this directly; the adapter modules extend
 * {@link AdapterArchitectureContract}. A module that checks core's rules for real does so with a {@code @Nested}
 * subclass of {@link CoreRulesOnProduction}.
 *
 * <p>By convention a module's planted offenders live under {@code <package of its architecture test>.planted}
 * ({@link #plantedRoot()}).
 */
public abstract class ArchitectureContract {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = ArchitectureRules.importProductionClasses();
    }

    /** Omvärld's production classes on this module's classpath: what the real checks judge. */
    protected static JavaClasses production() {
        return production;
    }

    /** The package of the production classes this module contributes, e.g. {@code se.omvarld.adapter.db}. */
    protected abstract String ownPackage();

    /**
     * The root of this module's planted offenders, which the real checks must never see: the package
     * {@code planted} next to the module's architecture test.
     */
    protected final String plantedRoot() {
        return getClass().getPackageName() + ".planted";
    }

    /** The rules, made for {@link ArchitectureRules#OMVARLD}, that this module checks or proves; every rule here. */
    protected List<ArchRule> rulesOfThisModule() {
        return ArchitectureRules.allRules(OMVARLD);
    }

    @Test
    void the_real_checks_see_this_modules_classes_and_core_and_no_test_classes() {
        assertThat(production.that(resideInAPackage(ownPackage() + ".."))).as("classes of %s", ownPackage())
                .isNotEmpty();
        assertThat(production.that(resideInAPackage(OMVARLD + ".domain.."))).as("core's domain").isNotEmpty();
        assertThat(production.that(resideInAPackage(OMVARLD + ".architecture.."))).as("core's architecture tests")
                .isEmpty();
        assertThat(production.that(resideInAPackage(plantedRoot() + ".."))).as("planted offenders").isEmpty();
    }

    @Test
    void every_rule_fails_when_it_finds_nothing_to_check() {
        JavaClasses nothing = new ClassFileImporter().importClasses();
        for (ArchRule rule : rulesOfThisModule()) {
            assertThatThrownBy(() -> rule.check(nothing))
                    .as("archRule.failOnEmptyShould must stay on: %s", rule.getDescription())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("failed to check any classes");
        }
    }

    /** Core's rules checked on {@link #production()}; a module runs them with a {@code @Nested} subclass. */
    protected abstract class CoreRulesOnProduction {

        @Test
        void core_depends_only_on_java_guava_and_jakarta_validation() {
            CORE_DEPENDS_ONLY_ON_JAVA_GUAVA_AND_JAKARTA_VALIDATION.check(production);
        }

        @Test
        void domain_depends_neither_on_application_nor_on_ports() {
            DOMAIN_DEPENDS_NEITHER_ON_APPLICATION_NOR_ON_PORTS.check(production);
        }

        @Test
        void ports_do_not_depend_on_the_application() {
            PORTS_DO_NOT_DEPEND_ON_THE_APPLICATION.check(production);
        }

        @Test
        void domain_packages_are_free_of_cycles() {
            DOMAIN_PACKAGES_ARE_FREE_OF_CYCLES.check(production);
        }
    }
}
