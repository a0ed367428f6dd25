package se.omvarld.application;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.WordingKey;

/** Committee ids a command names, each one of the municipality's committees. */
final class Committees {

    private Committees() {
    }

    static ImmutableSet<CommitteeId> of(Municipality municipality, Set<String> ids) {
        ImmutableSet<CommitteeId> committees = ids.stream().map(CommitteeId::of)
                .collect(ImmutableSet.toImmutableSet());
        for (CommitteeId id : committees) {
            if (municipality.committee(id).isEmpty()) {
                List<String> known = municipality.committees().stream().map(c -> c.id().value()).toList();
                throw InvalidValue.of(WordingKey.FIELD_COMMITTEE_NOT_OF_MUNICIPALITY, "'" + id + "' is not one of "
                        + municipality.name() + "'s committees (" + known + ")", id.value(), municipality.name(),
                        String.join(", ", known));
            }
        }
        return committees;
    }
}
