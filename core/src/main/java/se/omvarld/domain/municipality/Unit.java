package se.omvarld.domain.municipality;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.shared.UnitId;

/**
 * A unit, school or municipal company (verksamhet, skola, bolag) under an administration. Its {@link UnitId} is
 * given once, from its first name, and survives renames: the projects it owns refer to it by id.
 */
public record Unit(UnitId id, String name, UnitKind kind, String administration) {

    public Unit {
        checkNotNull(id, "unit id is required");
        name = Text.name("unit name", name);
        checkNotNull(kind, "unit kind is required");
        administration = Text.name("unit administration", administration);
    }

    /** A unit as the municipality names it before it has an id. */
    public record Draft(String name, UnitKind kind, String administration) {

        public Draft {
            name = Text.name("unit name", name);
        }
    }

    /**
     * New units, each with an id made from its name by {@link ObligationKeys#slug} ({@link StableIds}): "Barn &amp;
     * Skola" → {@code barn-skola}. Where two names give the same id ("Särskolan", "Sarskolan"), each gets '-' and a
     * short hash of its exact name, so ids stay apart whatever the order the names come in.
     */
    public static ImmutableList<Unit> named(Collection<Draft> units) {
        checkNotNull(units, "units are required");
        List<Draft> drafts = List.copyOf(units);
        List<String> ids = StableIds.of(drafts.stream().map(Draft::name).toList(), UnitId.MAX_LENGTH);
        return IntStream.range(0, drafts.size())
                .mapToObj(i -> new Unit(new UnitId(ids.get(i)), drafts.get(i).name(), drafts.get(i).kind(),
                        drafts.get(i).administration()))
                .collect(ImmutableList.toImmutableList());
    }

    /** New units, each with an id made from its name, as {@link #named(Collection)} does; for short lists. */
    public static ImmutableList<Unit> named(Draft... units) {
        return named(List.of(units));
    }

    /**
     * The id a new unit called {@code name} gets beside units whose ids are {@code taken}: the slug of its name, or,
     * where that is taken, the slug with '-' and a short hash of the exact name.
     */
    public static UnitId idFor(String name, Collection<UnitId> taken) {
        checkNotNull(taken, "taken ids are required");
        Text.name("unit name", name);
        return new UnitId(StableIds.of(name, taken.stream().map(UnitId::value).toList(), UnitId.MAX_LENGTH));
    }

    public Unit renamed(String newName) {
        return new Unit(id, newName, kind, administration);
    }
}
