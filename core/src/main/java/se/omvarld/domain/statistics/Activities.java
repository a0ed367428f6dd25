package se.omvarld.domain.statistics;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The international activities of a year (internationella aktiviteter), as Lidköping counts them ("98 international
 * activities" in 2015): partnerships in force during the year, project families active in it, visits in it and
 * association grants granted in it.
 */
public record Activities(int year, int partnerships, int projects, int visits, int grants) {

    public Activities {
        checkArgument(partnerships >= 0 && projects >= 0 && visits >= 0 && grants >= 0, "counts are never negative");
    }

    public int total() {
        return partnerships + projects + visits + grants;
    }
}
