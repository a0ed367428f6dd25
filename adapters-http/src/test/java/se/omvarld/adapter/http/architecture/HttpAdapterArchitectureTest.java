package se.omvarld.adapter.http.architecture;

import static se.omvarld.architecture.ArchitectureRules.OMVARLD;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Nested;
import se.omvarld.adapter.http.architecture.planted.adapter.http.HandlerThatReadsTheServiceSettings;
import se.omvarld.adapter.http.architecture.planted.adapter.http.HandlerThatRendersThePdfItself;
import se.omvarld.adapter.http.architecture.planted.adapter.report.PlantedPdfRenderer;
import se.omvarld.adapter.http.architecture.planted.service.PlantedServiceSettings;
import se.omvarld.architecture.AdapterArchitectureContract;
import se.omvarld.architecture.ArchitectureRules;
import se.omvarld.architecture.planted.support.PlantedOffence;

/**
 * The architecture of the http adapter and of the service. The service's composition root lives in this module and
 * depends on every adapter, so this is the test that sees every module on its classpath: every rule of
 * {@link ArchitectureRules} is checked here, on all the production classes the classpath holds. The adapter rules
 * (checked and shown to fail on planted offenders) are those of {@link AdapterArchitectureContract}; core's rules
 * are checked in {@link Core} and proven on their planted offenders in core's {@code CoreArchitectureTest}.
 */
class HttpAdapterArchitectureTest extends AdapterArchitectureContract {

    @Override
    protected String adapter() {
        return "http";
    }

    /** Every rule: this module checks core's rules too (see {@link Core}). */
    @Override
    protected List<ArchRule> rulesOfThisModule() {
        return ArchitectureRules.allRules(OMVARLD);
    }

    @Override
    protected PlantedOffence anAdapterThatUsesAnotherAdapter() {
        return plantedOffence("a planted handler that renders the pdf itself",
                HandlerThatRendersThePdfItself.class, PlantedPdfRenderer.class);
    }

    @Override
    protected PlantedOffence anAdapterThatUsesTheService() {
        return plantedOffenceReferringTo("a planted handler that reads the service settings",
                HandlerThatReadsTheServiceSettings.class, PlantedServiceSettings.class);
    }

    @Override
    protected PlantedOffence jooqOrFlywayOutsideTheDbAdapter() {
        return PlantedOffence.HTTP_HANDLER_THAT_QUERIES_THE_DATABASE;
    }

    @Override
    protected PlantedOffence javalinOrMapstructOutsideTheHttpAdapterAndTheService() {
        return PlantedOffence.REPORT_MAPPER_ON_MAPSTRUCT;
    }

    /** Core's rules, on core as the service runs it. */
    @Nested
    class Core extends CoreRulesOnProduction {
    }
}
