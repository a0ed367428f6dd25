package se.omvarld.adapter.db.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.omvarld.architecture.ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;
import static se.omvarld.architecture.ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_THE_SERVICE;
import static se.omvarld.architecture.ArchitectureRules.JAVALIN_AND_MAPSTRUCT_ONLY_IN_THE_HTTP_ADAPTER_AND_THE_SERVICE;
import static se.omvarld.architecture.ArchitectureRules.JOOQ_AND_FLYWAY_ONLY_IN_THE_DB_ADAPTER;
import static se.omvarld.architecture.ArchitectureRules.OMVARLD;
import static se.omvarld.architecture.planted.support.LibraryUsingOffenders.DB_REPOSITORY_THAT_READS_THE_REQUEST;
import static se.omvarld.architecture.planted.support.LibraryUsingOffenders.HTTP_HANDLER_THAT_QUERIES_THE_DATABASE;
import static se.omvarld.architecture.planted.support.Planted.assertRuleFails;
import static se.omvarld.architecture.planted.support.Planted.compileAndImport;
import static se.omvarld.architecture.planted.support.Planted.importClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.omvarld.adapter.db.architecture.planted.adapter.db.RepositoryThatReadsTheServiceSettings;
import se.omvarld.adapter.db.architecture.planted.adapter.db.RepositoryThatReturnsAnHttpDto;
import se.omvarld.adapter.db.architecture.planted.adapter.http.PlantedPartnershipDto;
import se.omvarld.architecture.ArchitectureRules;
import se.omvarld.architecture.planted.support.Planted;

/**
 * The db adapter's architecture: the adapter rules of {@link ArchitectureRules} on this module's production classes
 * (and core's, which are on its classpath), each also shown to fail on a planted offender. Core's own rules are
 * checked, and proven, in core's {@code CoreArchitectureTest}.
 */
class DbAdapterArchitectureTest {

    /** The planted copy of the adapter layout in this module's tests. */
    private static final String PLANTED = "se.omvarld.adapter.db.architecture.planted";

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = ArchitectureRules.importProductionClasses();
    }

    @Test
    void the_real_checks_see_the_db_adapter_and_core_and_no_test_classes() {
        assertThat(production.that(resideInAPackage(OMVARLD + ".adapter.db.."))).isNotEmpty();
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
    void rule_adapter_independence_fails_on_a_planted_repository_that_returns_an_http_dto() {
        assertRuleFails(ArchitectureRules.adaptersDoNotDependOnEachOther(PLANTED),
                importClasses(RepositoryThatReturnsAnHttpDto.class, PlantedPartnershipDto.class),
                RepositoryThatReturnsAnHttpDto.class.getName(), PlantedPartnershipDto.class.getName());
    }

    @Test
    void adapters_do_not_depend_on_the_service() {
        ADAPTERS_DO_NOT_DEPEND_ON_THE_SERVICE.check(production);
    }

    @Test
    void rule_service_independence_fails_on_a_planted_repository_that_reads_the_service_settings() {
        assertRuleFails(ArchitectureRules.adaptersDoNotDependOnTheService(PLANTED),
                importClasses(RepositoryThatReadsTheServiceSettings.class),
                RepositoryThatReadsTheServiceSettings.class.getName(), PLANTED + ".service.PlantedServiceSettings");
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
    void rule_javalin_and_mapstruct_confinement_fails_on_a_planted_repository_that_reads_the_request() {
        assertRuleFails(ArchitectureRules.javalinAndMapstructOnlyInTheHttpAdapterAndTheService(Planted.ROOT),
                compileAndImport(DB_REPOSITORY_THAT_READS_THE_REQUEST),
                Planted.ROOT + ".adapter.db.RepositoryThatReadsTheRequest", "io.javalin.http.Context");
    }
}
