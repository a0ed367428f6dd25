package se.omvarld.architecture.planted.domain.partnership;

import java.util.List;
import se.omvarld.architecture.planted.domain.project.PlantedProject;

/** Offends rule 3 together with {@link PlantedProject}: partnership and project know each other. */
public record PlantedPartnership(String name, List<PlantedProject> projects) {
}
