package se.omvarld.domain.statistics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.grant.GrantStatus;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.visit.Visit;

/**
 * The figures a politician reads (statistik), all money in SEK. A pure function of the register, the year and a rate
 * lookup.
 *
 * <p>What a municipality {@linkplain ReportedFigures reported} for a year before or outside Omvärld is shown beside
 * the year's computed figures ({@link YearFigures#reported}), never added to them: the register may hold only part
 * of what the report counted, and adding the two would count some activities twice.
 *
 * <p><b>Activities</b> in a year: partnerships in force on any day of it, projects active in it
 * ({@link Project#activeIn}), visits on any day of it, association grants decided (granted) in it.
 *
 * <p><b>External funding</b> of a year: the external funding granted to projects in that year (the day of their
 * {@code GRANTED} step), converted to SEK at the rate of that day. A withdrawn project's grant is not counted. A
 * missing rate is never a zero: the amount is listed as {@link Unconverted} and left out of every total.
 *
 * <p><b>Families.</b> A project whose parent is in the register is part of its parent's family, and a family is
 * one activity: it counts once in a year in which any of its members is active. Its funding is counted once: a
 * member's grant is compared with that of its <em>nearest funded ancestor</em>, the closest ancestor holding a
 * granted, non-withdrawn, non-zero external funding of its own. A grant under the same programme as that ancestor's
 * is taken to be a share of the ancestor's grant and is not added again; a grant under another programme, or of a
 * member without a funded ancestor, is added. An ancestor that was never granted, was withdrawn, or was granted
 * zero holds nothing its children's grants could be a share of, so it absorbs nothing: the comparison passes over
 * it to the next ancestor, however many generations up. So a family's funding is never lost: under every programme
 * in which a member holds a non-zero grant, the family counts at least one grant. (Parent links that form a cycle,
 * which only faulty data can hold, make one family whose root is the member of the cycle with the least id; the
 * root has no ancestor, so the cycle is cut there.)
 */
public final class Statistics {

    /** The programme key of a grant without a programme. */
    public static final String NO_PROGRAMME = "(no programme)";

    private Statistics() {
    }

    /** Activities and external funding of each year from {@code firstYear} to {@code lastYear}. */
    public static ImmutableList<YearFigures> forYears(Register register, int firstYear, int lastYear,
            RateLookup rates) {
        return forYears(register, List.of(), firstYear, lastYear, rates);
    }

    /**
     * Activities and external funding of each year from {@code firstYear} to {@code lastYear}, each year beside the
     * figures the municipality {@linkplain ReportedFigures reported} for it, if {@code reported} holds any. Reported
     * figures are shown, never added to the computed ones.
     */
    public static ImmutableList<YearFigures> forYears(Register register, List<ReportedFigures> reported,
            int firstYear, int lastYear, RateLookup rates) {
        checkNotNull(register, "register is required");
        checkNotNull(reported, "reported figures are required (empty when none)");
        checkArgument(firstYear <= lastYear, "firstYear %s is after lastYear %s", firstYear, lastYear);
        Map<Integer, ReportedFigures> byYear = new TreeMap<>();
        for (ReportedFigures figures : reported) {
            checkArgument(figures.municipality().equals(register.municipality().code()),
                    "figures reported by %s are not %s's", figures.municipality(), register.municipality().code());
            checkArgument(byYear.put(figures.year(), figures) == null, "two sets of figures reported for %s",
                    figures.year());
        }
        // The families and the grants they count do not depend on the year: worked out once for every year asked.
        Families families = new Families(register);
        List<Granted> counted = counted(register, families);
        ImmutableList.Builder<YearFigures> years = ImmutableList.builder();
        for (int year = firstYear; year <= lastYear; year++) {
            years.add(new YearFigures(year, activities(register, families, year),
                    externalFunding(register, counted, year, rates), Optional.ofNullable(byYear.get(year))));
        }
        return years.build();
    }

    public static YearFigures forYear(Register register, int year, RateLookup rates) {
        return new YearFigures(year, activities(register, year), externalFunding(register, year, rates));
    }

    public static Activities activities(Register register, int year) {
        checkNotNull(register, "register is required");
        return activities(register, new Families(register), year);
    }

    private static Activities activities(Register register, Families families, int year) {
        DateRange days = DateRange.year(year);
        int partnerships = (int) register.partnerships().stream().filter(p -> inForceDuring(p, days)).count();
        int projects = (int) register.projects().stream().filter(p -> p.activeIn(year)).map(families::root)
                .distinct().count();
        int visits = (int) register.visits().stream().map(Visit::dates).filter(days::overlaps).count();
        int grants = (int) register.grants().stream().filter(g -> grantedIn(g, days)).count();
        return new Activities(year, partnerships, projects, visits, grants);
    }

    public static ExternalFunding externalFunding(Register register, int year, RateLookup rates) {
        checkNotNull(register, "register is required");
        checkNotNull(rates, "rates are required");
        return externalFunding(register, counted(register, new Families(register)), year, rates);
    }

    /** A project whose own external funding is counted, with the day it was granted. */
    private record Granted(Project project, LocalDate day) {
    }

    /** Every project whose funding is counted, in the order a year lists them: by day granted, title, then id. */
    private static List<Granted> counted(Register register, Families families) {
        return register.projects().stream().filter(families::countsFunding)
                .map(p -> new Granted(p, p.reached(ProjectStatus.GRANTED).get()))
                .sorted(Comparator.comparing(Granted::day).thenComparing(g -> g.project().title())
                        .thenComparing(g -> g.project().id().toString()))
                .toList();
    }

