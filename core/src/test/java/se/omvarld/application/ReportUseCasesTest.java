package se.omvarld.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static se.omvarld.domain.Examples.byBoard;
import static se.omvarld.domain.Examples.imported;
import static se.omvarld.domain.Examples.programme;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.Examples;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.grant.GrantStatus;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.policy.AnnualReportScope;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.project.Budget;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.project.ProjectStep;
import se.omvarld.domain.report.AnnualCompilation;
import se.omvarld.domain.report.CommitteeReportSection;
import se.omvarld.domain.report.PartnershipLine;
import se.omvarld.domain.report.ProjectLine;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.domain.statistics.Unconverted;
import se.omvarld.domain.visit.Direction;
import se.omvarld.domain.visit.Visit;
import se.omvarld.port.ExchangeRate;
import se.omvarld.port.ExchangeRates;
import se.omvarld.port.Transactions;
import se.omvarld.reference.EcbRatesCsv;
import se.omvarld.testkit.memory.InMemoryPersistence;

/**
 * The reports of a year on small registers built by hand, as of 15 April 2025, converted at the ECB's real rates.
 * Every expected figure is worked out here from the records and the rates as the ECB file states them, not by the
 * statistics.
 */
class ReportUseCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 4, 15);
    private static final MunicipalityCode LIDKOPING = PolicyProfiles.LIDKOPING_CODE;
    private static final MunicipalityCode TYRESO = PolicyProfiles.TYRESO_CODE;
    private static final MunicipalityCode EKSJO = PolicyProfiles.EKSJO_CODE;
    /** Lidköping's profile, following obligations up from 2020 so that 2024 has some. */
    private static final PolicyProfile LIDKOPING_FROM_2020 = PolicyProfiles.lidkoping().toBuilder()
            .obligationsTrackedFrom(LocalDate.of(2020, 1, 1)).build();
    /** Tyresö's profile, following obligations up from 2020 so that 2024's visits owe their reports (R8). */
    private static final PolicyProfile TYRESO_FROM_2020 = PolicyProfiles.tyreso().toBuilder()
            .obligationsTrackedFrom(LocalDate.of(2020, 1, 1)).build();

    private static final EcbRatesCsv ECB = EcbRatesCsv.load();
    private static final ExchangeRates ECB_RATES = (from, to, day) -> to.equals(Money.SEK)
            ? ECB.rate(from, day).map(r -> new ExchangeRate(from, to, r.sekPerUnit(), r.day(), r.source()))
            : Optional.empty();

    // The ECB's fixings, SEK and NOK per euro, as the file has them on these days.
    private static final BigDecimal SEK_PER_EUR_2024_03_14 = new BigDecimal("11.2245");
    private static final BigDecimal SEK_PER_EUR_2024_06_13 = new BigDecimal("11.221");
    /** Easter Monday 1 April 2024 had no fixing: Maundy Thursday's applies. */
    private static final BigDecimal SEK_PER_EUR_2024_03_28 = new BigDecimal("11.525");
    private static final BigDecimal SEK_PER_EUR_2024_09_02 = new BigDecimal("11.351");
    private static final BigDecimal NOK_PER_EUR_2024_09_02 = new BigDecimal("11.73");

    private final InMemoryPersistence persistence = InMemoryPersistence.create();
    private final Ports ports = TestPorts.on(persistence, TODAY,
            List.of(LIDKOPING_FROM_2020, TYRESO_FROM_2020, PolicyProfiles.eksjo())).toBuilder()
            .exchangeRates(ECB_RATES).build();
    private final ReportUseCases reports = new ReportUseCases(ports);

    /** The year 2024 of a municipality: six projects of 2024 and one long over, a twin town, a visit, a grant. */
    private final class Year2024 {
        final MunicipalityCode code;
        final FundingProgramme erasmus;
        final FundingProgramme nordplus;
        final FundingProgramme interreg;
        final FundingProgramme athena;
        final FundingProgramme norway;
        final FundingProgramme swiss;
        final Project jobShadowing;
        final Project feelBetter;
        final Project zambia;
        final Project fjord;
        final Project swissExchange;
        final Project greenBuilding;
        final Project rejected;
        final Project longOver;
        final Partnership kecskemet;
        final Partnership endedLongAgo;
        final Visit visit;
        final AssociationGrant grant;

        Year2024(MunicipalityCode code) {
            this.code = code;
            erasmus = programme(code, "Erasmus+", "EUR", FundingSource.EU);
            nordplus = programme(code, "Nordplus", "EUR", FundingSource.NORDIC);
            interreg = programme(code, "Interreg", "EUR", FundingSource.EU);
            athena = programme(code, "Athena", "SEK", FundingSource.SIDA);
            norway = programme(code, "Norsk kommunesamarbeid", "NOK", FundingSource.FOUNDATION);
            swiss = programme(code, "Schweizer Austausch", "CHF", FundingSource.FOUNDATION);
            jobShadowing = granted(code, "Job shadowing", "Barn & Skola", erasmus, Money.of("30000.00", "EUR"),
                    LocalDate.of(2024, 3, 14), Optional.of(LocalDate.of(2024, 8, 1)), "DE", "TR");
            feelBetter = granted(code, "Feel Better With a Book", "Biblioteket", nordplus,
                    Money.of("12345.67", "EUR"), LocalDate.of(2024, 6, 13), Optional.of(LocalDate.of(2024, 9, 1)),
                    "LT", "EE", "LV");
            zambia = granted(code, "Exchange with Zambia", "De la Gardiegymnasiet", athena, Money.sek("150000.00"),
                    LocalDate.of(2024, 5, 6), Optional.of(LocalDate.of(2024, 8, 20)), "ZM");
            fjord = granted(code, "Fjord cooperation", "Intern Service", norway, Money.of("50000.00", "NOK"),
                    LocalDate.of(2024, 9, 2), Optional.empty(), "NO");
            swissExchange = granted(code, "Library exchange with Basel", "Biblioteket", swiss,
                    Money.of("10000.00", "CHF"), LocalDate.of(2024, 4, 1), Optional.of(LocalDate.of(2024, 5, 2)),
                    "CH");
            greenBuilding = completed(granted(code, "Green building A-Z", "Intern Service", interreg,
                    Money.of("5000.00", "EUR"), LocalDate.of(2024, 4, 1), Optional.of(LocalDate.of(2024, 5, 2)),
                    "NO", "DK"), LocalDate.of(2025, 2, 1));
            rejected = rejectedApplication(code, "Teacher mobility", erasmus, LocalDate.of(2024, 2, 1),
                    LocalDate.of(2024, 4, 15));
            longOver = completed(granted(code, "Comenius school partnership", "Barn & Skola", erasmus,
                    Money.of("20000.00", "EUR"), LocalDate.of(2020, 6, 15), Optional.of(LocalDate.of(2020, 9, 1)),
                    "FR"), LocalDate.of(2022, 6, 30));
            kecskemet = imported(code, "Kecskemét", "HU", PartnershipKind.TWIN_TOWN,
                    byBoard(LocalDate.of(2004, 3, 1)), Optional.empty(), Optional.empty());
            endedLongAgo = imported(code, "Bergen", "NO", PartnershipKind.TWIN_TOWN,
                    byBoard(LocalDate.of(1990, 1, 1)), Optional.of(byBoard(LocalDate.of(2019, 6, 1))),
                    Optional.empty());
            visit = Visit.restore(new VisitId(Examples.uuid("visit Kecskemét 2024")), code,
                    Optional.of(kecskemet.id()), Direction.OUTGOING,
                    DateRange.of(LocalDate.of(2024, 5, 13), LocalDate.of(2024, 5, 16)), "Twin-town days", 4, true,
                    Set.of(Examples.CULTURE_COMMITTEE_ID), 0);
            grant = AssociationGrant.restore(new GrantId(Examples.uuid("grant choir")), code, "Lidköpings kammarkör",
                    "Choir exchange with Utena", true, Money.sek("25000.00"), Money.sek("10000.00"),
                    DateRange.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 5)), LocalDate.of(2024, 2, 1),
                    GrantStatus.GRANTED, Optional.of(byBoard(LocalDate.of(2024, 3, 1))),
                    Optional.of(Money.sek("20000.00")), Optional.empty(), 0);
        }

        List<Project> projects() {
            return List.of(jobShadowing, feelBetter, zambia, fjord, swissExchange, greenBuilding, rejected,
                    longOver);
        }

        /** The projects a compilation of 2024 shows: all but the one over in 2022. */
        List<Project> projectsOf2024() {
            return projects().stream().filter(p -> p != longOver).toList();
        }

        void store() {
            persistence.municipalities().save(Examples.municipality(code));
            List.of(erasmus, nordplus, interreg, athena, norway, swiss).forEach(persistence.funding()::save);
            projects().forEach(persistence.projects()::save);
            persistence.partners().save(Examples.partner(code, "Kecskemét", "HU"));
            persistence.partners().save(Examples.partner(code, "Bergen", "NO"));
            persistence.partnerships().save(kecskemet);
            persistence.partnerships().save(endedLongAgo);
            persistence.visits().save(visit);
            persistence.grants().save(grant);
        }
    }

    /** Applied two months before {@code grantedOn}, granted {@code granted} then, running from {@code startedOn}. */
    private static Project granted(MunicipalityCode code, String title, String unit, FundingProgramme programme,
            Money granted, LocalDate grantedOn, Optional<LocalDate> startedOn, String... countries) {
        List<ProjectStep> steps = new ArrayList<>(List.of(
                new ProjectStep(ProjectStatus.IDEA, ProjectStatus.APPLIED, grantedOn.minusMonths(2), Optional.empty()),
                new ProjectStep(ProjectStatus.APPLIED, ProjectStatus.GRANTED, grantedOn, Optional.empty())));
        startedOn.ifPresent(d -> steps.add(new ProjectStep(ProjectStatus.GRANTED, ProjectStatus.RUNNING, d,
                Optional.empty())));
        Examples.ProjectDraft draft = Examples.project(code, title);
        return (unit.equals("Biblioteket") ? draft.ownedByLibrary() : draft.unit(unit)).programme(programme)
                .countries(countries)
                .budget(new Budget(granted.times(new BigDecimal("2")), granted, granted))
                .registeredOn(grantedOn.minusMonths(3)).idea().toBuilder()
                .status(startedOn.isPresent() ? ProjectStatus.RUNNING : ProjectStatus.GRANTED, steps).build();
    }

    private static Project completed(Project running, LocalDate on) {
        List<ProjectStep> steps = new ArrayList<>(running.history());
        steps.add(new ProjectStep(ProjectStatus.RUNNING, ProjectStatus.COMPLETED, on, Optional.empty()));
        return running.toBuilder().status(ProjectStatus.COMPLETED, steps).build();
    }

    private static Project rejectedApplication(MunicipalityCode code, String title, FundingProgramme programme,
            LocalDate appliedOn, LocalDate rejectedOn) {
        return Examples.project(code, title).programme(programme).registeredOn(appliedOn.minusMonths(1)).idea()
                .toBuilder().status(ProjectStatus.REJECTED, List.of(
                        new ProjectStep(ProjectStatus.IDEA, ProjectStatus.APPLIED, appliedOn, Optional.empty()),
                        new ProjectStep(ProjectStatus.APPLIED, ProjectStatus.REJECTED, rejectedOn,
                                Optional.empty())))
                .build();
    }

    private static Money sek(BigDecimal amount, BigDecimal sekPerUnit) {
        return Money.of(amount.multiply(sekPerUnit).setScale(2, RoundingMode.HALF_EVEN), Money.SEK);
    }

    private Year2024 lidkoping2024() {
        Year2024 year = new Year2024(LIDKOPING);
        year.store();
        return year;
    }

    @Test
    void the_compilation_counts_the_years_projects_by_their_status_at_the_years_end() {
        Year2024 year = lidkoping2024();

        AnnualCompilation compilation = reports.annualCompilation(LIDKOPING, 2024).value();

        Map<ProjectStatus, Integer> expected = new EnumMap<>(ProjectStatus.class);
        // Green building A-Z was completed in 2025: at the end of 2024 it was still running.
        year.projectsOf2024().forEach(p -> expected.merge(p == year.greenBuilding ? ProjectStatus.RUNNING
                : p.status(), 1, Integer::sum));
        assertThat(compilation.projectsByStatus()).isEqualTo(expected)
                .containsExactly(entry(ProjectStatus.GRANTED, 1), entry(ProjectStatus.REJECTED, 1),
                        entry(ProjectStatus.RUNNING, 5));
        assertThat(compilation.projects()).extracting(ProjectLine::title)
                .doesNotContain(year.longOver.title()).hasSize(7);
    }

    @Test
    void the_compilation_counts_the_projects_by_unit_programme_and_country() {
        lidkoping2024();

        AnnualCompilation compilation = reports.annualCompilation(LIDKOPING, 2024).value();

        assertThat(compilation.projectsByUnit()).containsOnly(entry("Barn & Skola", 2), entry("Biblioteket", 2),
                entry("De la Gardiegymnasiet", 1), entry("Intern Service", 2));
        assertThat(compilation.projectsByProgramme()).containsOnly(entry("Erasmus+", 2), entry("Nordplus", 1),
                entry("Athena", 1), entry("Norsk kommunesamarbeid", 1), entry("Schweizer Austausch", 1),
                entry("Interreg", 1));
        assertThat(compilation.projectsByCountry()).containsEntry(CountryCode.of("NO"), 2)
                .containsEntry(CountryCode.of("DE"), 2).containsEntry(CountryCode.of("ZM"), 1);
    }

    @Test
    void external_funding_is_the_sum_in_sek_of_each_grant_at_the_ecb_rate_of_its_day() {
        lidkoping2024();

        AnnualCompilation compilation = reports.annualCompilation(LIDKOPING, 2024).value();

        Money jobShadowing = sek(new BigDecimal("30000.00"), SEK_PER_EUR_2024_03_14);
        Money feelBetter = sek(new BigDecimal("12345.67"), SEK_PER_EUR_2024_06_13);
        Money greenBuilding = sek(new BigDecimal("5000.00"), SEK_PER_EUR_2024_03_28);
        Money fjord = sek(new BigDecimal("50000.00"),
                SEK_PER_EUR_2024_09_02.divide(NOK_PER_EUR_2024_09_02, MathContext.DECIMAL64));
        Money zambia = Money.sek("150000.00");
        assertThat(compilation.funding().total()).isEqualTo(jobShadowing.plus(feelBetter).plus(greenBuilding)
                .plus(fjord).plus(zambia));
        assertThat(jobShadowing).isEqualTo(Money.sek("336735.00"));
        assertThat(compilation.fundingByProgramme()).containsEntry("Erasmus+", jobShadowing)
                .containsEntry("Norsk kommunesamarbeid", fjord).doesNotContainKey("Schweizer Austausch");
    }

    @Test
    void each_rate_keeps_its_day_and_source_and_a_holiday_takes_the_last_fixing_before_it() {
        lidkoping2024();

        AnnualCompilation compilation = reports.annualCompilation(LIDKOPING, 2024).value();

        assertThat(compilation.rates()).extracting(r -> r.from().getCurrencyCode() + " " + r.day())
                .containsExactly("EUR 2024-03-14", "EUR 2024-03-28", "EUR 2024-06-13", "NOK 2024-09-02");
        assertThat(compilation.rates()).allSatisfy(r -> assertThat(r.source()).isEqualTo(EcbRatesCsv.SOURCE));
    }

    @Test
    void an_amount_without_a_rate_stays_unconverted_and_out_of_the_total_never_zero() {
        Year2024 year = lidkoping2024();

        AnnualCompilation compilation = reports.annualCompilation(LIDKOPING, 2024).value();

        assertThat(compilation.funding().unconverted()).extracting(Unconverted::project, Unconverted::amount)
                .containsExactly(tuple(year.swissExchange.id(),
                        Money.of("10000.00", "CHF")));
        assertThat(compilation.funding().isComplete()).isFalse();
        assertThat(compilation.funding().conversions()).extracting(c -> c.project())
                .doesNotContain(year.swissExchange.id());
    }

    @Test
    void the_compilation_counts_the_years_international_activities() {
        lidkoping2024();

        AnnualCompilation compilation = reports.annualCompilation(LIDKOPING, 2024).value();

        // Kecskemét in force; five projects running; one visit; one grant granted in 2024.
        assertThat(compilation.activities().partnerships()).isEqualTo(1);
        assertThat(compilation.activities().projects()).isEqualTo(5);
        assertThat(compilation.activities().visits()).isEqualTo(1);
        assertThat(compilation.activities().grants()).isEqualTo(1);
        assertThat(compilation.activities().total()).isEqualTo(8);
        assertThat(compilation.activitiesPerYear().keySet()).containsExactly(2020, 2021, 2022, 2023, 2024);
    }

    @Test
    void partner_countries_count_the_partnerships_in_force_and_projects_active_in_the_year() {
        lidkoping2024();

        AnnualCompilation compilation = reports.annualCompilation(LIDKOPING, 2024).value();

        // The Norwegian twin town ended in 2019 and the fjord project never ran in 2024; Green building did.
        assertThat(compilation.partnerCountries()).containsOnly(entry(CountryCode.of("HU"), 1),
                entry(CountryCode.of("DE"), 1), entry(CountryCode.of("TR"), 1), entry(CountryCode.of("LT"), 1),
                entry(CountryCode.of("EE"), 1), entry(CountryCode.of("LV"), 1), entry(CountryCode.of("ZM"), 1),
                entry(CountryCode.of("CH"), 1), entry(CountryCode.of("NO"), 1), entry(CountryCode.of("DK"), 1));
    }

    @Test
    void a_partnership_shows_its_status_decisions_and_last_evaluation() {
        Year2024 year = lidkoping2024();
        persistence.obligations().save(ObligationRecord.submitted(ObligationKeys.twinTownEvaluation(
                year.kecskemet.id(), LocalDate.of(2024, 6, 30)), LIDKOPING, LocalDate.of(2024, 5, 20),
                "Utvärdering anmäld till KS 2024-05-20"));

        AnnualCompilation compilation = reports.annualCompilation(LIDKOPING, 2024).value();

        assertThat(compilation.partnerships()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Kecskemét");
            assertThat(p.partner()).isEqualTo("Kecskemét");
            assertThat(p.status()).isEqualTo(PartnershipStatus.ACTIVE);
            assertThat(p.inForceSince()).contains(LocalDate.of(2004, 3, 1));
            assertThat(p.latestDecision()).contains(byBoard(LocalDate.of(2004, 3, 1)));
            assertThat(p.lastEvaluation()).contains(LocalDate.of(2024, 5, 20));
        });
    }

    @Test
    void a_partnership_ended_after_the_year_shows_as_it_stood_at_the_year_s_end() {
        Year2024 year = new Year2024(LIDKOPING);
        year.store();
        Partnership stored = persistence.partnerships().find(LIDKOPING, year.kecskemet.id()).orElseThrow();
        persistence.partnerships().save(stored.terminate(byBoard(LocalDate.of(2025, 2, 1)), LIDKOPING_FROM_2020)
                .value());

        PartnershipLine of2024 = reports.annualCompilation(LIDKOPING, 2024).value().partnerships().get(0);
        PartnershipLine of2025 = reports.annualCompilation(LIDKOPING, 2025).value().partnerships().get(0);

        assertThat(of2024.status()).isEqualTo(PartnershipStatus.ACTIVE);
        assertThat(of2024.decisions()).hasSize(1);
        assertThat(of2025.status()).isEqualTo(PartnershipStatus.TERMINATED);
        assertThat(of2025.latestDecision()).contains(byBoard(LocalDate.of(2025, 2, 1)));
    }

    @Test
    void a_twin_town_visit_carries_its_report_to_the_board_and_whether_it_is_overdue_R8() {
        Year2024 year = new Year2024(TYRESO);
        year.store();

        AnnualCompilation compilation = reports.annualCompilation(TYRESO, 2024).value();

        // Tyresö reports a visit within 60 days of its last day, 16 May 2024: by 15 July 2024.
        assertThat(compilation.visits()).singleElement().satisfies(v -> assertThat(v.report())
                .hasValueSatisfying(r -> {
                    assertThat(r.key()).isEqualTo(ObligationKeys.visitReport(year.visit.id()));
                    assertThat(r.due()).isEqualTo(LocalDate.of(2024, 7, 15));
                    assertThat(r.isOverdue(compilation.compiledOn())).isTrue();
                }));
    }

    @Test
    void the_compilation_lists_the_years_visits_and_association_grants() {
        Year2024 year = lidkoping2024();

        AnnualCompilation compilation = reports.annualCompilation(LIDKOPING, 2024).value();

        assertThat(compilation.visits()).singleElement().satisfies(v -> {
            assertThat(v.partnership()).contains("Kecskemét");
            assertThat(v.report()).as("Lidköping's policy asks for no visit report (R8)").isEmpty();
        });
        assertThat(compilation.grants()).extracting(AssociationGrant::id).containsExactly(year.grant.id());
    }

    @Test
    void obligations_due_in_the_year_are_met_or_overdue() {
        Year2024 year = lidkoping2024();
        persistence.obligations().save(ObligationRecord.submitted(ObligationKeys.annualCompilation(2023),
                LIDKOPING, LocalDate.of(2024, 3, 20), "Anmäld till KS 2024-03-20, § 45"));

        AnnualCompilation of2024 = reports.annualCompilation(LIDKOPING, 2024).value();
        AnnualCompilation of2025 = reports.annualCompilation(LIDKOPING, 2025).value();

        assertThat(of2024.met()).extracting(o -> o.key().value()).containsExactly("R5/annual-compilation/2023");
        assertThat(of2024.overdue()).isEmpty();
        // Green building A-Z, completed on 1 February 2025, owes its funder a final report too.
        assertThat(of2025.overdue()).extracting(o -> o.key().value()).containsExactlyInAnyOrder(
                "R5/annual-compilation/2024", "project-final-report/" + year.greenBuilding.id());
        assertThat(of2025.overdue()).filteredOn(o -> o.key().equals(ObligationKeys.annualCompilation(2024)))
                .extracting(ReportingObligation::due).containsExactly(LocalDate.of(2025, 3, 31));
    }

    @Test
    void the_year_not_yet_over_is_shown_as_of_today() {
        lidkoping2024();

        AnnualCompilation compilation = reports.annualCompilation(LIDKOPING, 2025).value();

        assertThat(compilation.asOf()).isEqualTo(TODAY);
        assertThat(compilation.projects()).filteredOn(p -> p.title().equals("Green building A-Z"))
                .extracting(ProjectLine::status).containsExactly(ProjectStatus.COMPLETED);
    }

    @Test
    void the_figures_reported_for_2015_are_shown_as_reported_98_activities_and_1_800_000_sek() {
        persistence.municipalities().save(Examples.municipality(LIDKOPING));
        persistence.reportedFigures().save(new ReportedFigures(LIDKOPING, 2015, 98, Money.sek("1800000.00"),
                "Lidköpings kommun, webbsida Internationellt arbete: statistik 2015", 0));

        AnnualCompilation of2015 = reports.annualCompilation(LIDKOPING, 2015).value();
        AnnualCompilation of2019 = reports.annualCompilation(LIDKOPING, 2019).value();
        AnnualCompilation of2014 = reports.annualCompilation(LIDKOPING, 2014).value();

        assertThat(of2015.figures().reported()).hasValueSatisfying(r -> {
            assertThat(r.activities()).isEqualTo(98);
            assertThat(r.externalFunding()).isEqualTo(Money.sek("1800000.00"));
        });
        assertThat(of2015.activities().total()).as("never added to what the register holds").isZero();
        assertThat(of2019.reported()).extracting(ReportedFigures::year, ReportedFigures::activities)
                .containsExactly(tuple(2015, 98));
        assertThat(of2019.lastFiveYears().get(0).reported()).isPresent();
        assertThat(of2014.reported()).isEmpty();
    }

    @Test
    void a_year_with_nothing_compiles_to_zeros_and_empty_lists() {
        persistence.municipalities().save(Examples.municipality(EKSJO));

        AnnualCompilation compilation = reports.annualCompilation(EKSJO, 2023).value();

        assertThat(compilation.partnerships()).isEmpty();
        assertThat(compilation.projects()).isEmpty();
        assertThat(compilation.visits()).isEmpty();
        assertThat(compilation.grants()).isEmpty();
        assertThat(compilation.partnerCountries()).isEmpty();
        assertThat(compilation.funding().total()).isEqualTo(Money.zero(Money.SEK));
        assertThat(compilation.funding().isComplete()).isTrue();
        assertThat(compilation.activitiesPerYear()).containsOnly(entry(2019, 0), entry(2020, 0), entry(2021, 0),
                entry(2022, 0), entry(2023, 0));
    }

    @Test
    void an_unknown_municipality_is_not_found() {
        assertThat(reports.annualCompilation(MunicipalityCode.of("9999"), 2024))
                .isEqualTo(new Result.NotFound<>("municipality", "9999"));
        assertThat(reports.committeeSections(MunicipalityCode.of("9999"), 2024))
                .isEqualTo(new Result.NotFound<>("municipality", "9999"));
    }

    @Test
    void a_year_not_yet_begun_is_invalid() {
        lidkoping2024();

        assertThat(reports.annualCompilation(LIDKOPING, 2026)).isInstanceOf(Result.Invalid.class);
    }

    @Test
    void tyreso_gets_one_section_per_committee_with_international_work_and_its_own_funding_R6() {
        Year2024 year = new Year2024(TYRESO);
        year.store();

        List<CommitteeReportSection> sections = reports.committeeSections(TYRESO, 2024).value();

        assertThat(sections).extracting(s -> s.committee().map(Committee::id).orElseThrow())
                .containsExactlyInAnyOrder(Examples.SCHOOL_COMMITTEE, Examples.CULTURE_COMMITTEE_ID);
        CommitteeReportSection culture = sections.stream()
                .filter(s -> s.committee().orElseThrow().id().equals(Examples.CULTURE_COMMITTEE_ID)).findFirst()
                .orElseThrow();
        assertThat(culture.scope()).isEqualTo(AnnualReportScope.EACH_COMMITTEE);
        assertThat(culture.reportedBy()).isEqualTo("Kultur- och fritidsnämnden");
        assertThat(culture.projects()).extracting(ProjectLine::title)
                .containsExactlyInAnyOrder("Feel Better With a Book", "Library exchange with Basel");
        assertThat(culture.visits()).hasSize(1);
        // The library's Nordplus grant; the Swiss one has no rate and is listed as unconverted.
        assertThat(culture.externalFunding()).isEqualTo(sek(new BigDecimal("12345.67"), SEK_PER_EUR_2024_06_13));
        assertThat(culture.unconverted()).extracting(Unconverted::project).containsExactly(year.swissExchange.id());
        assertThat(culture.obligation()).hasValueSatisfying(o -> assertThat(o.key()).isEqualTo(
                ObligationKeys.annualReportSection(2024, Examples.CULTURE_COMMITTEE_ID)));
    }

    @Test
    void the_register_names_the_sections_owed_as_the_compiled_sections_are() {
        new Year2024(TYRESO).store();
        new Year2024(EKSJO).store();
        RegisterUseCases register = new RegisterUseCases(ports);

        for (MunicipalityCode code : List.of(TYRESO, EKSJO)) {
            assertThat(register.annualReportSections(code, 2024).value()).isEqualTo(reports
                    .committeeSections(code, 2024).value().stream().map(CommitteeReportSection::committee).toList());
        }
    }

    @Test
    void one_committee_section_is_found_by_its_committee_and_another_is_not() {
        new Year2024(TYRESO).store();

        assertThat(reports.committeeSection(TYRESO, 2024, Examples.SCHOOL_COMMITTEE).value().projects())
                .extracting(ProjectLine::title).contains("Job shadowing", "Exchange with Zambia");
        assertThat(reports.committeeSection(TYRESO, 2024, CommitteeId.of("kommunstyrelsen")))
                .isInstanceOf(Result.NotFound.class);
    }

    @Test
    void eksjo_gets_the_municipalitys_one_section_with_all_the_years_work_R6() {
        Year2024 year = new Year2024(EKSJO);
        year.store();

        List<CommitteeReportSection> sections = reports.committeeSections(EKSJO, 2024).value();
        AnnualCompilation compilation = reports.annualCompilation(EKSJO, 2024).value();

        assertThat(sections).singleElement().satisfies(s -> {
            assertThat(s.committee()).isEmpty();
            assertThat(s.reportedBy()).isEqualTo("Exempelkommun 0686");
            assertThat(s.projects()).hasSize(year.projectsOf2024().size());
            assertThat(s.partnerships()).extracting(p -> p.title()).containsExactly("Kecskemét");
            assertThat(s.externalFunding()).isEqualTo(compilation.funding().total());
            assertThat(s.obligation()).hasValueSatisfying(o -> assertThat(o.key())
                    .isEqualTo(ObligationKeys.annualReport(2024)));
        });
    }

    @Test
    void a_report_reads_in_one_transaction() {
        lidkoping2024();
        List<String> transactions = new ArrayList<>();
        Ports counted = ports.toBuilder().transactions(new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                transactions.add("tx");
                return ports.transactions().inTransaction(work);
            }
        }).build();

        new ReportUseCases(counted).annualCompilation(LIDKOPING, 2024);

        assertThat(transactions).hasSize(1);
    }

}
