package se.omvarld.adapter.db.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import se.omvarld.adapter.db.JooqPersistence;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.grant.GrantStatus;
import se.omvarld.domain.municipality.Administration;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.policy.DemocracyPlan;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.Representative;
import se.omvarld.domain.municipality.Unit;
import se.omvarld.domain.municipality.UnitKind;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partner.PartnerKind;
import se.omvarld.domain.partnership.BenefitRiskAnalysis;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.partnership.StatusChange;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.project.Budget;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.project.ProjectStep;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.CallId;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.visit.Direction;
import se.omvarld.domain.visit.Visit;

/**
 * A national register, generated deterministically (fixed seed): 290 municipalities with real-looking codes (a
 * county's two digits, then two more). The largest, {@link #LARGEST} (Stockholm's code), has 2,000 projects (a
 * third of them sub-projects, most under a funding programme in EUR, SEK, NOK or DKK, with partners, countries and
 * histories through applied, granted, running and completed), 200 partnerships (twin towns and the other kinds, with
 * analyses, democracy plans, activations, reviews and some terminations, a few entered by a committee), 800 visits,
 * 300 association grants and an obligation record for most visit reports and past annual compilations. The others
 * shrink with their rank ({@code 2000 / (rank + 1)^1.5} projects, at least 4): about 3,300 projects between them.
 *
 * <p>Everything is built through the domain's own factories (so every invariant holds) and stored through the jOOQ
 * repositories, one transaction per municipality. Countries are real ISO codes present in the V-Dem table, so R2
 * consults real classes; currencies are ones the ECB table fixes, so statistics convert real rates.
 */
public final class NationalRegister {

    public static final MunicipalityCode LARGEST = MunicipalityCode.of("0180");
    public static final int MUNICIPALITIES = 290;
    static final int LARGEST_PROJECTS = 2_000;
    static final int LARGEST_PARTNERSHIPS = 200;
    static final long SEED = 20261129L;
    /** The day the benchmark's clock says it is. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

    private static final String[] COUNTIES = {"01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14",
        "17", "18", "19", "20", "21", "22", "23", "24", "25"};
    /** Partner countries, from long-standing democracies to closed autocracies (V-Dem classes 3 to 0). */
    private static final String[] COUNTRIES = {"DE", "FI", "NO", "DK", "EE", "LV", "LT", "PL", "FR", "NL", "US",
        "HU", "TR", "RS", "UA", "CN", "VN", "ZM", "KE", "TZ", "IN", "BY", "RU", "MZ", "BA", "GE", "RW", "NA"};
    private static final String[] CURRENCIES = {"EUR", "EUR", "EUR", "SEK", "NOK", "DKK"};
    private static final String[] COMMITTEES = {"Barn- och utbildningsnämnden", "Kultur- och fritidsnämnden",
        "Socialnämnden", "Miljö- och byggnadsnämnden", "Tekniska nämnden", "Vård- och omsorgsnämnden",
        "Gymnasie- och vuxenutbildningsnämnden", "Näringslivsnämnden"};

    private final Random random = new Random(SEED);

    /** The municipality codes: {@link #LARGEST} first, then 289 others, in rank order. */
    public static List<MunicipalityCode> codes() {
        List<MunicipalityCode> codes = new ArrayList<>();
        codes.add(LARGEST);
        for (int n = 14; codes.size() < MUNICIPALITIES; n += 3) {
            for (String county : COUNTIES) {
                String code = county + String.format("%02d", n % 100);
                if (codes.size() < MUNICIPALITIES && !code.equals(LARGEST.value())
                        && codes.stream().noneMatch(c -> c.value().equals(code))) {
                    codes.add(MunicipalityCode.of(code));
                }
            }
        }
        return codes;
    }

    /** A profile with every rule, so the planner and the compliance check do all their work. */
    static PolicyProfile profile(MunicipalityCode code) {
        return PolicyProfile.builder(code, "Internationell policy (benchmark)")
                .rules(RuleId.values())
                .boardEnters(PartnershipKind.COOPERATION_AGREEMENT, PartnershipKind.TWIN_TOWN,
                        PartnershipKind.MUNICIPAL_PARTNERSHIP, PartnershipKind.NETWORK_MEMBERSHIP)
                .boardEnds(PartnershipKind.TWIN_TOWN)
                .grantFollowUpWithin(Period.ofMonths(3))
                .obligationsTrackedFrom(LocalDate.of(2025, 1, 1))
                .twinTownEvaluationInterval(Period.ofYears(2))
                .strategyAdoptedOn(LocalDate.of(2015, 6, 1))
                .build();
    }

