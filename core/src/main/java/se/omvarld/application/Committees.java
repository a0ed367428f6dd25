package se.omvarld.application;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.shared.CommitteeId;

/** Committee ids a command names, each one of the municipality's committees. */
final class Committees {

    private Committees() {
    }

    static ImmutableSet<CommitteeId> of(Municipality municipality, Set<String> ids) {
        ImmutableSet<CommitteeId> committees = ids.stream().map(CommitteeId::of)
                .collect(ImmutableSet.toImmutableSet());
        for (CommitteeId id : committees) {
            checkArgument(municipality.committee(id).isPresent(), "'%s' is not one of %s's committees (%s)", id,
                    municipality.name(), municipality.committees().stream().map(c -> c.id().value()).toList());
        }
        return committees;
    }
}
