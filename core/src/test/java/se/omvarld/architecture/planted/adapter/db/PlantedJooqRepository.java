package se.omvarld.architecture.planted.adapter.db;

/** An adapter class for planted core and adapter classes to depend on, wrongly. */
public class PlantedJooqRepository {

    public String load(String id) {
        return id;
    }
}
