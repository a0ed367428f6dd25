package se.omvarld.port;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import se.omvarld.domain.twintown.TwinTownPair;

/**
 * Sweden's twin towns as national reference data (the national list of vänorter): the pairs the last national import
 * took, kept apart from every municipality's own register.
 */
public interface TwinTownDirectory {

    /**
     * Makes the directory hold exactly {@code pairs}: a pair not yet held is added, a pair held but not among them is
     * removed, and a pair held as it is stays untouched, so that importing the same list again changes nothing. A
     * pair whose spelling changed is removed and added.
     *
     * @throws IllegalArgumentException when two of {@code pairs} share a {@link TwinTownPair#key()}
     */
    Replacement replaceAll(Collection<TwinTownPair> pairs);

    /** Every pair, in {@link TwinTownPair#ORDER}. */
    ImmutableList<TwinTownPair> all();

    /** Whether the directory holds no pair: what a start asks before importing the shipped list, without reading it. */
    boolean isEmpty();

    /** What a {@link #replaceAll} changed. */
    record Replacement(int added, int removed, int unchanged) {
        public Replacement {
            checkArgument(added >= 0 && removed >= 0 && unchanged >= 0, "counts are never negative");
        }

        public boolean changedNothing() {
            return added == 0 && removed == 0;
        }
    }
}