    private static ExternalFunding externalFunding(Register register, List<Granted> granted, int year,
            RateLookup rates) {
        Money total = Money.zero(Money.SEK);
        Map<String, Money> byProgramme = new TreeMap<>();
        Map<String, Money> byUnit = new TreeMap<>();
        Map<CountryCode, Money> byCountry = new TreeMap<>();
        Map<Area, Money> byArea = new TreeMap<>();
        List<Conversion> conversions = new ArrayList<>();
        List<Unconverted> unconverted = new ArrayList<>();
        for (Granted g : granted) {
            if (g.day().getYear() != year) {
                continue;
            }
            Project project = g.project();
            Money amount = project.budget().externalFunding();
            LocalDate day = g.day();
            Optional<Rate> rate = amount.currency().equals(Money.SEK) ? Optional.of(Rate.sek(day))
                    : rates.rate(amount.currency(), day);
            if (rate.isEmpty()) {
                unconverted.add(new Unconverted(project.id(), project.title(), amount, day));
                continue;
            }
            checkState(rate.get().from().equals(amount.currency()), "asked for a rate from %s, got one from %s",
                    amount.currency(), rate.get().from());
            Money sek = rate.get().toSek(amount);
            conversions.add(new Conversion(project.id(), project.title(), amount, rate.get(), sek));
            total = total.plus(sek);
            add(byProgramme, project.programme().map(id -> register.programme(id).map(FundingProgramme::name)
                    .orElse(id.toString())).orElse(NO_PROGRAMME), sek);
            add(byUnit, register.municipality().unitName(project.owningUnit()), sek);
            project.countries().forEach(c -> add(byCountry, c, sek));
            project.areas().forEach(a -> add(byArea, a, sek));
        }
        return new ExternalFunding(year, total, ImmutableMap.copyOf(byProgramme), ImmutableMap.copyOf(byUnit),
                ImmutableMap.copyOf(byCountry), ImmutableMap.copyOf(byArea), ImmutableList.copyOf(conversions),
                ImmutableList.copyOf(unconverted));
    }

    private static <K> void add(Map<K, Money> map, K key, Money amount) {
        map.merge(key, amount, Money::plus);
    }

    private static boolean inForceDuring(Partnership p, DateRange days) {
        return p.activatedOn().map(a -> !a.isAfter(days.end())).orElse(false)
                && p.terminatedOn().map(t -> t.isAfter(days.start())).orElse(true);
    }

    private static boolean grantedIn(AssociationGrant g, DateRange days) {
        return (g.status() == GrantStatus.GRANTED || g.status() == GrantStatus.FOLLOWED_UP)
                && g.decision().map(d -> days.contains(d.date())).orElse(false);
    }

    /** The project families of a register: who is whose root, and whose grant is counted. */
    private static final class Families {

        private final Map<ProjectId, Project> projects = new LinkedHashMap<>();
        /** Each project's root, once worked out: {@link #root} is asked for every project in every year. */
        private final Map<ProjectId, ProjectId> roots = new HashMap<>();

        Families(Register register) {
            register.projects().forEach(p -> projects.put(p.id(), p));
        }

        /** The family's root: the ancestor without a parent in the register. A cycle's root is its least id. */
        ProjectId root(Project project) {
            return roots.computeIfAbsent(project.id(), id -> rootOf(project));
        }

        private ProjectId rootOf(Project project) {
            List<ProjectId> chain = new ArrayList<>();
            Set<ProjectId> seen = new HashSet<>();
            Project current = project;
            while (true) {
                chain.add(current.id());
                seen.add(current.id());
                Optional<Project> parent = current.parent().map(projects::get);
                if (parent.isEmpty()) {
                    return current.id();
                }
                if (seen.contains(parent.get().id())) {
                    return chain.subList(chain.indexOf(parent.get().id()), chain.size()).stream()
                            .min(Comparator.comparing(ProjectId::toString)).orElseThrow();
                }
                current = parent.get();
            }
        }

        private static boolean granted(Project p) {
            return p.reached(ProjectStatus.GRANTED).isPresent() && p.status() != ProjectStatus.WITHDRAWN;
        }

        /** Whether the project holds external funding of its own: granted, not withdrawn, and not zero. */
        private static boolean funded(Project p) {
            return granted(p) && !p.budget().externalFunding().isZero();
        }

        /**
         * Whether the project's own granted external funding is counted: it is {@linkplain #funded funded}, and is
         * not a share of a grant under the same programme to its nearest funded ancestor. Ancestors funded with
         * nothing (never granted, withdrawn, granted zero) are passed over, however many generations lie between.
         */
        boolean countsFunding(Project p) {
            if (!funded(p)) {
                return false;
            }
            return nearestFundedAncestor(p).map(a -> !a.programme().equals(p.programme())).orElse(true);
        }

        /** The closest ancestor within the family that is {@linkplain #funded funded}; the root has no ancestor. */
        private Optional<Project> nearestFundedAncestor(Project p) {
            ProjectId root = root(p);
            Project current = p;
            while (!current.id().equals(root)) {
                current = projects.get(current.parent().orElseThrow());
                if (funded(current)) {
                    return Optional.of(current);
                }
            }
            return Optional.empty();
        }
    }
}
