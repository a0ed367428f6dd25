package se.omvarld.architecture.planted.application;

import se.omvarld.architecture.planted.adapter.db.PlantedJooqRepository;

/** Offends rule 1: a use case that calls an adapter instead of a port. */
public final class UseCaseThatCallsAnAdapter {

    private final PlantedJooqRepository repository = new PlantedJooqRepository();

    public String run(String id) {
        return repository.load(id);
    }
}
