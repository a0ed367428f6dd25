package se.omvarld.architecture.planted.application;

/** A command for a planted port to depend on, wrongly. */
public record PlantedCommand(String id) {
}
