package se.omvarld.architecture.planted.port;

/** A port for a planted domain type to depend on, wrongly. */
public interface PlantedRepository {

    String load(String id);
}
