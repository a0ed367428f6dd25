package se.omvarld.architecture;

import static se.omvarld.architecture.ArchitectureRules.OMVARLD;
import static se.omvarld.architecture.planted.support.LibraryUsingOffenders.DB_REPOSITORY_ON_JOOQ_AND_FLYWAY;
import static se.omvarld.architecture.planted.support.LibraryUsingOffenders.DOMAIN_TYPE_WITH_JACKSON_ANNOTATIONS;
import static se.omvarld.architecture.planted.support.LibraryUsingOffenders.HTTP_HANDLER_ON_JAVALIN_AND_MAPSTRUCT;
import static se.omvarld.architecture.planted.support.LibraryUsingOffenders.SERVICE_MAIN_ON_JAVALIN;
import static se.omvarld.architecture.planted.support.Planted.ROOT;
import static se.omvarld.architecture.planted.support.Planted.assertRuleFails;
import static se.omvarld.architecture.planted.support.Planted.assertRuleHolds;
import static se.omvarld.architecture.planted.support.Planted.compileAndImport;
import static se.omvarld.architecture.planted.support.Planted.importClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
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
import se.omvarld.architecture.planted.support.PlantedOffence;

/**
 * Core's architecture: the rules of {@link ArchitectureRules} checked on core's production classes
 * ({@link CoreRules}), and every rule proven to fail on a planted offender (see
 * {@code se.omvarld.architecture.planted}). The adapter rules have no adapters to judge here; they are checked in the
 * adapter modules, but proven here, next to the rules. The import check and the empty-should guard (over every rule)
 * are those of {@link ArchitectureContract}.
 */
class CoreArchitectureTest extends ArchitectureContract {

    @Override
    protected String ownPackage() {
        return OMVARLD + ".domain";
    }

    /** Core's rules, on core's production classes. */
    @Nested
    class CoreRules extends CoreRulesOnProduction {
    }

    @Nested
    class Rule1CorePurity {

        private final ArchRule planted = ArchitectureRules.coreDependsOnlyOnJavaGuavaAndJakartaValidation(ROOT);

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
            PlantedOffence.HTTP_HANDLER_THAT_QUERIES_THE_DATABASE
                    .assertBreaks(ArchitectureRules::jooqAndFlywayOnlyInTheDbAdapter);
        }

        @Test
        void rule_jooq_and_flyway_confinement_fails_on_a_planted_report_renderer_that_migrates_the_schema() {
            PlantedOffence.REPORT_RENDERER_THAT_MIGRATES_THE_SCHEMA
                    .assertBreaks(ArchitectureRules::jooqAndFlywayOnlyInTheDbAdapter);
        }

        @Test
        void rule_javalin_and_mapstruct_confinement_fails_on_a_planted_repository_that_reads_the_request() {
            PlantedOffence.DB_REPOSITORY_THAT_READS_THE_REQUEST
                    .assertBreaks(ArchitectureRules::javalinAndMapstructOnlyInTheHttpAdapterAndTheService);
        }

        @Test
        void rule_javalin_and_mapstruct_confinement_fails_on_a_planted_mapstruct_mapper_in_the_report_adapter() {
            PlantedOffence.REPORT_MAPPER_ON_MAPSTRUCT
                    .assertBreaks(ArchitectureRules::javalinAndMapstructOnlyInTheHttpAdapterAndTheService);
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
