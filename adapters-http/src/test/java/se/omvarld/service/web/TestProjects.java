package se.omvarld.service.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import se.omvarld.application.Ports;
import se.omvarld.application.ProjectCommands;
import se.omvarld.application.ProjectUseCases;
import se.omvarld.application.Result;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.service.ServicePorts;

/** Projects made through the use case, as another person's change would be, for the project pages' tests. */
final class TestProjects {

    private TestProjects() {
    }

    static Ports ports(RunningWebApp app) {
        return ServicePorts.of(app.service());
    }

    /** A project idea of {@code unit} registered today, with two parties, a goal and external funding explored. */
    static Project idea(RunningWebApp app, MunicipalityCode municipality, String unit, String title,
            ProjectKind kind) {
        return idea(app, municipality, unit, title, kind, "FR");
    }

    /** The same idea with a partner in {@code country} (ISO 3166-1 alpha-2). */
    static Project idea(RunningWebApp app, MunicipalityCode municipality, String unit, String title,
            ProjectKind kind, String country) {
        Ports ports = ports(app);
        Result<Project> result = new ProjectUseCases(ports).registerIdea(new ProjectCommands.RegisterIdea(
                "test", municipality.value(), null, title, kind, unit,
                new ProjectCommands.Cooperation(List.of(unit, "Lycée Jean Moulin"), Set.of(), Set.of(country),
                        Set.of(Area.YOUTH, Area.SCHOOL_EXCHANGE), List.of("Elever deltar i utbyte")),
                new ProjectCommands.Funding(null, eur("250000.00"), eur("200000.00"), eur("50000.00"), true, true),
                ports.clock().today()));
        if (!result.isOk()) {
            throw new IllegalStateException("the idea was not registered: " + result);
        }
        return result.value();
    }

    /** Takes {@code step} today through the use case, as someone else saving first. */
    static Project advance(RunningWebApp app, Project project, ProjectCommands.Step step) {
        Ports ports = ports(app);
        Result<Project> result = new ProjectUseCases(ports).advance(new ProjectCommands.Advance("someone else",
                project.municipality().value(), project.id().toString(), project.version(), step,
                ports.clock().today(), null, null, null, null));
        if (!result.isOk()) {
            throw new IllegalStateException("the step was not taken: " + result);
        }
        return result.value();
    }

    private static ProjectCommands.Amount eur(String amount) {
        return new ProjectCommands.Amount(new BigDecimal(amount), "EUR");
    }
}
