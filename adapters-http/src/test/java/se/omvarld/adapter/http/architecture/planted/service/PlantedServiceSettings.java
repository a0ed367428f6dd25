package se.omvarld.adapter.http.architecture.planted.service;

/** A composition-root class for a planted adapter to depend on, wrongly. */
public final class PlantedServiceSettings {

    private PlantedServiceSettings() {
    }

    public static int port() {
        return 7070;
    }
}
