package se.omvarld.domain.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.obligation.ObligationStatus;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.statistics.Activities;
import se.omvarld.domain.statistics.Conversion;
import se.omvarld.domain.statistics.ExternalFunding;
import se.omvarld.domain.statistics.Rate;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.domain.statistics.Statistics;
import se.omvarld.domain.statistics.YearFigures;

/**
 * The annual compilation (årlig sammanställning) of one municipality's international work in one year, as R5 asks
 * Lidköping to report it to the executive board: what a report is written from, in any language and format.
 * {@link Compilations#compile} makes it from the register.
 *
 * <p>Records are shown as they stood on {@link #asOf}, the year's last day (or the day of compiling, for the year not
 * yet over); the obligations' settlements and whether they are overdue are as of {@link #compiledOn}. Figures are
 * {@link Statistics}': every SEK amount converted at the rate of the day its grant was decided, with the rate's day
 * and source, and an amount without a rate left {@linkplain ExternalFunding#unconverted unconverted}, never zero.
 *
 * @param partnerships     partnerships in force in the year, or proposed or decided on in it
 * @param projects         projects active in the year, or registered or moved on in it
 * @param grants           association grants applied for, decided on or used for an exchange in the year
 * @param visits           visits on any day of the year
 * @param obligations      the reporting obligations due in the year, met or not
 * @param findings         the compliance findings on {@link #asOf}
 * @param lastFiveYears    the computed figures of the year and the four before it, oldest first, each beside what the
 *                         municipality reported for it, if anything
 * @param reported         the figures the municipality reported before or outside Omvärld for this year and earlier
 *                         ones, oldest first: shown as reported, never added to the computed figures
 * @param partnerCountries for each country, the partnerships in force and projects active in the year there
 */
