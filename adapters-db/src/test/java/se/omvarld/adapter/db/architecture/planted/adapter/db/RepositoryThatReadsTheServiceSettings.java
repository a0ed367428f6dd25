package se.omvarld.adapter.db.architecture.planted.adapter.db;

import se.omvarld.adapter.db.architecture.planted.service.PlantedServiceSettings;

/** Offends rule 4b: an adapter that reaches back into the composition root for its settings. */
public final class RepositoryThatReadsTheServiceSettings {

    public String url() {
        return PlantedServiceSettings.jdbcUrl();
    }
}
