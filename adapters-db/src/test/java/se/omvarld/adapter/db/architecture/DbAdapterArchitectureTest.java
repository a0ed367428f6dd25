package se.omvarld.adapter.db.architecture;

import se.omvarld.adapter.db.architecture.planted.adapter.db.RepositoryThatReadsTheServiceSettings;
import se.omvarld.adapter.db.architecture.planted.adapter.db.RepositoryThatReturnsAnHttpDto;
import se.omvarld.adapter.db.architecture.planted.adapter.http.PlantedPartnershipDto;
import se.omvarld.adapter.db.architecture.planted.service.PlantedServiceSettings;
import se.omvarld.architecture.AdapterArchitectureContract;
import se.omvarld.architecture.ArchitectureRules;
import se.omvarld.architecture.planted.support.PlantedOffence;

/**
 * The db adapter's architecture: the adapter rules of {@link ArchitectureRules} on this module's production classes
 * (and core's, which are on its classpath), each also shown to fail on a planted offender; the tests are those of
 * {@link AdapterArchitectureContract}. Core's own rules are checked, and proven, in core's
 * {@code CoreArchitectureTest}.
 */
class DbAdapterArchitectureTest extends AdapterArchitectureContract {

    @Override
    protected String adapter() {
        return "db";
    }

    @Override
    protected PlantedOffence anAdapterThatUsesAnotherAdapter() {
        return plantedOffence("a planted repository that returns an http dto",
                RepositoryThatReturnsAnHttpDto.class, PlantedPartnershipDto.class);
    }

    @Override
    protected PlantedOffence anAdapterThatUsesTheService() {
        return plantedOffenceReferringTo("a planted repository that reads the service settings",
                RepositoryThatReadsTheServiceSettings.class, PlantedServiceSettings.class);
    }

    @Override
    protected PlantedOffence jooqOrFlywayOutsideTheDbAdapter() {
        return PlantedOffence.HTTP_HANDLER_THAT_QUERIES_THE_DATABASE;
    }

    @Override
    protected PlantedOffence javalinOrMapstructOutsideTheHttpAdapterAndTheService() {
        return PlantedOffence.DB_REPOSITORY_THAT_READS_THE_REQUEST;
    }
}
