package se.omvarld.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.UnitKind;

/** Registers the municipalities the scenario tests play in, through the use cases themselves. */
final class Scenarios {

    static final String COORDINATOR = "utvecklingsledare@kommun.se";

    private Scenarios() {
    }

    static Municipality registerLidkoping(Ports ports) {
        return register(ports, "1494", "Lidköpings kommun");
    }

    static Municipality registerTyreso(Ports ports) {
        return register(ports, "0138", "Tyresö kommun");
    }

    static Municipality registerLillaEdet(Ports ports) {
        return register(ports, "1462", "Lilla Edets kommun");
    }

    static Municipality registerEksjo(Ports ports) {
        return register(ports, "0686", "Eksjö kommun");
    }

    private static Municipality register(Ports ports, String code, String name) {
        Result<Municipality> result = new MunicipalityUseCases(ports).register(new MunicipalityCommands.Register(
                COORDINATOR, code, name,
                List.of("Kommunstyrelsen", "Barn- och skolnämnden", "Kultur- och fritidsnämnden"),
                List.of(new MunicipalityCommands.AdministrationInput("Kommunledningskontoret", "Kommunstyrelsen",
                                "Eva Holm", "Utvecklingsledare för internationalisering"),
                        new MunicipalityCommands.AdministrationInput("Barn- och skolförvaltningen",
                                "Barn- och skolnämnden", "Per Ek", "Rektor"),
                        new MunicipalityCommands.AdministrationInput("Kultur- och fritidsförvaltningen",
                                "Kultur- och fritidsnämnden", null, null)),
                List.of(new MunicipalityCommands.UnitInput("Barn & Skola", UnitKind.UNIT,
                                "Barn- och skolförvaltningen"),
                        new MunicipalityCommands.UnitInput("Biblioteket", UnitKind.UNIT,
                                "Kultur- och fritidsförvaltningen"),
                        new MunicipalityCommands.UnitInput("Tillväxt- och utvecklingssektorn", UnitKind.UNIT,
                                "Kommunledningskontoret"))));
        assertThat(result.isOk()).as("registering %s: %s", name, result).isTrue();
        return result.value();
    }
}
