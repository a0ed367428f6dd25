package se.omvarld.domain.statistics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.shared.WordingKey;

/**
 * The figures a municipality reported for a year before or outside Omvärld (redovisade siffror), as it published
 * them: the number of international activities and the external funding in SEK, with the source they are taken
 * from. Lidköping's web page, for example: "Totalt hade Lidköpings kommun 98 olika internationella aktiviteter under
 * 2015. Sammanlagt fick vi externt ekonomiskt stöd på 1,8 miljoner kronor."
 *
 * <p>They are kept as reported, never recomputed and never added to what {@link Statistics} computes from the
 * register: a year's {@link YearFigures} shows them beside the computed figures. A municipality has at most one set
 * per year; a correction replaces it (optimistic versions as for every aggregate: 0 before the first store, then
 * one more on every save).
 */
public record ReportedFigures(MunicipalityCode municipality, int year, int activities, Money externalFunding,
        String source, long version) {

    /** The earliest year figures can be reported for. */
    public static final int FIRST_YEAR = 1900;
    /** The latest year the register can hold at all; whether a year is in the future is {@link #report}'s check. */
    public static final int LAST_YEAR = 9999;

    public ReportedFigures {
        checkNotNull(municipality, "municipality is required");
        checkArgument(year >= FIRST_YEAR && year <= LAST_YEAR, "year must be between %s and %s, was %s",
                FIRST_YEAR, LAST_YEAR, year);
        checkArgument(activities >= 0, "the number of activities must not be negative, was %s", activities);
        checkNotNull(externalFunding, "externalFunding is required");
        checkArgument(externalFunding.currency().equals(Money.SEK),
                "external funding is reported in SEK, not %s", externalFunding.currency());
        checkArgument(!externalFunding.isNegative(), "external funding must not be negative, was %s",
                externalFunding);
        source = Text.required("source", source);
        checkArgument(version >= 0, "version must not be negative");
    }

    /**
     * Figures reported for {@code year}, new (version 0), as recorded on {@code today}: a year after today's has
     * nothing reported yet.
     */
    public static ReportedFigures report(MunicipalityCode municipality, int year, int activities,
            Money externalFunding, String source, LocalDate today) {
        checkNotNull(today, "today is required");
        if (year > today.getYear()) {
            throw InvalidValue.of(WordingKey.FIELD_FIGURES_YEAR_IN_FUTURE, "year " + year + " is in the future:"
                    + " figures can be reported for " + today.getYear() + " at the latest", year, today.getYear());
        }
        return new ReportedFigures(municipality, year, activities, externalFunding, source, 0);
    }

    public ReportedFigures withVersion(long newVersion) {
        return new ReportedFigures(municipality, year, activities, externalFunding, source, newVersion);
    }

    /** The figures in words, e.g. for the audit trail: "2015: 98 international activities, 1800000.00 SEK …". */
    public String summary() {
        return year + ": " + activities + " international activities, " + externalFunding + " external funding ("
                + source + ")";
    }
}
