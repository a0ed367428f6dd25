package se.omvarld.adapter.http.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.omvarld.architecture.ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;
import static se.omvarld.architecture.ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_THE_SERVICE;
import static se.omvarld.architecture.ArchitectureRules.CORE_DEPENDS_ONLY_ON_JAVA_GUAVA_AND_JAKARTA_VALIDATION;
import static se.omvarld.architecture.ArchitectureRules.DOMAIN_DEPENDS_NEITHER_ON_APPLICATION_NOR_ON_PORTS;
import static se.omvarld.architecture.ArchitectureRules.DOMAIN_PACKAGES_ARE_FREE_OF_CYCLES;
import static se.omvarld.architecture.ArchitectureRules.JAVALIN_AND_MAPSTRUCT_ONLY_IN_THE_HTTP_ADAPTER_AND_THE_SERVICE;
import static se.omvarld.architecture.ArchitectureRules.JOOQ_AND_FLYWAY_ONLY_IN_THE_DB_ADAPTER;
import static se.omvarld.architecture.ArchitectureRules.OMVARLD;
import static se.omvarld.architecture.ArchitectureRules.PORTS_DO_NOT_DEPEND_ON_THE_APPLICATION;
import static se.omvarld.architecture.planted.support.LibraryUsingOffenders.HTTP_HANDLER_THAT_QUERIES_THE_DATABASE;
import static se.omvarld.architecture.planted.support.LibraryUsingOffenders.REPORT_MAPPER_ON_MAPSTRUCT;
import static se.omvarld.architecture.planted.support.Planted.assertRuleFails;
import static se.omvarld.architecture.planted.support.Planted.compileAndImport;
import static se.omvarld.architecture.planted.support.Planted.importClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.omvarld.adapter.http.architecture.planted.adapter.http.HandlerThatReadsTheServiceSettings;
import se.omvarld.adapter.http.architecture.planted.adapter.http.HandlerThatRendersThePdfItself;
import se.omvarld.adapter.http.architecture.planted.adapter.report.PlantedPdfRenderer;
import se.omvarld.architecture.ArchitectureRules;
import se.omvarld.architecture.planted.support.Planted;

/**
 * The architecture of the http adapter and of the service. The service's composition root lives in this module and
 * depends on every adapter, so this is the test that sees every module on its classpath: every rule of
 * {@link ArchitectureRules} is checked here, on all the production classes the classpath holds. The adapter rules
 * are also shown here to fail on planted offenders; core's rules are proven on theirs in core's
 * {@code CoreArchitectureTest}.
 */
class HttpAdapterArchitectureTest {

    /** The planted copy of the adapter layout in this module's tests. */
    private static final String PLANTED = "se.omvarld.adapter.http.architecture.planted";

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = ArchitectureRules.importProductionClasses();
    }

    @Test
    void the_real_checks_see_the_http_adapter_and_core_and_no_test_classes() {
        assertThat(production.that(resideInAPackage(OMVARLD + ".adapter.http.."))).isNotEmpty();
        assertThat(production.that(resideInAPackage(OMVARLD + ".domain.."))).isNotEmpty();
        assertThat(production.that(resideInAPackage(OMVARLD + ".architecture.."))).isEmpty();
        assertThat(production.that(resideInAPackage(PLANTED + ".."))).isEmpty();
    }

    @Test
    void every_rule_fails_when_it_finds_nothing_to_check() {
        JavaClasses nothing = new ClassFileImporter().importClasses();
        for (ArchRule rule : ArchitectureRules.allRules(OMVARLD)) {
            assertThatThrownBy(() -> rule.check(nothing))
                    .as("archRule.failOnEmptyShould must stay on: %s", rule.getDescription())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("failed to check any classes");
        }
    }

    /** Core's rules, on core as the service runs it. */
    @Nested
    class Core {

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

    @Nested
    class Adapters {

        @Test
        void adapters_do_not_depend_on_each_other() {
            ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER.check(production);
        }

        @Test
        void rule_adapter_independence_fails_on_a_planted_handler_that_renders_the_pdf_itself() {
            assertRuleFails(ArchitectureRules.adaptersDoNotDependOnEachOther(PLANTED),
                    importClasses(HandlerThatRendersThePdfItself.class, PlantedPdfRenderer.class),
                    HandlerThatRendersThePdfItself.class.getName(), PlantedPdfRenderer.class.getName());
        }

        @Test
        void adapters_do_not_depend_on_the_service() {
            ADAPTERS_DO_NOT_DEPEND_ON_THE_SERVICE.check(production);
        }

        @Test
        void rule_service_independence_fails_on_a_planted_handler_that_reads_the_service_settings() {
            assertRuleFails(ArchitectureRules.adaptersDoNotDependOnTheService(PLANTED),
                    importClasses(HandlerThatReadsTheServiceSettings.class),
                    HandlerThatReadsTheServiceSettings.class.getName(), PLANTED + ".service.PlantedServiceSettings");
        }

        @Test
        void jooq_and_flyway_are_used_only_in_the_db_adapter() {
            JOOQ_AND_FLYWAY_ONLY_IN_THE_DB_ADAPTER.check(production);
        }

        @Test
        void rule_jooq_and_flyway_confinement_fails_on_a_planted_http_handler_that_queries_the_database() {
            assertRuleFails(ArchitectureRules.jooqAndFlywayOnlyInTheDbAdapter(Planted.ROOT),
                    compileAndImport(HTTP_HANDLER_THAT_QUERIES_THE_DATABASE),
                    Planted.ROOT + ".adapter.http.HandlerThatQueriesTheDatabase", "org.jooq.DSLContext");
        }

        @Test
        void javalin_and_mapstruct_are_used_only_in_the_http_adapter_and_the_service() {
            JAVALIN_AND_MAPSTRUCT_ONLY_IN_THE_HTTP_ADAPTER_AND_THE_SERVICE.check(production);
        }

        @Test
        void rule_javalin_and_mapstruct_confinement_fails_on_a_planted_mapstruct_mapper_in_the_report_adapter() {
            assertRuleFails(ArchitectureRules.javalinAndMapstructOnlyInTheHttpAdapterAndTheService(Planted.ROOT),
                    compileAndImport(REPORT_MAPPER_ON_MAPSTRUCT),
                    Planted.ROOT + ".adapter.report.ReportRowMapper", "org.mapstruct.Mapper");
        }
    }
}
