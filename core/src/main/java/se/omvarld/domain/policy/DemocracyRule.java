package se.omvarld.domain.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/**
 * R2: cooperation with parties in non-democratic countries carries a democracy plan, and the country's standing is
 * consulted (Lidköping: "Vid samarbete med parter i icke-demokratiska länder ska reflektion kring demokratiprocesser
 * vara en del av insatsen").
 *
 * <p>The reading taken here: the sentence speaks of every cooperation with "parter", so it covers partnerships (their
 * partner's country) and projects (the countries of their partners) alike. A country is non-democratic in a year when
 * the latest assessment up to that year puts it in a class the profile flags (by default V-Dem's closed and
 * electoral autocracies). Before a cooperation is committed to — a partnership activated, a project started — a
 * democracy plan adopted no later than that day must be recorded for it, or the step is refused (advised, where the
 * profile states R2 as a preference); a country without any assessment cannot be consulted, so it also needs a plan.
 * Over time, a cooperation in force with a country flagged in any year since it began, and no plan, is a breach
 * from the first such year (or its start, if later), even if the country has since been reclassified: those years
 * stand. A country reclassified after the plan was adopted is noted so the plan can be reviewed.
 */
@PolicyRule(RuleId.R2)
public final class DemocracyRule {

    private DemocracyRule() {
    }

    /** What a cooperation is committed to: the reason names it. */
    public enum Commitment {
        PARTNERSHIP("the partnership", WordingKey.RULE_R2_PARTNERSHIP_NEEDS_PLAN),
        PROJECT("the project", WordingKey.RULE_R2_PROJECT_NEEDS_PLAN);

        private final String english;
        private final WordingKey needsPlan;

        Commitment(String english, WordingKey needsPlan) {
            this.english = english;
            this.needsPlan = needsPlan;
        }
    }

    /**
     * Whether a cooperation with parties in {@code countries} may be committed to on {@code day}.
     *
     * @param what  what is committed to, for the reason
     * @param plans every democracy plan recorded for the cooperation
     */
    public static Verdict beforeCommitment(PolicyProfile profile, Commitment what, Set<CountryCode> countries,
            List<DemocracyPlan> plans, CountryAssessmentTable assessments, LocalDate day) {
        checkNotNull(profile, "profile is required");
        checkNotNull(day, "day is required");
        if (!profile.has(RuleId.R2) || planOn(plans, day).isPresent()) {
            return Verdict.NONE;
        }
        List<Wording> reasons = new ArrayList<>();
        for (CountryCode country : sorted(countries)) {
            if (assessments.history(country).isEmpty()) {
                reasons.add(Wording.of(WordingKey.RULE_R2_NO_ASSESSMENT, "no assessment of " + countryName(country)
                        + " is available to consult; record a democracy plan or add an assessment", country));
                continue;
            }
            assessments.latest(country, day.getYear()).filter(a -> profile.needsDemocracyPlan(a.regime()))
                    .ifPresent(a -> reasons.add(Wording.of(what.needsPlan, countryName(country) + " is classed "
                            + regime(a.regime()) + " in " + a.year() + " (" + a.source() + "): " + what.english
                            + " needs a democracy plan adopted by " + day, country, a.regime(), a.year(), a.source(),
                            day)));
        }
        return Verdict.of(profile, RuleId.R2, reasons);
    }

    /**
     * The finding about a cooperation in force from {@code from} to {@code today}, if any.
     *
     * @param record a readable reference to the partnership or project
     */
    public static Optional<Finding> over(PolicyProfile profile, Wording record, Set<CountryCode> countries,
            List<DemocracyPlan> plans, CountryAssessmentTable assessments, LocalDate from, LocalDate today) {
        if (!profile.has(RuleId.R2)) {
            return Optional.empty();
        }
        Optional<DemocracyPlan> plan = planOn(plans, today);
        for (CountryCode country : sorted(countries)) {
            Optional<Finding> finding = over(profile, record, country, plan, assessments, from, today);
            if (finding.isPresent()) {
                return finding;
            }
        }
        return Optional.empty();
    }