    /** Stores the whole national register ({@code alone}: only the largest municipality), returns the count. */
    public int store(JooqPersistence db, boolean alone) {
        List<MunicipalityCode> codes = codes();
        int projects = 0;
        for (int rank = 0; rank < codes.size(); rank++) {
            // Every municipality is generated, stored or not, so the largest is the same in both data sets.
            Size size = rank == 0 ? new Size(LARGEST_PROJECTS, LARGEST_PARTNERSHIPS, 800, 300, 12, 8)
                    : Size.ofRank(rank);
            Generated g = generate(codes.get(rank), size);
            if (rank == 0 || !alone) {
                db.transactions().inTransaction(() -> {
                    g.save(db);
                    return null;
                });
                projects += g.projects.size();
            }
        }
        return projects;
    }

    private record Size(int projects, int partnerships, int visits, int grants, int programmes, int committees) {
        static Size ofRank(int rank) {
            int projects = Math.max(4, (int) Math.round(LARGEST_PROJECTS / Math.pow(rank + 1, 1.5)));
            return new Size(projects, Math.max(2, projects / 10), Math.max(2, projects * 2 / 5),
                    Math.max(1, projects * 3 / 20), Math.max(2, Math.min(12, projects / 20)), projects > 100 ? 6 : 3);
        }
    }

    private static final class Generated {
        Municipality municipality;
        final List<Partner> partners = new ArrayList<>();
        final List<Partnership> partnerships = new ArrayList<>();
        final List<FundingProgramme> programmes = new ArrayList<>();
        final List<Call> calls = new ArrayList<>();
        final List<Project> projects = new ArrayList<>();
        final List<Visit> visits = new ArrayList<>();
        final List<AssociationGrant> grants = new ArrayList<>();
        final List<ObligationRecord> records = new ArrayList<>();

        void save(JooqPersistence db) {
            db.municipalities().save(municipality);
            partners.forEach(db.partners()::save);
            partnerships.forEach(db.partnerships()::save);
            programmes.forEach(db.funding()::save);
            calls.forEach(db.funding()::save);
            projects.forEach(db.projects()::save);
            visits.forEach(db.visits()::save);
            grants.forEach(db.grants()::save);
            records.forEach(db.obligations()::save);
        }
    }

    private Generated generate(MunicipalityCode code, Size size) {
        Generated g = new Generated();
        List<Committee> committees = Committee.named(List.of(COMMITTEES).subList(0, size.committees()));
        List<Administration> administrations = new ArrayList<>();
        List<Unit.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < committees.size(); i++) {
            String administration = committees.get(i).name().replace("nämnden", "förvaltningen");
            administrations.add(new Administration(administration, committees.get(i).id(), i % 4 == 3
                    ? Optional.empty()
                    : Optional.of(new Representative("Representant " + (i + 1), "Utvecklingsledare"))));
            for (int u = 0; u < 3; u++) {
                drafts.add(new Unit.Draft(administration.replace("förvaltningen", "") + " enhet " + (u + 1),
                        u == 1 ? UnitKind.SCHOOL : UnitKind.UNIT, administration));
            }
        }
        List<Unit> units = Unit.named(drafts);
        g.municipality = Municipality.of(code, "Kommun " + code.value(), committees, administrations, units,
                LocalDate.of(2015, 1, 1));

