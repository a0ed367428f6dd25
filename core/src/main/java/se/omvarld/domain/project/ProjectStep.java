package se.omvarld.domain.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import se.omvarld.domain.shared.Decision;

/** One step of a project's lifecycle, the day it was taken and, where a body decided it, the decision. */
public record ProjectStep(ProjectStatus from, ProjectStatus to, LocalDate on, Optional<Decision> decision) {

    public ProjectStep {
        checkNotNull(from, "from is required");
        checkNotNull(to, "to is required");
        checkNotNull(on, "on is required");
        checkNotNull(decision, "decision is required (may be empty)");
        checkArgument(from != to, "a step must change the status");
        checkArgument(decision.map(d -> d.date().equals(on)).orElse(true), "a decided step is taken on the decision's day");
    }
}
