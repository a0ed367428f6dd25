package se.omvarld.adapter.report.compilation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.grant.GrantStatus;
import se.omvarld.domain.municipality.Administration;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.Representative;
import se.omvarld.domain.municipality.Unit;
import se.omvarld.domain.municipality.UnitKind;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partner.PartnerKind;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.partnership.StatusChange;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.project.Budget;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.project.ProjectStep;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.CommitteeId;
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
 * A large, synthetic but valid register of a made-up municipality, "Storkommun" (code {@value #CODE_VALUE}), under
 * Tyresö's rules: every record follows from its index by arithmetic alone, so the same sizes give the same register
 * on every run. Projects spread over every status, eight programmes in five currencies (one, CHF, without ECB rates,
 * so some amounts stay unconverted) and forty countries; partnerships over every kind and status since 1990; visits,
 * association grants and obligation records in 2024.
 */
final class SyntheticRegister {

    static final String CODE_VALUE = "9000";
    static final MunicipalityCode CODE = MunicipalityCode.of(CODE_VALUE);
    static final PolicyProfile PROFILE = PolicyProfiles.tyreso().toBuilder().municipality(CODE).build();

    private static final LocalDate LAST_DAY = LocalDate.of(2025, 4, 15);
    private static final List<String> COUNTRIES = List.of("DE", "DK", "NO", "FI", "EE", "LV", "LT", "PL", "FR", "IT",
            "ES", "PT", "NL", "BE", "GB", "IE", "AT", "CZ", "SK", "HU", "RO", "BG", "GR", "TR", "UA", "US", "CA", "CN",
            "JP", "IN", "ZM", "TZ", "KE", "ZA", "BR", "MX", "VN", "BW", "MZ", "UG");
    private static final List<String> COMMITTEES = List.of("Barn- och utbildningsnämnden", "Kultur- och fritidsnämnden",
            "Socialnämnden", "Miljö- och byggnadsnämnden", "Tekniska nämnden", "Kommunstyrelsen");
    private static final List<Area> AREAS = List.of(Area.values());
    private static final List<PartnershipKind> KINDS = List.of(PartnershipKind.values());

    private final List<Committee> committees = Committee.named(COMMITTEES);
    private final List<Unit> units;
    private final Municipality municipality;
    private final List<FundingProgramme> programmes;

    private SyntheticRegister() {
        List<Unit.Draft> drafts = new ArrayList<>();
        List<Administration> administrations = new ArrayList<>();
        for (int c = 0; c < committees.size(); c++) {
            String administration = "Förvaltning " + (c + 1);
            administrations.add(new Administration(administration, committees.get(c).id(),
                    Optional.of(new Representative("Representant " + (c + 1), "Internationell samordnare"))));
            drafts.add(new Unit.Draft("Enhet " + (2 * c + 1), UnitKind.UNIT, administration));
            drafts.add(new Unit.Draft("Skola " + (2 * c + 2), UnitKind.SCHOOL, administration));
        }
        units = Unit.named(drafts);
        municipality = Municipality.of(CODE, "Storkommun", committees, administrations, units,
                LocalDate.of(2015, 1, 1));
        programmes = List.of(
                programme("Erasmus+", "European Commission", FundingSource.EU, "EUR"),
                programme("Nordplus", "Nordic Council of Ministers", FundingSource.NORDIC, "EUR"),
                programme("Interreg", "European Union", FundingSource.EU, "EUR"),
                programme("Athena", "Universitets- och högskolerådet", FundingSource.SIDA, "SEK"),
                programme("ICLD kommunala partnerskap", "ICLD", FundingSource.SIDA, "SEK"),
                programme("Norsk kommunesamarbeid", "KS Norge", FundingSource.FOUNDATION, "NOK"),
                programme("Schweizer Austausch", "Movetia", FundingSource.FOUNDATION, "CHF"),
                programme("Sister Cities Fund", "Sister Cities International", FundingSource.FOUNDATION, "USD"));
    }

    /** A register with {@code projects} projects and {@code partnerships} partnerships. */
    static Register of(int projects, int partnerships) {
        checkArgument(projects >= 0 && partnerships >= 2, "at least two partnerships, and no negative counts");
        return new SyntheticRegister().register(projects, partnerships);
    }

    private Register register(int projectCount, int partnershipCount) {
        List<Partner> partners = new ArrayList<>();
        List<Partnership> partnerships = new ArrayList<>();
        for (int j = 0; j < partnershipCount; j++) {
            Partner partner = Partner.register(new PartnerId(uuid("partner " + j)), CODE, PartnerKind.MUNICIPALITY,
                    "Partnerort " + (j + 1), CountryCode.of(COUNTRIES.get(j % COUNTRIES.size())),
                    "Partnerort " + (j + 1));
            partners.add(partner);
            partnerships.add(partnership(j, partner));
        }
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < projectCount; i++) {
            projects.add(project(i));
        }
        List<Visit> visits = new ArrayList<>();
        List<ObligationRecord> records = new ArrayList<>();
        for (int k = 0; k < partnershipCount / 2; k++) {
            Visit visit = visit(k, partnerships.get((2 * k) % partnershipCount));
            visits.add(visit);
            if (k % 3 == 0) {
                records.add(ObligationRecord.submitted(ObligationKeys.visitReport(visit.id()), CODE,
                        visit.dates().end().plusDays(20), "Anmäld till kommunstyrelsen"));
            }
        }
        for (int c = 0; c < committees.size(); c += 2) {
            records.add(ObligationRecord.submitted(ObligationKeys.annualReportSection(2024, committees.get(c).id()),
                    CODE, LocalDate.of(2025, 2, 10), "Avsnittet lämnat till kommunstyrelsen"));
        }
        List<AssociationGrant> grants = new ArrayList<>();
        for (int g = 0; g < 50; g++) {
            grants.add(grant(g));
        }
        return new Register(municipality, ImmutableList.copyOf(partners), ImmutableList.copyOf(partnerships),
                ImmutableList.copyOf(projects), ImmutableList.copyOf(programmes), ImmutableList.of(),
                ImmutableList.copyOf(grants), ImmutableList.copyOf(visits), ImmutableList.copyOf(records));
    }

    private FundingProgramme programme(String name, String funder, FundingSource source, String currency) {
        return FundingProgramme.register(new ProgrammeId(uuid("programme " + name)), CODE, name, funder, source,
                Currency.getInstance(currency), new BigDecimal("0.80"), EnumSet.noneOf(Area.class));
    }

    private Partnership partnership(int j, Partner partner) {
        PartnershipKind kind = KINDS.get(j % KINDS.size());
        Set<CommitteeId> owners = j % 3 == 0 ? Set.of(committees.get(j % committees.size()).id()) : Set.of();
        List<StatusChange> history = new ArrayList<>();
        LocalDate proposed;
        PartnershipStatus status;
        if (j % 20 == 5) {
            proposed = LocalDate.of(2024, 2, 1).plusDays(j % 300);
            status = PartnershipStatus.PROPOSED;
        } else {
            proposed = LocalDate.of(1990, 1, 1).plusDays((j * 173L) % 12400);
            LocalDate activated = proposed.plusDays(60);
            history.add(new StatusChange(PartnershipStatus.PROPOSED, PartnershipStatus.ACTIVE, board(activated, j)));
            status = PartnershipStatus.ACTIVE;
            LocalDate ended = activated.plusDays(2000);
            if (j % 10 == 0 && ended.isBefore(LAST_DAY)) {
                history.add(new StatusChange(PartnershipStatus.ACTIVE, PartnershipStatus.TERMINATED,
                        board(ended, j)));
                status = PartnershipStatus.TERMINATED;
            } else if (j % 10 == 1) {
                LocalDate review = LocalDate.of(2024, 3, 1).isAfter(activated) ? LocalDate.of(2024, 3, 1)
                        : activated.plusDays(30);
                history.add(new StatusChange(PartnershipStatus.ACTIVE, PartnershipStatus.UNDER_REVIEW,
                        board(review, j)));
                status = PartnershipStatus.UNDER_REVIEW;
            }
        }
        return Partnership.restore(new PartnershipId(uuid("partnership " + j)), CODE, partner.id(),
                partner.country(), kind, partner.name() + ": " + kind.name().toLowerCase().replace('_', ' '),
                EnumSet.of(AREAS.get(j % AREAS.size())), EnumSet.of(FundingSource.MUNICIPALITY), owners, proposed,
                status, history, List.of(), List.of(), true, 0);
    }

    private static Decision board(LocalDate day, int j) {
        return Decision.of(Body.executiveBoard(), day, "KS " + day.getYear() + "/" + (100 + j));
    }

    private Project project(int i) {
        Unit unit = units.get(i % units.size());
        CommitteeId committee = municipality.committeeOf(unit.id()).orElseThrow();
        FundingProgramme programme = programmes.get(i % programmes.size());
        LocalDate registered = LocalDate.of(2020, 1, 6).plusDays((i * 37L) % 1637);
        Money external = Money.of(BigDecimal.valueOf(10_000L + (i * 7919L) % 490_000L, 0).setScale(2),
                programme.currency());
        Set<CountryCode> countries = new LinkedHashSet<>();
        for (int c = 0; c <= i % 3; c++) {
            countries.add(CountryCode.of(COUNTRIES.get((i * 3 + c) % COUNTRIES.size())));
        }
        List<ProjectStep> steps = new ArrayList<>();
        int shape = i % 10;
        LocalDate applied = registered.plusDays(30);
        LocalDate decided = registered.plusDays(90);
        LocalDate started = registered.plusDays(120);
        LocalDate completed = started.plusDays(365);
        ProjectStatus status = ProjectStatus.IDEA;
        if (shape != 0) {
            steps.add(step(ProjectStatus.IDEA, ProjectStatus.APPLIED, applied));
            status = ProjectStatus.APPLIED;
        }
        if (shape == 2) {
            steps.add(step(ProjectStatus.APPLIED, ProjectStatus.REJECTED, decided));
            status = ProjectStatus.REJECTED;
        } else if (shape >= 3) {
            steps.add(step(ProjectStatus.APPLIED, ProjectStatus.GRANTED, decided));
            status = ProjectStatus.GRANTED;
            if (shape != 8) {
                steps.add(step(ProjectStatus.GRANTED, ProjectStatus.RUNNING, started));
                status = ProjectStatus.RUNNING;
                if (shape >= 7 && completed.isBefore(LAST_DAY)) {
                    steps.add(step(ProjectStatus.RUNNING, ProjectStatus.COMPLETED, completed));
                    status = ProjectStatus.COMPLETED;
                    if (shape == 9 && completed.plusDays(60).isBefore(LAST_DAY)) {
                        steps.add(step(ProjectStatus.COMPLETED, ProjectStatus.FINAL_REPORT_SUBMITTED,
                                completed.plusDays(60)));
                        status = ProjectStatus.FINAL_REPORT_SUBMITTED;
                    }
                }
            }
        }
        return Project.builder().id(new ProjectId(uuid("project " + i))).municipality(CODE)
                .title("Projekt " + (i + 1) + ": " + AREAS.get(i % AREAS.size()).name().toLowerCase().replace('_', ' '))
                .kind(i % 10 == 0 ? ProjectKind.PRE_STUDY : ProjectKind.PROJECT).owner(unit.id(), committee)
                .participants(List.of(unit.name(), "Partnerskola " + (i + 1)))
                .countries(countries).programme(Optional.of(programme.id()))
                .areas(EnumSet.of(AREAS.get(i % AREAS.size()))).goals(List.of("Mål för projekt " + (i + 1)))
                .budget(new Budget(external.times(new BigDecimal("2")), external, external))
                .externalFundingExplored(true).budgetedInUnitPlan(true).registeredOn(registered)
                .status(status, steps).build();
    }

    private static ProjectStep step(ProjectStatus from, ProjectStatus to, LocalDate on) {
        return new ProjectStep(from, to, on, Optional.empty());
    }

    private Visit visit(int k, Partnership partnership) {
        LocalDate start = LocalDate.of(2024, 1, 15).plusDays((k * 3L) % 330);
        return Visit.restore(new VisitId(uuid("visit " + k)), CODE, Optional.of(partnership.id()),
                k % 2 == 0 ? Direction.OUTGOING : Direction.INCOMING, DateRange.of(start, start.plusDays(3)),
                "Besök " + (k + 1) + " hos " + partnership.title(), 2 + k % 6, true,
                Set.of(committees.get(k % committees.size()).id()), 0);
    }

    private AssociationGrant grant(int g) {
        LocalDate applied = LocalDate.of(2024, 1, 10).plusDays(g * 5L);
        DateRange exchange = DateRange.of(applied.plusDays(60), applied.plusDays(65));
        Money requested = Money.of(BigDecimal.valueOf(5_000L + g * 1_000L, 0).setScale(2), Money.SEK);
        Money own = Money.of(BigDecimal.valueOf(2_000L + g * 100L, 0).setScale(2), Money.SEK);
        Decision decision = board(applied.plusDays(20), g);
        GrantStatus status = List.of(GrantStatus.GRANTED, GrantStatus.FOLLOWED_UP, GrantStatus.REJECTED,
                GrantStatus.APPLIED).get(g % 4);
        Optional<Money> granted = status == GrantStatus.GRANTED || status == GrantStatus.FOLLOWED_UP
                ? Optional.of(requested.times(new BigDecimal("0.8"))) : Optional.empty();
        Optional<AssociationGrant.FollowUp> followUp = status == GrantStatus.FOLLOWED_UP
                ? Optional.of(new AssociationGrant.FollowUp(exchange.end().plusDays(10), "Utbytet genomfört"))
                : Optional.empty();
        return AssociationGrant.restore(new GrantId(uuid("grant " + g)), CODE, "Förening " + (g + 1),
                "Utbyte " + (g + 1), true, requested, own, exchange, applied, status,
                status == GrantStatus.APPLIED ? Optional.empty() : Optional.of(decision), granted, followUp, 0);
    }

    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(("omvarld/" + CODE_VALUE + "/" + name).getBytes(StandardCharsets.UTF_8));
    }
}
