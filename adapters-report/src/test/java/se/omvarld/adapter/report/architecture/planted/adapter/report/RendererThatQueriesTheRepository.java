package se.omvarld.adapter.report.architecture.planted.adapter.report;

import se.omvarld.adapter.report.architecture.planted.adapter.db.PlantedJooqPartnershipRepository;

/** Offends rule 4a: a renderer that fetches its own data from the db adapter instead of being given it. */
public final class RendererThatQueriesTheRepository {

    private final PlantedJooqPartnershipRepository repository = new PlantedJooqPartnershipRepository();

    public String render(String id) {
        return "<h1>" + repository.name(id) + "</h1>";
    }
}