        int partnerCount = Math.max(2, size.partnerships() + size.projects() / 20);
        for (int i = 0; i < partnerCount; i++) {
            String country = pick(COUNTRIES);
            g.partners.add(Partner.register(new PartnerId(uuid()), code, i % 5 == 4 ? PartnerKind.SCHOOL
                    : PartnerKind.MUNICIPALITY, "Partner " + country + " " + i, CountryCode.of(country),
                    "Ort " + i));
        }
        for (int i = 0; i < size.partnerships(); i++) {
            g.partnerships.add(partnership(g.partners.get(i % g.partners.size()), i, committees));
        }
        for (int i = 0; i < size.programmes(); i++) {
            String currency = pick(CURRENCIES);
            FundingSource source = currency.equals("SEK") ? FundingSource.SIDA
                    : currency.equals("EUR") ? FundingSource.EU : FundingSource.NORDIC;
            FundingProgramme p = FundingProgramme.register(new ProgrammeId(uuid()), code, "Program " + i,
                    "Finansiär " + i, source, java.util.Currency.getInstance(currency), new BigDecimal("0.75"),
                    EnumSet.of(pick(Area.values()), pick(Area.values())));
            g.programmes.add(p);
            for (int c = 0; c < 2; c++) {
                LocalDate opens = LocalDate.of(2024 + c, 1 + random.nextInt(10), 1);
                g.calls.add(Call.publish(new CallId(uuid()), p, "Utlysning " + i + "-" + c,
                        EnumSet.copyOf(p.eligibleAreas()), opens, opens.plusMonths(3)));
            }
        }
        for (int i = 0; i < size.projects(); i++) {
            g.projects.add(project(code, g, i, committees, units));
        }
        for (int i = 0; i < size.visits(); i++) {
            Optional<PartnershipId> partnership = random.nextInt(10) < 7
                    ? Optional.of(g.partnerships.get(random.nextInt(g.partnerships.size())).id())
                    : Optional.empty();
            LocalDate first = day(2014, 2026);
            Visit visit = Visit.restore(new VisitId(uuid()), code, partnership,
                    random.nextBoolean() ? Direction.OUTGOING : Direction.INCOMING,
                    DateRange.of(first, first.plusDays(1 + random.nextInt(6))), "Besök " + i,
                    1 + random.nextInt(20), random.nextBoolean(),
                    Set.of(committees.get(random.nextInt(committees.size())).id()), 0);
            g.visits.add(visit);
            if (visit.dates().end().plusDays(40).isBefore(TODAY) && random.nextInt(10) < 6) {
                g.records.add(ObligationRecord.submitted(ObligationKeys.visitReport(visit.id()), code,
                        visit.dates().end().plusDays(30), "Anmäld till kommunstyrelsen"));
            }
        }
        for (int i = 0; i < size.grants(); i++) {
            g.grants.add(grant(code, i));
        }
        for (int year = 2015; year <= 2024; year++) {
            if (random.nextInt(10) < 8) {
                g.records.add(ObligationRecord.submitted(ObligationKeys.annualCompilation(year), code,
                        LocalDate.of(year + 1, 3, 20), "KS " + (year + 1) + "/00" + (10 + random.nextInt(80))));
            }
        }
        return g;
    }

    private Partnership partnership(Partner partner, int i, List<Committee> committees) {
        PartnershipKind kind = i % 10 < 4 ? PartnershipKind.TWIN_TOWN : i % 10 < 6
                ? PartnershipKind.COOPERATION_AGREEMENT : i % 10 < 8 ? PartnershipKind.MUNICIPAL_PARTNERSHIP
                : i % 10 < 9 ? PartnershipKind.INDUSTRIAL_PARTNERSHIP : PartnershipKind.NETWORK_MEMBERSHIP;
        LocalDate proposed = day(2000, 2024);
        List<StatusChange> history = new ArrayList<>();
        PartnershipStatus status = PartnershipStatus.PROPOSED;
        Optional<BenefitRiskAnalysis> analysis = Optional.empty();
        Optional<DemocracyPlan> plan = Optional.empty();
        int shape = random.nextInt(20);
        if (shape > 1) {
            LocalDate analysed = proposed.plusDays(10 + random.nextInt(30));
            analysis = Optional.of(BenefitRiskAnalysis.of("Syfte " + i, List.of("Mål A " + i, "Mål B " + i),
                    "Skäl för partnervalet", "Nyttor", "Risker", analysed));
            if (random.nextBoolean()) {
                plan = Optional.of(new DemocracyPlan("Demokratireflektion " + i, analysed.plusDays(5)));
            }
            // One activation in twenty is taken by a committee: a finding under R16.
            Body by = shape == 2 ? Body.committee(committees.get(0).name()) : Body.executiveBoard();
            LocalDate activated = analysed.plusDays(20 + random.nextInt(60));
            history.add(new StatusChange(PartnershipStatus.PROPOSED, PartnershipStatus.ACTIVE,
                    Decision.of(by, activated, "KS " + activated.getYear() + "/" + (100 + i))));
            status = PartnershipStatus.ACTIVE;
            LocalDate last = activated;
            if (shape % 4 == 0 && last.plusYears(3).isBefore(TODAY)) {
                LocalDate review = last.plusYears(2 + random.nextInt(2));
                history.add(new StatusChange(PartnershipStatus.ACTIVE, PartnershipStatus.UNDER_REVIEW,
                        Decision.unreferenced(Body.executiveBoard(), review)));
                history.add(new StatusChange(PartnershipStatus.UNDER_REVIEW, PartnershipStatus.ACTIVE,
                        Decision.of(Body.executiveBoard(), review.plusMonths(2), "KS " + review.getYear() + "/9")));
                last = review.plusMonths(2);
            }
            if (shape % 7 == 1 && last.plusYears(2).isBefore(TODAY)) {
                LocalDate ended = last.plusYears(1 + random.nextInt(3));
                if (ended.isBefore(TODAY)) {
                    history.add(new StatusChange(PartnershipStatus.ACTIVE, PartnershipStatus.TERMINATED,
                            Decision.of(Body.executiveBoard(), ended, "KS " + ended.getYear() + "/77")));
                    status = PartnershipStatus.TERMINATED;
                }
            }
        }
        return Partnership.restore(new PartnershipId(uuid()), partner.municipality(), partner.id(),
                partner.country(), kind, (kind == PartnershipKind.TWIN_TOWN ? "Vänort " : "Samarbete ")
                        + partner.name(), EnumSet.of(pick(Area.values()), pick(Area.values())),
                EnumSet.of(FundingSource.MUNICIPALITY), Set.<CommitteeId>of(), proposed, status, history,
                analysis.stream().toList(), plan.stream().toList(), random.nextBoolean(), 0);
    }

    private Project project(MunicipalityCode code, Generated g, int i, List<Committee> committees,
            List<Unit> units) {
        Optional<Project> parent = i > 10 && random.nextInt(3) == 0
                ? Optional.of(g.projects.get(random.nextInt(i))) : Optional.empty();
        Optional<FundingProgramme> programme = parent.isPresent() && random.nextBoolean()
                ? parent.get().programme().flatMap(id -> g.programmes.stream().filter(p -> p.id().equals(id))
                        .findFirst())
                : random.nextInt(10) < 7 ? Optional.of(g.programmes.get(random.nextInt(g.programmes.size())))
                : Optional.empty();
        int committee = random.nextInt(committees.size());
        Unit unit = units.get(committee * 3 + random.nextInt(3));
        List<String> participants = new ArrayList<>();
        participants.add(unit.name());
        for (int p = random.nextInt(3); p > 0; p--) {
            String other = units.get(random.nextInt(units.size())).name();
            if (!participants.contains(other)) {
                participants.add(other);
            }
        }
        Set<PartnerId> partners = new LinkedHashSet<>();
        Set<CountryCode> countries = new LinkedHashSet<>();
        for (int p = random.nextInt(4); p > 0; p--) {
            Partner partner = g.partners.get(random.nextInt(g.partners.size()));
            partners.add(partner.id());
            countries.add(partner.country());
        }
        for (int c = random.nextInt(3); c > 0; c--) {
            countries.add(CountryCode.of(pick(COUNTRIES)));
        }
        Set<Area> areas = EnumSet.of(pick(Area.values()));
        if (random.nextBoolean()) {
            areas.add(pick(Area.values()));
        }
        List<String> goals = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            goals.add("Mål " + n + " för projekt " + i);
        }
        String currency = programme.map(p -> p.currency().getCurrencyCode()).orElse("SEK");
        long total = 50_000 + random.nextInt(950_000);
        long external = programme.isPresent() ? total * (50 + random.nextInt(40)) / 100 : 0;
        Budget budget = new Budget(Money.of(BigDecimal.valueOf(total), java.util.Currency.getInstance(currency)),
                Money.of(BigDecimal.valueOf(external), java.util.Currency.getInstance(currency)),
                Money.sek(Long.toString(total / 4)));
        LocalDate registered = parent.map(p -> p.registeredOn().plusDays(random.nextInt(60)))
                .orElseGet(() -> day(2016, 2025));
        List<ProjectStep> history = new ArrayList<>();
        ProjectStatus status = ProjectStatus.IDEA;
        LocalDate on = registered;
        int depth = random.nextInt(10);
        if (programme.isPresent()) {
            if (depth >= 1) {
                on = step(history, ProjectStatus.IDEA, ProjectStatus.APPROVAL_REQUESTED, on, 10, Optional.empty());
                on = step(history, ProjectStatus.APPROVAL_REQUESTED, ProjectStatus.APPROVED_FOR_APPLICATION, on, 30,
                        Optional.of(Body.executiveBoard()));
                on = step(history, ProjectStatus.APPROVED_FOR_APPLICATION, ProjectStatus.APPLIED, on, 20,
                        Optional.empty());
                status = ProjectStatus.APPLIED;
            }
            if (depth == 2) {
                on = step(history, status, ProjectStatus.REJECTED, on, 90, Optional.empty());
                status = ProjectStatus.REJECTED;
            } else if (depth >= 3) {
                on = step(history, status, ProjectStatus.GRANTED, on, 90, Optional.empty());
                status = ProjectStatus.GRANTED;
                if (depth == 3) {
                    on = step(history, status, ProjectStatus.WITHDRAWN, on, 30, Optional.empty());
                    status = ProjectStatus.WITHDRAWN;
                } else if (depth >= 5) {
                    on = step(history, status, ProjectStatus.RUNNING, on, 40, Optional.empty());
                    status = ProjectStatus.RUNNING;
                    if (depth >= 7) {
                        on = step(history, status, ProjectStatus.COMPLETED, on, 400, Optional.empty());
                        status = ProjectStatus.COMPLETED;
                    }
                    if (depth == 9) {
                        on = step(history, status, ProjectStatus.FINAL_REPORT_SUBMITTED, on, 40, Optional.empty());
                        status = ProjectStatus.FINAL_REPORT_SUBMITTED;
                    }
                }
            }
        } else if (depth >= 4) {
            on = step(history, ProjectStatus.IDEA, ProjectStatus.RUNNING, on, 30, Optional.empty());
            status = ProjectStatus.RUNNING;
            if (depth >= 7) {
                on = step(history, status, ProjectStatus.COMPLETED, on, 300, Optional.empty());
                status = ProjectStatus.COMPLETED;
            }
        }
        // A step later than today is cut off there: the history stays in the past.
        while (!history.isEmpty() && history.get(history.size() - 1).on().isAfter(TODAY)) {
            history.remove(history.size() - 1);
            status = history.isEmpty() ? ProjectStatus.IDEA : history.get(history.size() - 1).to();
        }
        return Project.builder().id(new ProjectId(uuid())).municipality(code).parent(parent.map(Project::id))
                .title("Projekt " + String.format("%04d", (i * 7919) % 10_000))
                .kind(i % 9 == 0 ? ProjectKind.PRE_STUDY : i % 3 == 0 ? ProjectKind.EXCHANGE : ProjectKind.PROJECT)
                .owner(unit.id(), committees.get(committee).id()).participants(participants).partners(partners)
                .countries(countries).programme(programme.map(FundingProgramme::id)).areas(areas).goals(goals)
                .budget(budget).externalFundingExplored(programme.isPresent() || random.nextBoolean())
                .budgetedInUnitPlan(random.nextInt(5) > 0).registeredOn(registered).status(status, history)
                .build();
    }

    private LocalDate step(List<ProjectStep> history, ProjectStatus from, ProjectStatus to, LocalDate after,
            int withinDays, Optional<Body> decidedBy) {
        LocalDate on = after.plusDays(1 + random.nextInt(withinDays));
        history.add(new ProjectStep(from, to, on, decidedBy.map(b -> Decision.of(b, on, "KS " + on.getYear() + "/1"))));
        return on;
    }

    private AssociationGrant grant(MunicipalityCode code, int i) {
        LocalDate applied = day(2016, 2026);
        Money requested = Money.sek(Integer.toString(5_000 + random.nextInt(60_000)));
        Money own = Money.sek(Integer.toString(1_000 + random.nextInt(10_000)));
        DateRange exchange = DateRange.of(applied.plusMonths(3), applied.plusMonths(3).plusDays(10));
        int shape = random.nextInt(4);
        LocalDate decided = applied.plusDays(20);
        if (shape == 0 || decided.isAfter(TODAY)) {
            return AssociationGrant.restore(new GrantId(uuid()), code, "Förening " + i, "Utbyte " + i, true, requested,
                    own, exchange, applied, GrantStatus.APPLIED, Optional.empty(), Optional.empty(),
                    Optional.empty(), 0);
        }
        Optional<Decision> decision = Optional.of(Decision.of(Body.executiveBoard(), decided, "KS " + i));
        if (shape == 1) {
            return AssociationGrant.restore(new GrantId(uuid()), code, "Förening " + i, "Utbyte " + i, true, requested,
                    own, exchange, applied, GrantStatus.REJECTED, decision, Optional.empty(), Optional.empty(), 0);
        }
        boolean followedUp = shape == 3 && exchange.end().plusDays(30).isBefore(TODAY);
        return AssociationGrant.restore(new GrantId(uuid()), code, "Förening " + i, "Utbyte " + i, true, requested,
                own, exchange, applied, followedUp ? GrantStatus.FOLLOWED_UP : GrantStatus.GRANTED, decision,
                Optional.of(requested), followedUp
                        ? Optional.of(new AssociationGrant.FollowUp(exchange.end().plusDays(30), "Rapport " + i))
                        : Optional.empty(), 0);
    }

    private UUID uuid() {
        return new UUID(random.nextLong() & Long.MAX_VALUE, random.nextLong());
    }

    private LocalDate day(int firstYear, int lastYear) {
        LocalDate first = LocalDate.of(firstYear, 1, 1);
        LocalDate last = LocalDate.of(lastYear, 12, 31).isAfter(TODAY) ? TODAY : LocalDate.of(lastYear, 12, 31);
        return first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay())));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
