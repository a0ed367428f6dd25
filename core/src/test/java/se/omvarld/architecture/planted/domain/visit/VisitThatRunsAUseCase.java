package se.omvarld.architecture.planted.domain.visit;

import se.omvarld.architecture.planted.application.PlantedUseCase;

/** Offends rule 2a: a domain type that calls a use case. */
public final class VisitThatRunsAUseCase {

    public String approve(PlantedUseCase useCase) {
        return useCase.run("visit");
    }
}
