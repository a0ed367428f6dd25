package se.omvarld.adapter.db.architecture.planted.service;

/** A composition-root class for a planted adapter to depend on, wrongly. */
public final class PlantedServiceSettings {

    private PlantedServiceSettings() {
    }

    public static String jdbcUrl() {
        return "jdbc:h2:mem:planted";
    }
}
