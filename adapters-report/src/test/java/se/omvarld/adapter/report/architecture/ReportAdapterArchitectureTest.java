package se.omvarld.adapter.report.architecture;

import se.omvarld.adapter.report.architecture.planted.adapter.db.PlantedJooqPartnershipRepository;
import se.omvarld.adapter.report.architecture.planted.adapter.report.RendererThatQueriesTheRepository;
import se.omvarld.adapter.report.architecture.planted.adapter.report.RendererThatReadsTheServiceSettings;
import se.omvarld.adapter.report.architecture.planted.service.PlantedServiceSettings;
import se.omvarld.architecture.AdapterArchitectureContract;
import se.omvarld.architecture.ArchitectureRules;
import se.omvarld.architecture.planted.support.PlantedOffence;

/**
 * The report adapter's architecture: the adapter rules of {@link ArchitectureRules} on this module's production
 * classes (and core's, which are on its classpath), each also shown to fail on a planted offender; the tests are
 * those of {@link AdapterArchitectureContract}. Core's own rules are checked, and proven, in core's
 * {@code CoreArchitectureTest}.
 */
class ReportAdapterArchitectureTest extends AdapterArchitectureContract {

    @Override
    protected String adapter() {
        return "report";
    }

    @Override
    protected PlantedOffence anAdapterThatUsesAnotherAdapter() {
        return plantedOffence("a planted renderer that queries the repository",
                RendererThatQueriesTheRepository.class, PlantedJooqPartnershipRepository.class);
    }

    @Override
    protected PlantedOffence anAdapterThatUsesTheService() {
        return plantedOffenceReferringTo("a planted renderer that reads the service settings",
                RendererThatReadsTheServiceSettings.class, PlantedServiceSettings.class);
    }

    @Override
    protected PlantedOffence jooqOrFlywayOutsideTheDbAdapter() {
        return PlantedOffence.REPORT_RENDERER_THAT_MIGRATES_THE_SCHEMA;
    }

    @Override
    protected PlantedOffence javalinOrMapstructOutsideTheHttpAdapterAndTheService() {
        return PlantedOffence.REPORT_MAPPER_ON_MAPSTRUCT;
    }
}
