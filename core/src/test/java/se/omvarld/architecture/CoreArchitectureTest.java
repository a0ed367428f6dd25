package se.omvarld.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.omvarld.architecture.ArchitectureRules.CORE_DEPENDS_ONLY_ON_JAVA_GUAVA_AND_JAKARTA_VALIDATION;
import static se.omvarld.architecture.ArchitectureRules.DOMAIN_DEPENDS_NEITHER_ON_APPLICATION_NOR_ON_PORTS;
import static se.omvarld.architecture.ArchitectureRules.DOMAIN_PACKAGES_ARE_FREE_OF_CYCLES;
import static se.omvarld.architecture.ArchitectureRules.OMVARLD;
import static se.omvarld.architecture.ArchitectureRules.PORTS_DO_NOT_DEPEND_ON_THE_APPLICATION;
import static se.omvarld.architecture.planted.support.LibraryUsingOffenders.DB_REPOSITORY_ON_JOOQ_AND_FLYWAY;
import static se.omvarld.architecture.planted.support.LibraryUsingOffenders.DB_REPOSITORY_THAT_READS_THE_REQUEST;
import static se.omvarld.architecture.planted.support.LibraryUsingOffenders.DOMAIN_TYPE_WITH_JACKSON_ANNOTATIONS;
import static se.omvarld.architecture.planted.support.LibraryUsingOffenders.HTTP_HANDLER_ON_JAVALIN_AND_MAPSTRUCT;
import static se.omvarld.architecture.planted.support.LibraryUsingOffenders.HTTP_HANDLER_THAT_QUERIES_THE_DATABASE;
import static se.omvarld.architecture.planted.support.LibraryUsingOffenders.REPORT_MAPPER_ON_MAPSTRUCT;
import static se.omvarld.architecture.planted.support.LibraryUsingOffenders.REPORT_RENDERER_THAT_MIGRATES_THE_SCHEMA;
import static se.omvarld.architecture.planted.support.LibraryUsingOffenders.SERVICE_MAIN_ON_JAVALIN;
import static se.omvarld.architecture.planted.support.Planted.ROOT;
import static se.omvarld.architecture.planted.support.Planted.assertRuleFails;
import static se.omvarld.architecture.planted.support.Planted.assertRuleHolds;
import static se.omvarld.architecture.planted.support.Planted.compileAndImport;
import static se.omvarld.architecture.planted.support.Planted.importClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.omvarld.architecture.planted.adapter.db.RepositoryThatRendersAReport;
import se.omvarld.architecture.planted.adapter.http.HandlerThatReadsTheServiceSettings;
import se.omvarld.architecture.planted.adapter.report.PlantedPdfRenderer;
import se.omvarld.architecture.planted.application.UseCaseThatCallsAnAdapter;
import se.omvarld.architecture.planted.domain.clean.CleanValue;
import se.omvarld.architecture.planted.domain.jdbc.DomainTypeThatOpensAConnection;
import se.omvarld.architecture.planted.domain.partnership.PlantedPartnership;
import se.omvarld.architecture.planted.domain.project.PlantedProject;
import se.omvarld.architecture.planted.domain.visit.VisitThatLoadsItself;
import se.omvarld.architecture.planted.domain.visit.VisitThatRunsAUseCase;
import se.omvarld.architecture.planted.port.PortThatTakesACommand;

/**
 * Core's architecture: the rules of {@link ArchitectureRules} checked on core's production classes, and every rule
 * proven to fail on a planted offender (see {@code se.omvarld.architecture.planted}). The adapter rules have no
 * adapters to judge here; they are checked in the adapter modules, but proven here, next to the rules.
 */
class CoreArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = ArchitectureRules.importProductionClasses();
    }

    @Test
    void the_real_checks_see_core_classes_and_no_test_classes() {
        assertThat(production.that(resideInAPackage(OMVARLD + ".domain.."))).isNotEmpty();
        assertThat(production.that(resideInAPackage(OMVARLD + ".architecture.."))).isEmpty();
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

    @Nested
    class Rule1CorePurity {

        private final ArchRule planted = ArchitectureRules.coreDependsOnlyOnJavaGuavaAndJakartaValidation(ROOT);

        @Test
        void core_depends_only_on_java_guava_and_jakarta_validation() {
            CORE_DEPENDS_ONLY_ON_JAVA_GUAVA_AND_JAKARTA_VALIDATION.check(production);
        }

        @Test
        void rule_core_purity_fails_on_a_planted_domain_type_that_uses_jdbc() {
            assertRuleFails(planted, importClasses(DomainTypeThatOpensAConnection.class),
                    DomainTypeThatOpensAConnection.class.getName(), "java.sql.Connection");
        }

        @Test
        void rule_core_purity_fails_on_a_planted_use_case_that_calls_an_adapter() {
            assertRuleFails(planted, importClasses(UseCaseThatCallsAnAdapter.class),
                    UseCaseThatCallsAnAdapter.class.getName(), ROOT + ".adapter.db.PlantedJooqRepository");
        }

        @Test
        void rule_core_purity_fails_on_a_planted_domain_type_with_jackson_annotations() {
            assertRuleFails(planted, compileAndImport(DOMAIN_TYPE_WITH_JACKSON_ANNOTATIONS),
                    ROOT + ".domain.partner.PartnerWithJsonAnnotations",
                    "com.fasterxml.jackson.annotation.JsonProperty");
        }

        @Test
        void rule_core_purity_accepts_a_planted_value_on_java_guava_and_jakarta_validation() {
            assertRuleHolds(planted, importClasses(CleanValue.class));
        }
    }

    @Nested
    class Rule2Layers {

        @Test
        void domain_depends_neither_on_application_nor_on_ports() {
            DOMAIN_DEPENDS_NEITHER_ON_APPLICATION_NOR_ON_PORTS.check(production);
        }

        @Test
        void ports_do_not_depend_on_the_application() {
            PORTS_DO_NOT_DEPEND_ON_THE_APPLICATION.check(production);
        }

        @Test
        void rule_domain_independence_fails_on_a_planted_domain_type_that_runs_a_use_case() {
            assertRuleFails(ArchitectureRules.domainDependsNeitherOnApplicationNorOnPorts(ROOT),
                    importClasses(VisitThatRunsAUseCase.class),
                    VisitThatRunsAUseCase.class.getName(), ROOT + ".application.PlantedUseCase");
        }

        @Test
        void rule_domain_independence_fails_on_a_planted_domain_type_that_loads_itself_through_a_port() {
            assertRuleFails(ArchitectureRules.domainDependsNeitherOnApplicationNorOnPorts(ROOT),
                    importClasses(VisitThatLoadsItself.class),
                    VisitThatLoadsItself.class.getName(), ROOT + ".port.PlantedRepository");
        }

        @Test
        void rule_port_independence_fails_on_a_planted_port_that_takes_a_command() {
            assertRuleFails(ArchitectureRules.portsDoNotDependOnTheApplication(ROOT),
                    importClasses(PortThatTakesACommand.class),
                    PortThatTakesACommand.class.getName(), ROOT + ".application.PlantedCommand");
        }
    }

    @Nested
    class Rule3DomainCycles {

        @Test
        void domain_packages_are_free_of_cycles() {
            DOMAIN_PACKAGES_ARE_FREE_OF_CYCLES.check(production);
        }

        @Test
        void rule_domain_cycles_fails_on_a_planted_partnership_and_project_that_know_each_other() {
            assertRuleFails(ArchitectureRules.domainPackagesAreFreeOfCycles(ROOT),
                    importClasses(PlantedPartnership.class, PlantedProject.class),
                    "Cycle detected", PlantedPartnership.class.getName(), PlantedProject.class.getName());
        }
    }

    /** Checked for real in the adapter modules; proven here. */
    @Nested
    class Rule4Adapters {

        @Test
        void rule_adapter_independence_fails_on_a_planted_db_adapter_that_calls_the_report_adapter() {
            assertRuleFails(ArchitectureRules.adaptersDoNotDependOnEachOther(ROOT),
                    importClasses(RepositoryThatRendersAReport.class, PlantedPdfRenderer.class),
                    RepositoryThatRendersAReport.class.getName(), PlantedPdfRenderer.class.getName());
        }

        @Test
        void rule_service_independence_fails_on_a_planted_handler_that_reads_the_service_settings() {
            assertRuleFails(ArchitectureRules.adaptersDoNotDependOnTheService(ROOT),
                    importClasses(HandlerThatReadsTheServiceSettings.class),
                    HandlerThatReadsTheServiceSettings.class.getName(), ROOT + ".service.PlantedServiceSettings");
        }

        @Test
        void rule_jooq_and_flyway_confinement_fails_on_a_planted_http_handler_that_queries_the_database() {
            assertRuleFails(ArchitectureRules.jooqAndFlywayOnlyInTheDbAdapter(ROOT),
                    compileAndImport(HTTP_HANDLER_THAT_QUERIES_THE_DATABASE),
                    ROOT + ".adapter.http.HandlerThatQueriesTheDatabase", "org.jooq.DSLContext");
        }

        @Test
        void rule_jooq_and_flyway_confinement_fails_on_a_planted_report_renderer_that_migrates_the_schema() {
            assertRuleFails(ArchitectureRules.jooqAndFlywayOnlyInTheDbAdapter(ROOT),
                    compileAndImport(REPORT_RENDERER_THAT_MIGRATES_THE_SCHEMA),
                    ROOT + ".adapter.report.RendererThatMigratesTheSchema", "org.flywaydb.core.Flyway");
        }

        @Test
        void rule_javalin_and_mapstruct_confinement_fails_on_a_planted_repository_that_reads_the_request() {
            assertRuleFails(ArchitectureRules.javalinAndMapstructOnlyInTheHttpAdapterAndTheService(ROOT),
                    compileAndImport(DB_REPOSITORY_THAT_READS_THE_REQUEST),
                    ROOT + ".adapter.db.RepositoryThatReadsTheRequest", "io.javalin.http.Context");
        }

        @Test
        void rule_javalin_and_mapstruct_confinement_fails_on_a_planted_mapstruct_mapper_in_the_report_adapter() {
            assertRuleFails(ArchitectureRules.javalinAndMapstructOnlyInTheHttpAdapterAndTheService(ROOT),
                    compileAndImport(REPORT_MAPPER_ON_MAPSTRUCT),
                    ROOT + ".adapter.report.ReportRowMapper", "org.mapstruct.Mapper");
        }

        @Test
        void rules_of_library_confinement_accept_each_library_in_its_own_planted_adapter() {
            JavaClasses plantedAdaptersAndService = compileAndImport(
                    DB_REPOSITORY_ON_JOOQ_AND_FLYWAY, HTTP_HANDLER_ON_JAVALIN_AND_MAPSTRUCT, SERVICE_MAIN_ON_JAVALIN);
            assertRuleHolds(ArchitectureRules.jooqAndFlywayOnlyInTheDbAdapter(ROOT), plantedAdaptersAndService);
            assertRuleHolds(ArchitectureRules.javalinAndMapstructOnlyInTheHttpAdapterAndTheService(ROOT),
                    plantedAdaptersAndService);
        }
    }
}
