package se.omvarld.domain.municipality;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.Text;

/**
 * A committee (nämnd): owns and finances its projects and, where the policy says so, reports its international work
 * in the annual report (R6). Its {@link CommitteeId} is given once, from its first name, and survives renames.
 */
public record Committee(CommitteeId id, String name) {

    public Committee {
        checkNotNull(id, "committee id is required");
        name = Text.name("committee name", name);
    }

    /**
     * New committees, each with an id made from its name by {@link ObligationKeys#slug} ({@link StableIds}):
     * "Barn- och skolnämnden" → {@code barn-och-skolnamnden}. Where two names give the same id ("Miljönämnden",
     * "Miljonämnden"), each gets '-' and a short hash of its exact name, so ids stay apart whatever the order the
     * names come in.
     */
    public static ImmutableList<Committee> named(Collection<String> names) {
        checkNotNull(names, "committee names are required");
        List<String> distinct = names.stream().map(n -> Text.name("committee name", n)).distinct().toList();
        ImmutableList<String> ids = StableIds.of(distinct, CommitteeId.MAX_LENGTH);
        return IntStream.range(0, distinct.size())
                .mapToObj(i -> new Committee(new CommitteeId(ids.get(i)), distinct.get(i)))
                .collect(ImmutableList.toImmutableList());
    }

    /** A new committee whose id none of {@code taken} has. */
    static Committee named(String name, Collection<CommitteeId> taken) {
        Text.name("committee name", name);
        return new Committee(new CommitteeId(StableIds.of(name, taken.stream().map(CommitteeId::value).toList(),
                CommitteeId.MAX_LENGTH)), name);
    }

    public Committee renamed(String newName) {
        return new Committee(id, newName);
    }
}
