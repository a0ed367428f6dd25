package se.omvarld.domain.obligation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/**
 * A council's mandate period (mandatperiod). Swedish general elections are held on the second Sunday of September
 * every fourth year (…2018, 2022, 2026, 2030…); the council elected then serves from 15 October of the election year
 * to 14 October four years later (kommunallagen 5 kap. 6 §). So the 2022–2026 period ended on 14 October 2026 and
 * the 2026–2030 period began the next day.
 *
 * <p>These are the rules since the 2014 election. Before it, elections were on the third Sunday of September and
 * terms began on 1 November (and before 1994 they lasted three years), so periods before 2014 are not modelled:
 * asking for one is an error, never a silently wrong date.
 *
 * @param startYear the election year in which the period begins, e.g. 2022 for 2022–2026
 */
public record MandatePeriod(int startYear) implements Comparable<MandatePeriod> {

    /** The first election held under today's rules (second Sunday of September, terms from 15 October). */
    public static final int FIRST_ELECTION_YEAR = 2014;
    /** The length of a period in years. */
    public static final int YEARS = 4;
    /** The day a new council takes office in an election year. */
    public static final MonthDay TERM_BEGINS = MonthDay.of(Month.OCTOBER, 15);

    public MandatePeriod {
        checkArgument(startYear >= FIRST_ELECTION_YEAR,
                "mandate periods are modelled from the %s election on, not %s", FIRST_ELECTION_YEAR, startYear);
        checkArgument(Math.floorMod(startYear - 2022, YEARS) == 0,
                "%s is not an election year (…2018, 2022, 2026…)", startYear);
    }

    /** The period beginning in {@code electionYear}. */
    public static MandatePeriod of(int electionYear) {
        return new MandatePeriod(electionYear);
    }

    /**
     * The period in which {@code day} falls: 14 October of an election year still belongs to the outgoing period,
     * 15 October to the new one.
     */
    public static MandatePeriod containing(LocalDate day) {
        checkNotNull(day, "day is required");
        int year = day.getYear();
        int electionYear = year - Math.floorMod(year - 2022, YEARS);
        if (electionYear == year && MonthDay.from(day).isBefore(TERM_BEGINS)) {
            electionYear -= YEARS;
        }
        return new MandatePeriod(electionYear);
    }

    /** Whether {@code year} is a general-election year under today's rules. */
    public static boolean isElectionYear(int year) {
        return year >= FIRST_ELECTION_YEAR && Math.floorMod(year - 2022, YEARS) == 0;
    }

    /** 15 October of the election year. */
    public LocalDate start() {
        return TERM_BEGINS.atYear(startYear);
    }

    /** 14 October four years later, the last day of the period. */
    public LocalDate end() {
        return next().start().minusDays(1);
    }

    public int endYear() {
        return startYear + YEARS;
    }

    /** The general election that chose this period's council: the second Sunday of September. */
    public LocalDate electionDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY));
    }

    public MandatePeriod next() {
        return new MandatePeriod(startYear + YEARS);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    /** E.g. "2022-2026", as used in obligation keys. */
    public String label() {
        return startYear + "-" + endYear();
    }

    @Override
    public int compareTo(MandatePeriod other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "–" + endYear();
    }
}
