package se.omvarld.adapter.report.architecture.planted.adapter.db;

/** A db adapter class for a planted renderer to depend on, wrongly. */
public class PlantedJooqPartnershipRepository {

    public String name(String id) {
        return id;
    }
}
