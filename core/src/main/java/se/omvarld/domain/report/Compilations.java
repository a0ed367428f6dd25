package se.omvarld.domain.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import se.omvarld.domain.compliance.Compliance;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.obligation.ObligationStatus;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.partnership.StatusChange;
import se.omvarld.domain.policy.AnnualReportScope;
import se.omvarld.domain.policy.CountryAssessmentTable;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.project.ProjectStep;
import se.omvarld.domain.register.AnnualReportRule;
import se.omvarld.domain.register.ObligationPlanner;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.statistics.Conversion;
import se.omvarld.domain.statistics.ExternalFunding;
import se.omvarld.domain.statistics.RateLookup;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.domain.statistics.Statistics;
import se.omvarld.domain.statistics.YearFigures;
import se.omvarld.domain.visit.Visit;

/**
 * Makes the reports of a year from a municipality's register: the {@link AnnualCompilation} (R5) and the
 * {@link CommitteeReportSection}s of the annual report (R6). A pure function of the profile, the register, the year,
 * the day of compiling, the rates, the reported figures and the country assessments.
 */
public final class Compilations {

    /** How many years the figures of a compilation go back, the compiled year included. */
    public static final int YEARS_SHOWN = 5;

    private Compilations() {
    }

    /**
     * The compilation of {@code year} as of {@code today}.
     *
     * @param reported    every set of figures the municipality reported, of any year
     * @param assessments the country assessments R2's findings consult
     * @throws IllegalArgumentException if the year has not begun on {@code today}, or the profile, register and
     *                                  reported figures are not one municipality's
     */
    public static AnnualCompilation compile(PolicyProfile profile, Register register, int year, LocalDate today,
            RateLookup rates, List<ReportedFigures> reported, CountryAssessmentTable assessments) {
        checkNotNull(rates, "rates are required");
        checkNotNull(reported, "reported figures are required (may be empty)");
        checkNotNull(assessments, "assessments are required");
        return new Compiling(profile, register, year, today).compilation(rates, reported, assessments);
    }

    /**
     * The annual report's sections on {@code year} as the profile's {@link AnnualReportScope} asks for them: one per
     * committee that had international work in the year (none if no committee had), or the municipality's one.
     */
    public static ImmutableList<CommitteeReportSection> sections(PolicyProfile profile, Register register, int year,
            LocalDate today, RateLookup rates) {
        checkNotNull(rates, "rates are required");
        return new Compiling(profile, register, year, today).sections(rates);
    }

    /**
     * Whose sections of the annual report {@link #sections} writes on {@code year}, without writing them: each
     * committee's that had international work in the year, or the municipality's one (empty).
     */
    public static ImmutableList<Optional<Committee>> sectionsOwed(PolicyProfile profile, Register register,
            int year) {
        checkNotNull(profile, "profile is required");
        checkNotNull(register, "register is required");
        if (profile.annualReportScope() == AnnualReportScope.MUNICIPALITY) {
            return ImmutableList.of(Optional.empty());
        }
        return AnnualReportRule.committeesWithInternationalWork(register, year).stream()
                .map(id -> Optional.of(register.municipality().committee(id).orElseThrow()))
                .collect(ImmutableList.toImmutableList());
    }

    /** The records of a register as they stood on {@link #asOf}, and the obligations around the year. */
    private static final class Compiling {

        private final PolicyProfile profile;
        private final Register register;
        private final Municipality municipality;
        private final int year;
        private final DateRange days;
        private final LocalDate today;
        private final LocalDate asOf;
        /** Every obligation from the day the register follows them up to the end of the next year. */
        private final ImmutableList<ReportingObligation> work;

        Compiling(PolicyProfile profile, Register register, int year, LocalDate today) {
            this.profile = checkNotNull(profile, "profile is required");
            this.register = checkNotNull(register, "register is required");
            this.today = checkNotNull(today, "today is required");
            checkArgument(profile.municipality().equals(register.municipality().code()),
                    "the profile is %s's, the register %s's", profile.municipality(), register.municipality().code());
            checkArgument(year <= today.getYear(), "%s has not begun on %s", year, today);
            checkArgument(year - YEARS_SHOWN + 1 >= ReportedFigures.FIRST_YEAR, "a compilation is of %s or later",
                    ReportedFigures.FIRST_YEAR + YEARS_SHOWN - 1);
            this.municipality = register.municipality();
            this.year = year;
            this.days = DateRange.year(year);
            this.asOf = days.end().isAfter(today) ? today : days.end();
            this.work = ObligationPlanner.work(profile, register, DateRange.year(year + 1).end());
        }

