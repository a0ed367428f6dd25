package se.omvarld.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.architecture.ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;
import static se.omvarld.architecture.ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_THE_SERVICE;
import static se.omvarld.architecture.ArchitectureRules.JAVALIN_AND_MAPSTRUCT_ONLY_IN_THE_HTTP_ADAPTER_AND_THE_SERVICE;
import static se.omvarld.architecture.ArchitectureRules.JOOQ_AND_FLYWAY_ONLY_IN_THE_DB_ADAPTER;
import static se.omvarld.architecture.ArchitectureRules.OMVARLD;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.omvarld.architecture.planted.support.PlantedOffence;

/**
 * What every adapter module's architecture test runs: each adapter rule of {@link ArchitectureRules} checked on the
 * module's production classes (and core's, which are on its classpath), and each shown to fail on a planted
 * offender the module names; plus, from {@link ArchitectureContract}, the import check and the empty-should guard.
 *
 * <p>A module's test says which adapter it is and which planted offender proves each rule; its own offenders live
 * in its planted copy of the adapter layout ({@link #plantedRoot()}) and are made with {@link #plantedOffence} and
 * {@link #plantedOffenceReferringTo}, the library users come from {@link PlantedOffence}. Core's own rules are checked,
 * and proven, in core's {@code CoreArchitectureTest}; a module that sees more of the classpath (the http module, which
 * holds the service) adds checks of its own and widens {@link #rulesOfThisModule()}.
 */
public abstract class AdapterArchitectureContract extends ArchitectureContract {

    /** The adapter's name: its production classes are under {@code se.omvarld.adapter.<name>}. */
    protected abstract String adapter();

    /** Rule 4a: a class of one planted adapter that uses a class of another. */
    protected abstract PlantedOffence anAdapterThatUsesAnotherAdapter();

    /** Rule 4b: a class of a planted adapter that uses the planted service. */
    protected abstract PlantedOffence anAdapterThatUsesTheService();

    /** Rule 4c: jOOQ or Flyway used outside the planted db adapter. */
    protected abstract PlantedOffence jooqOrFlywayOutsideTheDbAdapter();

    /** Rule 4d: Javalin or MapStruct used outside the planted http adapter and service. */
    protected abstract PlantedOffence javalinOrMapstructOutsideTheHttpAdapterAndTheService();

    /** An offender of this module's planted layout that depends on another planted class; both are imported. */
    protected final PlantedOffence plantedOffence(String description, Class<?> offender, Class<?> dependency) {
        return PlantedOffence.importing(plantedRoot(), description, offender, dependency);
    }

    /** An offender of this module's planted layout, imported alone, that refers to a class which is not imported. */
    protected final PlantedOffence plantedOffenceReferringTo(
            String description, Class<?> offender, Class<?> dependency) {
        return PlantedOffence.referring(plantedRoot(), description, offender, dependency.getName());
    }

    @Override
    protected final String ownPackage() {
        return OMVARLD + ".adapter." + adapter();
    }

    /** The adapter rules; a module that checks core's rules for real too widens this. */
    @Override
    protected List<ArchRule> rulesOfThisModule() {
        return ArchitectureRules.adapterRules(OMVARLD);
    }

    // ------------------------------------------------------------------------------------------ rule 4a

    @Test
    void adapters_do_not_depend_on_each_other() {
        ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER.check(production());
    }

    @Test
    void rule_adapter_independence_fails_on_this_modules_planted_offender() {
        ownOffence(anAdapterThatUsesAnotherAdapter()).assertBreaks(ArchitectureRules::adaptersDoNotDependOnEachOther);
    }

    // ------------------------------------------------------------------------------------------ rule 4b

    @Test
    void adapters_do_not_depend_on_the_service() {
        ADAPTERS_DO_NOT_DEPEND_ON_THE_SERVICE.check(production());
    }

    @Test
    void rule_service_independence_fails_on_this_modules_planted_offender() {
        ownOffence(anAdapterThatUsesTheService()).assertBreaks(ArchitectureRules::adaptersDoNotDependOnTheService);
    }

    // ------------------------------------------------------------------------------------------ rule 4c

    @Test
    void jooq_and_flyway_are_used_only_in_the_db_adapter() {
        JOOQ_AND_FLYWAY_ONLY_IN_THE_DB_ADAPTER.check(production());
    }

    @Test
    void rule_jooq_and_flyway_confinement_fails_on_this_modules_planted_offender() {
        jooqOrFlywayOutsideTheDbAdapter().assertBreaks(ArchitectureRules::jooqAndFlywayOnlyInTheDbAdapter);
    }

    // ------------------------------------------------------------------------------------------ rule 4d

    @Test
    void javalin_and_mapstruct_are_used_only_in_the_http_adapter_and_the_service() {
        JAVALIN_AND_MAPSTRUCT_ONLY_IN_THE_HTTP_ADAPTER_AND_THE_SERVICE.check(production());
    }

    @Test
    void rule_javalin_and_mapstruct_confinement_fails_on_this_modules_planted_offender() {
        javalinOrMapstructOutsideTheHttpAdapterAndTheService()
                .assertBreaks(ArchitectureRules::javalinAndMapstructOnlyInTheHttpAdapterAndTheService);
    }

    /** An offence of this module's own, which must live where the real checks are shown not to look. */
    private PlantedOffence ownOffence(PlantedOffence offence) {
        assertThat(offence.root()).as("root of %s", offence).isEqualTo(plantedRoot());
        return offence;
    }
}
