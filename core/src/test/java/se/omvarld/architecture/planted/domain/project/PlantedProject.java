package se.omvarld.architecture.planted.domain.project;

import se.omvarld.architecture.planted.domain.partnership.PlantedPartnership;

/** Offends rule 3 together with {@link PlantedPartnership}: project and partnership know each other. */
public record PlantedProject(String title, PlantedPartnership partnership) {
}