        AnnualCompilation compilation(RateLookup rates, List<ReportedFigures> reported,
                CountryAssessmentTable assessments) {
            ImmutableList<YearFigures> figures = figures(rates, reported);
            ImmutableList<ReportedFigures> earlier = reported.stream().filter(r -> r.year() <= year)
                    .sorted(Comparator.comparingInt(ReportedFigures::year))
                    .collect(ImmutableList.toImmutableList());
            ImmutableList<ReportingObligation> due = work.stream().filter(o -> days.contains(o.due()))
                    .collect(ImmutableList.toImmutableList());
            ImmutableList<Finding> findings = Compliance.check(profile, register,
                    assessments, work, asOf).stream().filter(f -> !f.since().isAfter(asOf))
                    .collect(ImmutableList.toImmutableList());
            return new AnnualCompilation(municipality.code(), municipality.name(), year, today, asOf,
                    partnerships(), projects(), grants(), visits(), due, findings, figures, earlier,
                    partnerCountries());
        }

        ImmutableList<CommitteeReportSection> sections(RateLookup rates) {
            ExternalFunding funding = Statistics.externalFunding(register, year, rates);
            ImmutableList<PartnershipLine> partnerships = partnerships();
            ImmutableList<ProjectLine> projects = projects();
            ImmutableList<VisitLine> visits = visits();
            if (profile.annualReportScope() == AnnualReportScope.MUNICIPALITY) {
                return ImmutableList.of(section(Optional.empty(), partnerships.stream().filter(this::inForce)
                        .toList(), projects, visits, funding, id -> true, ObligationKeys.annualReport(year)));
            }
            ImmutableList.Builder<CommitteeReportSection> sections = ImmutableList.builder();
            for (Optional<Committee> owing : sectionsOwed(profile, register, year)) {
                Committee committee = owing.orElseThrow();
                CommitteeId id = committee.id();
                Set<ProjectId> owned = register.projects().stream().filter(p -> p.committee().equals(id))
                        .map(Project::id).collect(ImmutableSet.toImmutableSet());
                sections.add(section(Optional.of(committee),
                        partnerships.stream().filter(p -> p.committees().contains(id) && inForce(p)).toList(),
                        projects.stream().filter(p -> p.committee().equals(id)
                                || (p.participatingCommittees().contains(id) && active(p.id()))).toList(),
                        visits.stream().filter(v -> v.committees().contains(id)).toList(),
                        funding, owned::contains, ObligationKeys.annualReportSection(year, id)));
            }
            return sections.build();
        }

        private CommitteeReportSection section(Optional<Committee> committee, List<PartnershipLine> partnerships,
                List<ProjectLine> projects, List<VisitLine> visits, ExternalFunding funding,
                Predicate<ProjectId> financedBy, ObligationKey key) {
            ImmutableList<Conversion> conversions = funding.conversions().stream()
                    .filter(c -> financedBy.test(c.project())).collect(ImmutableList.toImmutableList());
            Money total = conversions.stream().map(Conversion::sek).reduce(Money.zero(Money.SEK), Money::plus);
            return new CommitteeReportSection(municipality.code(), municipality.name(), year, today,
                    profile.annualReportScope(), committee, ImmutableList.copyOf(partnerships),
                    ImmutableList.copyOf(projects), ImmutableList.copyOf(visits), total, conversions,
                    funding.unconverted().stream().filter(u -> financedBy.test(u.project()))
                            .collect(ImmutableList.toImmutableList()),
                    obligation(key));
        }

        private Optional<ReportingObligation> obligation(ObligationKey key) {
            return work.stream().filter(o -> o.key().equals(key)).findFirst();
        }

        private ImmutableList<YearFigures> figures(RateLookup rates, List<ReportedFigures> reported) {
            return Statistics.forYears(register, reported, year - YEARS_SHOWN + 1, year, rates);
        }

        private boolean inForce(PartnershipLine line) {
            return register.partnership(line.id()).map(p -> p.inForceDuring(days.start(), days.end()))
                    .orElse(false);
        }

        private boolean active(ProjectId id) {
            return register.project(id).map(p -> p.activeIn(year)).orElse(false);
        }

        private ImmutableList<PartnershipLine> partnerships() {
            return register.partnerships().stream()
                    .filter(p -> !p.proposedOn().isAfter(asOf))
                    .filter(p -> p.inForceDuring(days.start(), days.end()) || days.contains(p.proposedOn())
                            || p.history().stream().anyMatch(c -> days.contains(c.decision().date())))
                    .map(this::line)
                    .sorted(Comparator.comparing(PartnershipLine::title).thenComparing(l -> l.id().toString()))
                    .collect(ImmutableList.toImmutableList());
        }

