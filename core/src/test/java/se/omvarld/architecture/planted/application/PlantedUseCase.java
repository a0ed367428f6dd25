package se.omvarld.architecture.planted.application;

/** A use case for planted domain and port types to depend on, wrongly. */
public final class PlantedUseCase {

    public String run(String id) {
        return id;
    }
}