public record AnnualCompilation(MunicipalityCode municipality, String municipalityName, int year,
        LocalDate compiledOn, LocalDate asOf, ImmutableList<PartnershipLine> partnerships,
        ImmutableList<ProjectLine> projects, ImmutableList<AssociationGrant> grants, ImmutableList<VisitLine> visits,
        ImmutableList<ReportingObligation> obligations, ImmutableList<Finding> findings,
        ImmutableList<YearFigures> lastFiveYears, ImmutableList<ReportedFigures> reported,
        ImmutableSortedMap<CountryCode, Integer> partnerCountries) {

    public AnnualCompilation {
        checkNotNull(municipality, "municipality is required");
        municipalityName = Text.required("municipality name", municipalityName);
        checkNotNull(compiledOn, "compiledOn is required");
        checkNotNull(asOf, "asOf is required");
        checkArgument(asOf.getYear() == year && !asOf.isAfter(compiledOn),
                "the compilation of %s shows the records of a day in that year up to %s, not %s", year, compiledOn,
                asOf);
        partnerships = ImmutableList.copyOf(checkNotNull(partnerships, "partnerships are required"));
        projects = ImmutableList.copyOf(checkNotNull(projects, "projects are required"));
        grants = ImmutableList.copyOf(checkNotNull(grants, "grants are required"));
        visits = ImmutableList.copyOf(checkNotNull(visits, "visits are required"));
        obligations = ImmutableList.copyOf(checkNotNull(obligations, "obligations are required"));
        obligations.forEach(o -> checkArgument(o.due().getYear() == year && o.municipality().equals(municipality),
                "obligation %s is not %s's of %s", o.key(), municipality, year));
        findings = ImmutableList.copyOf(checkNotNull(findings, "findings are required"));
        lastFiveYears = ImmutableList.copyOf(checkNotNull(lastFiveYears, "lastFiveYears are required"));
        checkArgument(!lastFiveYears.isEmpty() && lastFiveYears.get(lastFiveYears.size() - 1).year() == year,
                "the years' figures end with %s", year);
        for (int i = 1; i < lastFiveYears.size(); i++) {
            checkArgument(lastFiveYears.get(i).year() == lastFiveYears.get(i - 1).year() + 1,
                    "the years' figures are of consecutive years");
        }
        reported = ImmutableList.copyOf(checkNotNull(reported, "reported is required (may be empty)"));
        reported.forEach(r -> checkArgument(r.year() <= year && r.municipality().equals(municipality),
                "figures reported for %s by %s do not belong in %s's compilation of %s", r.year(), r.municipality(),
                municipality, year));
        partnerCountries = ImmutableSortedMap.copyOf(checkNotNull(partnerCountries, "partnerCountries are required"));
        partnerCountries.values().forEach(n -> checkArgument(n > 0, "a partner country counts at least one"));
    }

    /** The year's computed figures, beside what was reported for it. */
    public YearFigures figures() {
        return lastFiveYears.get(lastFiveYears.size() - 1);
    }

    public Activities activities() {
        return figures().activities();
    }

    public ExternalFunding funding() {
        return figures().funding();
    }

    /** The external funding by programme, in SEK: the rows add up to the total. */
    public ImmutableMap<String, Money> fundingByProgramme() {
        return funding().byProgramme();
    }

    /** The number of international activities in each of the last five years, oldest first. */
    public ImmutableMap<Integer, Integer> activitiesPerYear() {
        ImmutableMap.Builder<Integer, Integer> perYear = ImmutableMap.builder();
        lastFiveYears.forEach(y -> perYear.put(y.year(), y.activities().total()));
        return perYear.build();
    }

    /** Every rate an amount was converted at (kronor, which need none, left out), by day and then currency. */
    public ImmutableList<Rate> rates() {
        return funding().conversions().stream().map(Conversion::rate)
                .filter(r -> !r.from().equals(Money.SEK)).distinct()
                .sorted(Comparator.comparing(Rate::day).thenComparing(r -> r.from().getCurrencyCode()))
                .collect(ImmutableList.toImmutableList());
    }

    /** The projects by their status on {@link #asOf}, in the lifecycle's order. */
    public ImmutableMap<ProjectStatus, Integer> projectsByStatus() {
        Map<ProjectStatus, Integer> counts = new EnumMap<>(ProjectStatus.class);
        projects.forEach(p -> counts.merge(p.status(), 1, Integer::sum));
        return ImmutableMap.copyOf(counts);
    }

    /** The projects by owning unit, by the unit's name. */
    public ImmutableMap<String, Integer> projectsByUnit() {
        return countBy(ProjectLine::unit);
    }

    /** The projects by funding programme; those without one under {@link Statistics#NO_PROGRAMME}. */
    public ImmutableMap<String, Integer> projectsByProgramme() {
        return countBy(p -> p.programme().orElse(Statistics.NO_PROGRAMME));
    }

    /** The projects by country: a project with several countries counts under each. */
    public ImmutableMap<CountryCode, Integer> projectsByCountry() {
        Map<CountryCode, Integer> counts = new TreeMap<>();
        projects.forEach(p -> p.countries().forEach(c -> counts.merge(c, 1, Integer::sum)));
        return ImmutableMap.copyOf(counts);
    }

    /** The obligations due in the year that were submitted or waived. */
    public ImmutableList<ReportingObligation> met() {
        return obligations.stream().filter(o -> o.status() != ObligationStatus.PENDING)
                .collect(ImmutableList.toImmutableList());
    }

    /** The obligations due in the year that are still pending after their due day, on {@link #compiledOn}. */
    public ImmutableList<ReportingObligation> overdue() {
        return obligations.stream().filter(o -> o.isOverdue(compiledOn)).collect(ImmutableList.toImmutableList());
    }

    private ImmutableMap<String, Integer> countBy(Function<ProjectLine, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        projects.forEach(p -> counts.merge(key.apply(p), 1, Integer::sum));
        return ImmutableMap.copyOf(counts);
    }
}
