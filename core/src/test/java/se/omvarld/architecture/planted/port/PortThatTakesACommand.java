package se.omvarld.architecture.planted.port;

import se.omvarld.architecture.planted.application.PlantedCommand;

/** Offends rule 2b: a port that speaks in an application command instead of domain types. */
public interface PortThatTakesACommand {

    void save(PlantedCommand command);
}
