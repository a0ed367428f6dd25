package se.omvarld.adapter.http.architecture.planted.adapter.http;

import se.omvarld.adapter.http.architecture.planted.service.PlantedServiceSettings;

/** Offends rule 4b: an adapter that reaches back into the composition root for its settings. */
public final class HandlerThatReadsTheServiceSettings {

    public int port() {
        return PlantedServiceSettings.port();
    }
}
