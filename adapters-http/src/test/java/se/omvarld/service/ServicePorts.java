package se.omvarld.service;

import java.util.List;
import se.omvarld.application.MunicipalityCommands;
import se.omvarld.application.MunicipalityUseCases;
import se.omvarld.application.Ports;
import se.omvarld.application.Result;
import se.omvarld.domain.municipality.UnitKind;
import se.omvarld.domain.shared.MunicipalityCode;

/**
 * The running service's ports for the web app's tests in other packages, which set up or change records through the
 * use cases between a page's load and its save.
 */
public final class ServicePorts {

    public static final MunicipalityCode TYRESO = MunicipalityCode.of("0138");
    public static final String TYRESO_SCHOOL = "Tyresö gymnasium";

    private ServicePorts() {
    }

    public static Ports of(Service service) {
        return service.ports();
    }

    /** Registers Tyresö with a simplified organisation, unless it is there: its shipped policy profile (R7) applies. */
    public static void registerTyreso(Service service) {
        Ports ports = service.ports();
        if (ports.transactions().inTransaction(() -> ports.municipalities().find(TYRESO)).isPresent()) {
            return;
        }
        Result<?> result = new MunicipalityUseCases(ports).register(new MunicipalityCommands.Register("test",
                TYRESO.value(), "Tyresö",
                List.of("Kommunstyrelsen", "Barn- och utbildningsnämnden"),
                List.of(new MunicipalityCommands.AdministrationInput("Barn- och utbildningsförvaltningen",
                        "Barn- och utbildningsnämnden", null, null)),
                List.of(new MunicipalityCommands.UnitInput(TYRESO_SCHOOL, UnitKind.SCHOOL,
                        "Barn- och utbildningsförvaltningen"))));
        if (!result.isOk()) {
            throw new IllegalStateException("Tyresö was not registered: " + result);
        }
    }
}
