package se.omvarld.domain.municipality;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.Text;

/**
 * A committee (nämnd): owns and finances its projects and, where the policy says so, reports its international work
 * in the annual report (R6). Its {@link CommitteeId} is given once, from its first name, and survives renames.
 */
public record Committee(CommitteeId id, String name) {

    private static final int HASH_LENGTH = 8;

    public Committee {
        checkNotNull(id, "committee id is required");
        name = Text.name("committee name", name);
    }

    /**
     * New committees, each with an id made from its name by {@link ObligationKeys#slug}: "Barn- och skolnämnden" →
     * {@code barn-och-skolnamnden}. Where two names give the same id ("Miljönämnden", "Miljonämnden"), each gets '-'
     * and a short hash of its exact name, so ids stay apart whatever the order the names come in.
     */
    public static ImmutableList<Committee> named(Collection<String> names) {
        checkNotNull(names, "committee names are required");
        List<String> distinct = names.stream().map(n -> Text.name("committee name", n)).distinct().toList();
        ImmutableListMultimap<String, String> byId = Multimaps.index(distinct.iterator(), ObligationKeys::slug);
        return distinct.stream().map(name -> {
            String id = ObligationKeys.slug(name);
            return new Committee(new CommitteeId(byId.get(id).size() > 1 ? disambiguated(id, name) : id), name);
        }).collect(ImmutableList.toImmutableList());
    }

    /** A new committee whose id none of {@code taken} has. */
    static Committee named(String name, Collection<CommitteeId> taken) {
        String id = ObligationKeys.slug(Text.name("committee name", name));
        return new Committee(new CommitteeId(taken.contains(new CommitteeId(id)) ? disambiguated(id, name) : id),
                name);
    }

    public Committee renamed(String newName) {
        return new Committee(id, newName);
    }

    private static String disambiguated(String id, String name) {
        String hash = Hashing.sha256().hashString(name, StandardCharsets.UTF_8).toString().substring(0, HASH_LENGTH);
        int max = CommitteeId.MAX_LENGTH - HASH_LENGTH - 1;
        return (id.length() <= max ? id : id.substring(0, max).replaceAll("-+$", "")) + "-" + hash;
    }
}
