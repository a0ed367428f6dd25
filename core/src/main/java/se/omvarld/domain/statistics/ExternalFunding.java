package se.omvarld.domain.statistics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.stream.Collectors;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Money;

/**
 * The external funding granted in a year, in SEK: in total and by programme, owning unit, country and area.
 *
 * <p>By unit is by the owning unit's name today: a project refers to its unit by the unit's stable id, so a unit
 * renamed keeps its funding under its new name (a unit the municipality no longer has shows its id).
 *
 * <p>By programme and by unit, the rows add up to the total. A project with several countries or areas counts in
 * full under each of them, so those rows may add up to more than the total. Amounts without a rate are in
 * {@link #unconverted} and in none of the figures: {@link #isComplete()} says whether the total is the whole truth.
 *
 * @param conversions every amount converted, with the rate's day and source
 */
public record ExternalFunding(int year, Money total, ImmutableMap<String, Money> byProgramme,
        ImmutableMap<String, Money> byUnit, ImmutableMap<CountryCode, Money> byCountry,
        ImmutableMap<Area, Money> byArea, ImmutableList<Conversion> conversions,
        ImmutableList<Unconverted> unconverted) {

    public ExternalFunding {
        checkNotNull(total, "total is required");
        checkArgument(total.currency().equals(Money.SEK), "the total is in SEK");
        checkNotNull(byProgramme, "byProgramme is required");
        checkNotNull(byUnit, "byUnit is required");
        checkNotNull(byCountry, "byCountry is required");
        checkNotNull(byArea, "byArea is required");
        checkNotNull(conversions, "conversions are required");
        checkNotNull(unconverted, "unconverted is required");
    }

    /** Whether every granted amount could be converted, so that the total leaves nothing out. */
    public boolean isComplete() {
        return unconverted.isEmpty();
    }

    /** What the total leaves out, in words a reader of the figure needs; empty when nothing. */
    public String totalNote() {
        if (isComplete()) {
            return "";
        }
        return "excludes " + unconverted.size() + " amount" + (unconverted.size() == 1 ? "" : "s")
                + " without an exchange rate: " + unconverted.stream().map(Unconverted::toString)
                .collect(Collectors.joining("; "));
    }
}
