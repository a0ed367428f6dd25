package se.omvarld.domain.funding;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import se.omvarld.domain.shared.Area;

/**
 * Monitoring of funding (omvärldsbevakning): which calls are open on a day and fit a set of areas, e.g. the
 * municipality's priority areas or a project's, soonest deadline first.
 */
public final class CallMatcher {

    private CallMatcher() {
    }

    public static ImmutableList<Call> openCallsFitting(Collection<Call> calls, Set<Area> areas, LocalDate day) {
        checkNotNull(calls, "calls are required");
        checkNotNull(areas, "areas are required");
        checkNotNull(day, "day is required");
        return calls.stream().filter(c -> c.isOpenOn(day) && c.fits(areas))
                .sorted(Comparator.comparing(Call::deadline).thenComparing(Call::title))
                .collect(ImmutableList.toImmutableList());
    }
}
