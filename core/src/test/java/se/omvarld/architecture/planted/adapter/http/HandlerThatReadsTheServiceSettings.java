package se.omvarld.architecture.planted.adapter.http;

import se.omvarld.architecture.planted.service.PlantedServiceSettings;

/** Offends rule 4b: an adapter reaching back into the composition root. */
public final class HandlerThatReadsTheServiceSettings {

    public int port() {
        return PlantedServiceSettings.port();
    }
}