        private PartnershipLine line(Partnership p) {
            List<StatusChange> taken = p.history().stream().filter(c -> !c.decision().date().isAfter(asOf))
                    .toList();
            PartnershipStatus status = taken.isEmpty() ? PartnershipStatus.PROPOSED
                    : taken.get(taken.size() - 1).to();
            Optional<LocalDate> since = p.activatedOn().filter(d -> !d.isAfter(asOf));
            String evaluations = ObligationKey.of("R9", "twin-town-evaluation", p.id().toString()).value() + "/";
            Optional<LocalDate> evaluated = register.obligationRecords().stream()
                    .filter(r -> r.key().value().startsWith(evaluations))
                    .filter(r -> r.status() == ObligationStatus.SUBMITTED && !r.on().isAfter(asOf))
                    .map(ObligationRecord::on).max(Comparator.naturalOrder());
            String partner = register.partner(p.partner()).map(Partner::name).orElse(p.partner().toString());
            return new PartnershipLine(p.id(), p.title(), partner, p.country(), p.kind(), status, since,
                    taken.stream().map(StatusChange::decision).collect(ImmutableList.toImmutableList()), evaluated,
                    p.committees());
        }

        private ImmutableList<ProjectLine> projects() {
            return register.projects().stream()
                    .filter(p -> !p.registeredOn().isAfter(asOf))
                    .filter(p -> p.activeIn(year) || days.contains(p.registeredOn())
                            || p.history().stream().anyMatch(s -> days.contains(s.on())))
                    .map(this::line)
                    .sorted(Comparator.comparing(ProjectLine::title).thenComparing(l -> l.id().toString()))
                    .collect(ImmutableList.toImmutableList());
        }

        private ProjectLine line(Project p) {
            ProjectStatus status = p.history().stream().filter(s -> !s.on().isAfter(asOf))
                    .reduce((first, second) -> second).map(ProjectStep::to).orElse(ProjectStatus.IDEA);
            ImmutableSet<CommitteeId> participating = p.participants().stream()
                    .map(municipality::committeeOfUnitNamed).flatMap(Optional::stream)
                    .collect(ImmutableSet.toImmutableSet());
            Optional<String> programme = p.programme().map(id -> register.programme(id)
                    .map(FundingProgramme::name).orElse(id.toString()));
            return new ProjectLine(p.id(), p.title(), status, municipality.unitName(p.owningUnit()), p.committee(),
                    participating, programme, p.countries(),
                    p.reached(ProjectStatus.RUNNING).filter(d -> !d.isAfter(asOf)));
        }

        private ImmutableList<AssociationGrant> grants() {
            return register.grants().stream()
                    .filter(g -> !g.appliedOn().isAfter(asOf))
                    .filter(g -> days.contains(g.appliedOn()) || days.overlaps(g.exchange())
                            || g.decision().map(Decision::date).filter(days::contains).isPresent())
                    .sorted(Comparator.comparing(AssociationGrant::appliedOn)
                            .thenComparing(AssociationGrant::association).thenComparing(g -> g.id().toString()))
                    .collect(ImmutableList.toImmutableList());
        }

        private ImmutableList<VisitLine> visits() {
            return register.visits().stream()
                    .filter(v -> days.overlaps(v.dates()))
                    .sorted(Comparator.comparing((Visit v) -> v.dates().start()).thenComparing(Visit::purpose)
                            .thenComparing(v -> v.id().toString()))
                    .map(v -> new VisitLine(v.id(), v.purpose(), v.direction(), v.dates(), v.participants(),
                            v.partnership().flatMap(register::partnership).map(Partnership::title),
                            v.committees(), obligation(ObligationKeys.visitReport(v.id()))))
                    .collect(ImmutableList.toImmutableList());
        }

        private ImmutableSortedMap<CountryCode, Integer> partnerCountries() {
            Map<CountryCode, Integer> counts = new TreeMap<>();
            register.partnerships().stream().filter(p -> p.inForceDuring(days.start(), days.end()))
                    .forEach(p -> counts.merge(p.country(), 1, Integer::sum));
            register.projects().stream().filter(p -> p.activeIn(year))
                    .forEach(p -> p.countries().forEach(c -> counts.merge(c, 1, Integer::sum)));
            return ImmutableSortedMap.copyOf(counts);
        }
    }
}
