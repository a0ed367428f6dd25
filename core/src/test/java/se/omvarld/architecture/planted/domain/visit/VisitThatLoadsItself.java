package se.omvarld.architecture.planted.domain.visit;

import se.omvarld.architecture.planted.port.PlantedRepository;

/** Offends rule 2a: a domain type that loads itself through a port (active record). */
public final class VisitThatLoadsItself {

    public static String load(PlantedRepository repository, String id) {
        return repository.load(id);
    }
}
