package se.omvarld.adapter.report.architecture.planted.service;

/** A composition-root class for a planted adapter to depend on, wrongly. */
public final class PlantedServiceSettings {

    private PlantedServiceSettings() {
    }

    public static String fontDirectory() {
        return "/fonts";
    }
}