    private static Optional<Finding> over(PolicyProfile profile, Wording record, CountryCode country,
            Optional<DemocracyPlan> plan, CountryAssessmentTable assessments, LocalDate from, LocalDate today) {
        boolean duty = profile.requires(RuleId.R2);
        if (assessments.history(country).isEmpty()) {
            return plan.isPresent() ? Optional.empty() : Optional.of(new Finding(RuleId.R2, record, from,
                    duty ? Severity.WARNING : Severity.INFO, Wording.of(WordingKey.FINDING_R2_NO_ASSESSMENT,
                            "there is no assessment of " + countryName(country)
                            + " to consult; add one, or record a democracy plan", country)));
        }
        List<Run> runs = flaggedRuns(profile, country, assessments, from, today);
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        if (plan.isEmpty()) {
            Run first = runs.get(0);
            boolean flaggedNow = runs.get(runs.size() - 1).until().getYear() == today.getYear();
            CountryAssessment a = first.assessment();
            return Optional.of(new Finding(RuleId.R2, record, first.since(), duty ? Severity.BREACH : Severity.INFO,
                    Wording.of(flaggedNow ? WordingKey.FINDING_R2_NO_PLAN : WordingKey.FINDING_R2_NO_PLAN_PAST,
                            countryName(country) + " is classed " + regime(a.regime()) + " from " + a.year() + " ("
                            + a.source() + ") while the cooperation is in force, and it has no democracy plan"
                            + (flaggedNow ? "" : "; it is no longer classed so, but those years stand"),
                            country, a.regime(), a.year(), a.source())));
        }
        for (Run run : runs) {
            if (run.since().isAfter(plan.get().adoptedOn())) {
                CountryAssessment a = run.assessment();
                return Optional.of(new Finding(RuleId.R2, record, run.since(), Severity.INFO, Wording.of(
                        WordingKey.FINDING_R2_RECLASSIFIED, countryName(country) + " was reclassified "
                        + regime(a.regime()) + " in " + a.year() + " (" + a.source() + "), after the democracy plan"
                        + " of " + plan.get().adoptedOn() + "; the plan still stands, review it", country,
                        a.regime(), a.year(), a.source(), plan.get().adoptedOn())));
            }
        }
        return Optional.empty();
    }

    /** A run of consecutive flagged years while in force: from its first day (or {@code from}) to its last year. */
    private record Run(LocalDate since, LocalDate until, CountryAssessment assessment) {
    }

    private static List<Run> flaggedRuns(PolicyProfile profile, CountryCode country,
            CountryAssessmentTable assessments, LocalDate from, LocalDate today) {
        List<Run> runs = new ArrayList<>();
        LocalDate since = null;
        CountryAssessment first = null;
        for (int year = from.getYear(); year <= today.getYear(); year++) {
            Optional<CountryAssessment> a = assessments.latest(country, year);
            boolean flagged = a.isPresent() && profile.needsDemocracyPlan(a.get().regime());
            if (flagged && since == null) {
                LocalDate yearStart = LocalDate.of(year, 1, 1);
                since = yearStart.isBefore(from) ? from : yearStart;
                first = a.get();
            }
            if (!flagged && since != null) {
                runs.add(new Run(since, LocalDate.of(year - 1, 12, 31), first));
                since = null;
            }
        }
        if (since != null) {
            runs.add(new Run(since, LocalDate.of(today.getYear(), 12, 31), first));
        }
        return runs;
    }

    /** The latest plan adopted on or before {@code day}: a plan adopted later cannot justify what came before it. */
    public static Optional<DemocracyPlan> planOn(List<DemocracyPlan> plans, LocalDate day) {
        return plans.stream().filter(p -> !p.adoptedOn().isAfter(day))
                .max(Comparator.comparing(DemocracyPlan::adoptedOn));
    }

    private static List<CountryCode> sorted(Set<CountryCode> countries) {
        return countries.stream().sorted(Comparator.comparing(CountryCode::value))
                .collect(ImmutableList.toImmutableList());
    }

    static String countryName(CountryCode country) {
        String name = new Locale("", country.value()).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? country.value() : name + " (" + country.value() + ")";
    }

    private static String regime(RegimeClass regime) {
        return regime.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (class " + regime.code() + ")";
    }
}
