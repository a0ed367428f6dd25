package se.omvarld.adapter.report.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.omvarld.architecture.ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;
import static se.omvarld.architecture.ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_THE_SERVICE;
import static se.omvarld.architecture.ArchitectureRules.JAVALIN_AND_MAPSTRUCT_ONLY_IN_THE_HTTP_ADAPTER_AND_THE_SERVICE;
import static se.omvarld.architecture.ArchitectureRules.JOOQ_AND_FLYWAY_ONLY_IN_THE_DB_ADAPTER;
import static se.omvarld.architecture.ArchitectureRules.OMVARLD;
import static se.omvarld.architecture.planted.support.LibraryUsingOffenders.REPORT_MAPPER_ON_MAPSTRUCT;
import static se.omvarld.architecture.planted.support.LibraryUsingOffenders.REPORT_RENDERER_THAT_MIGRATES_THE_SCHEMA;
import static se.omvarld.architecture.planted.support.Planted.assertRuleFails;
import static se.omvarld.architecture.planted.support.Planted.compileAndImport;
import static se.omvarld.architecture.planted.support.Planted.importClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.omvarld.adapter.report.architecture.planted.adapter.db.PlantedJooqPartnershipRepository;
import se.omvarld.adapter.report.architecture.planted.adapter.report.RendererThatQueriesTheRepository;
import se.omvarld.adapter.report.architecture.planted.adapter.report.RendererThatReadsTheServiceSettings;
import se.omvarld.architecture.ArchitectureRules;
import se.omvarld.architecture.planted.support.Planted;

/**
 * The report adapter's architecture: the adapter rules of {@link ArchitectureRules} on this module's production
 * classes (and core's, which are on its classpath), each also shown to fail on a planted offender. Core's own rules
 * are checked, and proven, in core's {@code CoreArchitectureTest}.
 */
class ReportAdapterArchitectureTest {

    /** The planted copy of the adapter layout in this module's tests. */
    private static final String PLANTED = "se.omvarld.adapter.report.architecture.planted";

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = ArchitectureRules.importProductionClasses();
    }

    @Test
    void the_real_checks_see_the_report_adapter_and_core_and_no_test_classes() {
        assertThat(production.that(resideInAPackage(OMVARLD + ".adapter.report.."))).isNotEmpty();
        assertThat(production.that(resideInAPackage(OMVARLD + ".domain.."))).isNotEmpty();
        assertThat(production.that(resideInAPackage(OMVARLD + ".architecture.."))).isEmpty();
        assertThat(production.that(resideInAPackage(PLANTED + ".."))).isEmpty();
    }

    @Test
    void every_rule_fails_when_it_finds_nothing_to_check() {
        JavaClasses nothing = new ClassFileImporter().importClasses();
        for (ArchRule rule : ArchitectureRules.adapterRules(OMVARLD)) {
            assertThatThrownBy(() -> rule.check(nothing))
                    .as("archRule.failOnEmptyShould must stay on: %s", rule.getDescription())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("failed to check any classes");
        }
    }

    @Test
    void adapters_do_not_depend_on_each_other() {
        ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER.check(production);
    }

    @Test
    void rule_adapter_independence_fails_on_a_planted_renderer_that_queries_the_repository() {
        assertRuleFails(ArchitectureRules.adaptersDoNotDependOnEachOther(PLANTED),
                importClasses(RendererThatQueriesTheRepository.class, PlantedJooqPartnershipRepository.class),
                RendererThatQueriesTheRepository.class.getName(), PlantedJooqPartnershipRepository.class.getName());
    }

    @Test
    void adapters_do_not_depend_on_the_service() {
        ADAPTERS_DO_NOT_DEPEND_ON_THE_SERVICE.check(production);
    }

    @Test
    void rule_service_independence_fails_on_a_planted_renderer_that_reads_the_service_settings() {
        assertRuleFails(ArchitectureRules.adaptersDoNotDependOnTheService(PLANTED),
                importClasses(RendererThatReadsTheServiceSettings.class),
                RendererThatReadsTheServiceSettings.class.getName(), PLANTED + ".service.PlantedServiceSettings");
    }

    @Test
    void jooq_and_flyway_are_used_only_in_the_db_adapter() {
        JOOQ_AND_FLYWAY_ONLY_IN_THE_DB_ADAPTER.check(production);
    }

    @Test
    void rule_jooq_and_flyway_confinement_fails_on_a_planted_report_renderer_that_migrates_the_schema() {
        assertRuleFails(ArchitectureRules.jooqAndFlywayOnlyInTheDbAdapter(Planted.ROOT),
                compileAndImport(REPORT_RENDERER_THAT_MIGRATES_THE_SCHEMA),
                Planted.ROOT + ".adapter.report.RendererThatMigratesTheSchema", "org.flywaydb.core.Flyway");
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
