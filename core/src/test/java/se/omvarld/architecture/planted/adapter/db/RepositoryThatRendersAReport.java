package se.omvarld.architecture.planted.adapter.db;

import se.omvarld.architecture.planted.adapter.report.PlantedPdfRenderer;

/** Offends rule 4a: the db adapter calls the report adapter directly instead of going through a port. */
public final class RepositoryThatRendersAReport {

    public byte[] export(String id) {
        return new PlantedPdfRenderer().render(id);
    }
}
