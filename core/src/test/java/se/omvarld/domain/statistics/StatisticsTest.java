package se.omvarld.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.quicktheories.QuickTheory.qt;
import static se.omvarld.domain.Examples.byBoard;
import static se.omvarld.domain.Examples.imported;
import static se.omvarld.domain.Examples.programme;
import static se.omvarld.domain.Examples.project;
import static se.omvarld.domain.Examples.uuid;

import com.google.common.collect.ImmutableList;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import se.omvarld.domain.Examples;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.visit.Direction;
import se.omvarld.domain.visit.Visit;
import se.omvarld.reference.EcbRatesCsv;

class StatisticsTest {

    private static final se.omvarld.domain.policy.CountryAssessmentTable REGIMES =
            se.omvarld.reference.CountryRegimesCsv.load();

    private static final EcbRatesCsv ECB = EcbRatesCsv.load();
    // Statistics count what the register holds; R2 is proven elsewhere, so its projects start without plans.
    private static final PolicyProfile LIDKOPING = PolicyProfiles.lidkoping().toBuilder()
            .withoutRule(se.omvarld.domain.policy.RuleId.R2).build();
    private static final MunicipalityCode CODE = LIDKOPING.municipality();
    private static final Currency EUR = Money.EUR;
    private static final Currency NOK = Currency.getInstance("NOK");

    private static final FundingProgramme ERASMUS = programme(CODE, "Erasmus+", "EUR", FundingSource.EU);
    private static final FundingProgramme NORDPLUS = programme(CODE, "Nordplus", "EUR", FundingSource.NORDIC);
    private static final FundingProgramme INTERREG = programme(CODE, "Interreg", "EUR", FundingSource.EU);
    private static final FundingProgramme ATHENA = programme(CODE, "Athena", "SEK", FundingSource.NATIONAL);
    private static final FundingProgramme ICLD = programme(CODE, "ICLD kommunala partnerskap", "SEK",
            FundingSource.SIDA);
    private static final FundingProgramme NORWAY = programme(CODE, "Norsk kommunesamarbeid", "NOK",
            FundingSource.FOUNDATION);

    /** Applied, granted on {@code grantedOn} for {@code granted}, running from {@code startedOn}. */
    private static Project granted(Examples.ProjectDraft draft, LocalDate grantedOn, Money granted,
            LocalDate startedOn) {
        return draft.registeredOn(grantedOn.minusMonths(3)).idea()
                .submitApplication(grantedOn.minusMonths(2), LIDKOPING).value()
                .grant(grantedOn, granted).value()
                .start(startedOn, LIDKOPING, REGIMES).value();
    }

    private static Register register(List<Project> projects, List<Partnership> partnerships, List<Visit> visits,
            List<AssociationGrant> grants) {
        return new Register(Examples.municipality(CODE), ImmutableList.of(), ImmutableList.copyOf(partnerships),
                ImmutableList.copyOf(projects), ImmutableList.of(ERASMUS, NORDPLUS, INTERREG, ATHENA, ICLD, NORWAY),
                ImmutableList.of(), ImmutableList.copyOf(grants), ImmutableList.copyOf(visits), ImmutableList.of());
    }

    private Register register2015() {
        return register(year2015.toArray(Project[]::new));
    }

    private static Register register(Project... projects) {
        return register(List.of(projects), List.of(), List.of(), List.of());
    }

    // Lidköping's current projects from its public page, granted in 2015 (amounts invented, rates the ECB's).
    private final Project jobShadowing = granted(project(CODE, "Job shadowing").unit("Barn & Skola")
            .countries("DE", "TR").programme(ERASMUS).areas(Area.EDUCATION),
            LocalDate.of(2015, 3, 16), Money.of("30000.00", "EUR"), LocalDate.of(2015, 8, 1));
    private final Project feelBetter = granted(project(CODE, "Feel Better With a Book").unit("Biblioteket")
            .countries("LT", "EE", "LV").programme(NORDPLUS).areas(Area.CULTURE, Area.ELDERLY_AND_DISABILITY_CARE),
            LocalDate.of(2015, 6, 13), Money.of("12345.67", "EUR"), LocalDate.of(2015, 9, 1));
    private final Project zambia = granted(project(CODE, "Exchange with Zambia").unit("De la Gardiegymnasiet")
            .countries("ZM").programme(ATHENA).areas(Area.SCHOOL_EXCHANGE),
            LocalDate.of(2015, 5, 4), Money.sek("150000.00"), LocalDate.of(2015, 8, 20));
    private final Project greenBuilding = granted(project(CODE, "Green building A-Z").unit("Intern Service")
            .countries("NO", "DK").programme(INTERREG).areas(Area.ENVIRONMENT, Area.TECHNOLOGY),
            LocalDate.of(2015, 9, 1), Money.of("100000.00", "EUR"), LocalDate.of(2015, 10, 1));
    private final Project greenBuildingVux = granted(project(CODE, "Green building A-Z, Särskolan VUX")
            .parent(greenBuilding).unit("Särskolan VUX").countries("IT", "BE", "GB", "SK").programme(ERASMUS)
            .areas(Area.ENVIRONMENT, Area.EDUCATION),
            LocalDate.of(2015, 10, 1), Money.of("20000.00", "EUR"), LocalDate.of(2015, 11, 2));
    private final Project greenBuildingShare = granted(project(CODE, "Green building A-Z, Intern Service's share")
            .parent(greenBuilding).unit("Intern Service").countries("NO").programme(INTERREG)
            .areas(Area.ENVIRONMENT), LocalDate.of(2015, 9, 1), Money.of("40000.00", "EUR"),
            LocalDate.of(2015, 10, 1));
    private final Project fjord = granted(project(CODE, "Fjord cooperation").unit("Intern Service").countries("NO")
            .programme(NORWAY).areas(Area.TOURISM), LocalDate.of(2015, 11, 2), Money.of("50000.00", "NOK"),
            LocalDate.of(2015, 12, 1));
    private final List<Project> year2015 = List.of(jobShadowing, feelBetter, zambia, greenBuilding, greenBuildingVux,
            greenBuildingShare, fjord);

    @Nested
    class EcbReferenceRates {

        @Test
        void the_first_fixing_is_1999_01_04_at_9_4696_kronor_per_euro() {
            assertThat(ECB.perEuro(Money.SEK, LocalDate.of(1999, 1, 4))).contains(new BigDecimal("9.4696"));
            assertThat(ECB.rate(EUR, LocalDate.of(1999, 1, 4))).contains(
                    new Rate(EUR, new BigDecimal("9.4696"), LocalDate.of(1999, 1, 4), EcbRatesCsv.SOURCE));
            assertThat(ECB.days()).isEqualTo(6603);
            assertThat(ECB.currencies()).extracting(Currency::getCurrencyCode)
                    .containsExactly("SEK", "NOK", "USD", "DKK", "GBP");
        }

        @Test
        void a_saturday_takes_fridays_fixing_and_names_its_day() {
            Rate saturday = ECB.rate(EUR, LocalDate.of(1999, 1, 9)).orElseThrow();

            assertThat(saturday.day()).isEqualTo(LocalDate.of(1999, 1, 8));
            assertThat(saturday.sekPerUnit()).isEqualByComparingTo("9.165");
            assertThat(ECB.rate(EUR, LocalDate.of(2024, 10, 12)).orElseThrow().day())
                    .isEqualTo(LocalDate.of(2024, 10, 11));
        }

        @Test
        void there_is_no_rate_more_than_a_week_after_the_last_fixing() {
            assertThat(ECB.rate(EUR, LocalDate.of(2024, 10, 18))).isPresent();
            assertThat(ECB.rate(EUR, LocalDate.of(2024, 10, 19))).isEmpty();
            assertThat(ECB.rate(EUR, LocalDate.of(2025, 2, 3))).isEmpty();
            assertThat(ECB.rate(EUR, LocalDate.of(1998, 12, 31))).isEmpty();
        }

        @Test
        void kronor_per_krone_go_through_the_euro_on_the_same_day() {
            Rate nok = ECB.rate(NOK, LocalDate.of(2015, 11, 2)).orElseThrow();

            assertThat(nok.sekPerUnit()).isEqualByComparingTo("1.005065866980829");
            assertThat(nok.toSek(Money.of("50000.00", "NOK"))).isEqualTo(Money.sek("50253.29"));
        }

        @Test
        void n_a_is_no_fixing_and_the_trailing_comma_an_empty_column() {
            EcbRatesCsv csv = EcbRatesCsv.read(new StringReader("""
                    Date,SEK,NOK,EEK,
                    2011-01-04,8.9,N/A,N/A,
                    2011-01-03,8.95,7.8,N/A,
                    """), "test");

            assertThat(csv.currencies()).extracting(Currency::getCurrencyCode).containsExactly("SEK", "NOK", "EEK");
            assertThat(csv.perEuro(NOK, LocalDate.of(2011, 1, 4))).isEmpty();
            Rate nok = csv.rate(NOK, LocalDate.of(2011, 1, 4)).orElseThrow();
            assertThat(nok.day()).isEqualTo(LocalDate.of(2011, 1, 3));
            assertThat(csv.rate(Currency.getInstance("EEK"), LocalDate.of(2011, 1, 4))).isEmpty();
        }
    }

    @Nested
    class ExternalFundingInKronor {

        @Test
        void granted_funding_is_converted_at_the_rate_of_the_day_it_was_granted() {
            ExternalFunding funding = Statistics.externalFunding(register2015(), 2015, ECB);

            assertThat(funding.isComplete()).isTrue();
            assertThat(funding.totalNote()).isEmpty();
            assertThat(funding.conversions()).extracting(Conversion::title, Conversion::sek).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Job shadowing", Money.sek("274596.00")),
                    org.assertj.core.groups.Tuple.tuple("Exchange with Zambia", Money.sek("150000.00")),
                    org.assertj.core.groups.Tuple.tuple("Feel Better With a Book", Money.sek("113629.55")),
                    org.assertj.core.groups.Tuple.tuple("Green building A-Z", Money.sek("949540.00")),
                    org.assertj.core.groups.Tuple.tuple("Green building A-Z, Särskolan VUX", Money.sek("187508.00")),
                    org.assertj.core.groups.Tuple.tuple("Fjord cooperation", Money.sek("50253.29")));
            Conversion saturday = funding.conversions().get(2);
            assertThat(saturday.rate().day()).isEqualTo(LocalDate.of(2015, 6, 12));
            assertThat(saturday.rate().source()).isEqualTo(EcbRatesCsv.SOURCE);
            assertThat(funding.total()).isEqualTo(Money.sek("1725526.84"));
        }

        @Test
        void funding_is_broken_down_by_programme_unit_country_and_area() {
            ExternalFunding funding = Statistics.externalFunding(register2015(), 2015, ECB);

            assertThat(funding.byProgramme()).containsExactly(
                    entry("Athena", Money.sek("150000.00")),
                    entry("Erasmus+", Money.sek("462104.00")),
                    entry("Interreg", Money.sek("949540.00")),
                    entry("Nordplus", Money.sek("113629.55")),
                    entry("Norsk kommunesamarbeid", Money.sek("50253.29")));
            assertThat(funding.byUnit()).containsExactly(
                    entry("Barn & Skola", Money.sek("274596.00")),
                    entry("Biblioteket", Money.sek("113629.55")),
                    entry("De la Gardiegymnasiet", Money.sek("150000.00")),
                    entry("Intern Service", Money.sek("999793.29")),
                    entry("Särskolan VUX", Money.sek("187508.00")));
            assertThat(funding.byCountry()).containsEntry(CountryCode.of("NO"), Money.sek("999793.29"))
                    .containsEntry(CountryCode.of("DE"), Money.sek("274596.00"))
                    .containsEntry(CountryCode.of("TR"), Money.sek("274596.00"))
                    .containsEntry(CountryCode.of("ZM"), Money.sek("150000.00"))
                    .hasSize(12);
            assertThat(funding.byArea()).containsEntry(Area.ENVIRONMENT, Money.sek("1137048.00"))
                    .containsEntry(Area.EDUCATION, Money.sek("462104.00"));
            Money byProgramme = funding.byProgramme().values().stream().reduce(Money.zero(Money.SEK), Money::plus);
            Money byUnit = funding.byUnit().values().stream().reduce(Money.zero(Money.SEK), Money::plus);
            assertThat(byProgramme).isEqualTo(funding.total());
            assertThat(byUnit).isEqualTo(funding.total());
        }

        @Test
        void funding_by_unit_follows_a_renamed_unit_to_its_new_name() {
            Register before = register2015();
            Register after = new Register(before.municipality().renameUnit(Examples.unit("Intern Service"),
                    "Service och fastigheter").value(), before.partners(), before.partnerships(), before.projects(),
                    before.programmes(), before.calls(), before.grants(), before.visits(), before.obligationRecords());

            ExternalFunding funding = Statistics.externalFunding(after, 2015, ECB);

            assertThat(funding.byUnit()).containsEntry("Service och fastigheter", Money.sek("999793.29"))
                    .doesNotContainKey("Intern Service").hasSize(5);
            assertThat(funding.total()).isEqualTo(Statistics.externalFunding(before, 2015, ECB).total());
        }

        @Test
        void a_missing_rate_is_listed_with_its_project_and_day_and_never_counted_as_zero() {
            Project late = granted(project(CODE, "Erasmus 2025").programme(ERASMUS), LocalDate.of(2025, 2, 3),
                    Money.of("10000.00", "EUR"), LocalDate.of(2025, 3, 1));
            Project kronor = granted(project(CODE, "Athena 2025").programme(ATHENA), LocalDate.of(2025, 4, 1),
                    Money.sek("5000.00"), LocalDate.of(2025, 5, 1));

            ExternalFunding funding = Statistics.externalFunding(register(late, kronor), 2025, ECB);

            assertThat(funding.isComplete()).isFalse();
            assertThat(funding.unconverted()).containsExactly(new Unconverted(late.id(), "Erasmus 2025",
                    Money.of("10000.00", "EUR"), LocalDate.of(2025, 2, 3)));
            assertThat(funding.conversions()).extracting(Conversion::project).containsExactly(kronor.id());
            assertThat(funding.total()).isEqualTo(Money.sek("5000.00"));
            assertThat(funding.byProgramme()).containsOnlyKeys("Athena");
            assertThat(funding.totalNote()).contains("excludes 1 amount without an exchange rate",
                    "Erasmus 2025", "10000.00 EUR", "2025-02-03");
        }

        @Test
        void funding_counts_in_the_year_it_was_granted_only() {
            assertThat(Statistics.externalFunding(register2015(), 2016, ECB).total()).isEqualTo(Money.sek("0"));
            assertThat(Statistics.externalFunding(register2015(), 2014, ECB).conversions()).isEmpty();
        }

        @Test
        void conversion_rounds_half_even_to_ore_once() {
            RateLookup half = (from, day) -> Optional.of(new Rate(from, new BigDecimal("0.5"), day, "test"));
            Project a = granted(project(CODE, "A").programme(ERASMUS), LocalDate.of(2020, 1, 2),
                    Money.of("10.05", "EUR"), LocalDate.of(2020, 2, 1));
            Project b = granted(project(CODE, "B").programme(NORDPLUS), LocalDate.of(2020, 1, 3),
                    Money.of("10.07", "EUR"), LocalDate.of(2020, 2, 1));

            ExternalFunding funding = Statistics.externalFunding(register(a, b), 2020, half);

            assertThat(funding.conversions()).extracting(Conversion::sek)
                    .containsExactly(Money.sek("5.02"), Money.sek("5.04"));
            assertThat(funding.total()).isEqualTo(Money.sek("10.06"));
        }

        @Test
        void a_withdrawn_projects_grant_is_not_counted() {
            Project withdrawn = project(CODE, "Withdrawn").programme(ERASMUS)
                    .registeredOn(LocalDate.of(2014, 12, 1)).idea()
                    .submitApplication(LocalDate.of(2015, 1, 5), LIDKOPING).value()
                    .grant(LocalDate.of(2015, 3, 16), Money.of("1000.00", "EUR")).value()
                    .withdraw(LocalDate.of(2015, 4, 1)).value();

            assertThat(Statistics.externalFunding(register(withdrawn), 2015, ECB).conversions()).isEmpty();
        }
    }

    @Nested
    class ParentAndChildProjects {

        @Test
        void a_childs_grant_under_its_parents_programme_is_part_of_the_parents_and_not_added_again() {
            ExternalFunding family = Statistics.externalFunding(register(greenBuilding, greenBuildingShare), 2015,
                    ECB);

            assertThat(family.conversions()).extracting(Conversion::project).containsExactly(greenBuilding.id());
            assertThat(family.total()).isEqualTo(Money.sek("949540.00"));
        }

        @Test
        void a_childs_grant_under_another_programme_is_added_to_the_family() {
            ExternalFunding family = Statistics.externalFunding(register(greenBuilding, greenBuildingVux), 2015,
                    ECB);

            assertThat(family.total()).isEqualTo(Money.sek("1137048.00"));
        }

        @Test
        void a_grandchilds_grant_under_its_granted_grandparents_programme_is_not_added_again() {
            Project workPackage = project(CODE, "Green building A-Z, work package 2").parent(greenBuilding)
                    .programme(INTERREG).registeredOn(LocalDate.of(2015, 9, 2)).idea()
                    .start(LocalDate.of(2015, 10, 2), LIDKOPING, REGIMES).value();
            Project task = granted(project(CODE, "Green building A-Z, task 2.1").parent(workPackage)
                    .programme(INTERREG), LocalDate.of(2015, 10, 5), Money.of("5000.00", "EUR"),
                    LocalDate.of(2015, 11, 1));

            ExternalFunding family = Statistics.externalFunding(register(greenBuilding, workPackage, task), 2015,
                    ECB);

            assertThat(family.conversions()).extracting(Conversion::project).containsExactly(greenBuilding.id());
        }

        @Test
        void a_childs_grant_counts_when_its_parent_was_never_granted() {
            Project umbrella = project(CODE, "Umbrella").programme(INTERREG)
                    .registeredOn(LocalDate.of(2014, 12, 1)).idea()
                    .start(LocalDate.of(2015, 1, 10), LIDKOPING, REGIMES).value();
            Project child = granted(project(CODE, "Child").parent(umbrella).programme(INTERREG),
                    LocalDate.of(2015, 9, 1), Money.of("1000.00", "EUR"), LocalDate.of(2015, 10, 1));

            assertThat(Statistics.externalFunding(register(umbrella, child), 2015, ECB).total())
                    .isEqualTo(Money.sek("9495.40"));
        }

        @Test
        void a_childs_grant_under_its_parents_programme_counts_when_the_parent_was_granted_nothing() {
            Project grantedNothing = granted(project(CODE, "Granted nothing").programme(INTERREG),
                    LocalDate.of(2015, 6, 1), Money.of("0.00", "EUR"), LocalDate.of(2015, 7, 1));
            Project child = granted(project(CODE, "Child").parent(grantedNothing).programme(INTERREG),
                    LocalDate.of(2015, 9, 1), Money.of("1000.00", "EUR"), LocalDate.of(2015, 10, 1));

            ExternalFunding family = Statistics.externalFunding(register(grantedNothing, child), 2015, ECB);

            assertThat(family.conversions()).extracting(Conversion::project).containsExactly(child.id());
            assertThat(family.total()).isEqualTo(Money.sek("9495.40"));
        }

        @Test
        void a_parent_granted_nothing_is_passed_over_for_the_grandparent_whose_grant_the_childs_is_a_share_of() {
            Project grantedNothing = granted(project(CODE, "Green building A-Z, work package 3")
                    .parent(greenBuilding).programme(INTERREG), LocalDate.of(2015, 9, 2), Money.of("0.00", "EUR"),
                    LocalDate.of(2015, 10, 2));
            Project task = granted(project(CODE, "Green building A-Z, task 3.1").parent(grantedNothing)
                    .programme(INTERREG), LocalDate.of(2015, 10, 5), Money.of("5000.00", "EUR"),
                    LocalDate.of(2015, 11, 1));

            ExternalFunding family = Statistics.externalFunding(register(greenBuilding, grantedNothing, task), 2015,
                    ECB);

            assertThat(family.conversions()).extracting(Conversion::project).containsExactly(greenBuilding.id());
        }

        @Test
        void a_cycle_of_parents_is_cut_at_its_root_so_its_funding_is_counted_once() {
            Project b = project(CODE, "Cycle B").idea();
            Project a = granted(project(CODE, "Cycle A").parent(b).programme(INTERREG), LocalDate.of(2015, 9, 1),
                    Money.of("1000.00", "EUR"), LocalDate.of(2015, 10, 1));
            Project bUnderA = granted(project(CODE, "Cycle B").parent(a).programme(INTERREG),
                    LocalDate.of(2015, 9, 1), Money.of("1000.00", "EUR"), LocalDate.of(2015, 10, 1));
            ProjectId root = a.id().toString().compareTo(b.id().toString()) < 0 ? a.id() : b.id();

            ExternalFunding family = Statistics.externalFunding(register(a, bUnderA), 2015, ECB);

            assertThat(bUnderA.id()).isEqualTo(b.id());
            assertThat(family.conversions()).extracting(Conversion::project).containsExactly(root);
            assertThat(Statistics.activities(register(a, bUnderA), 2015).projects()).isEqualTo(1);
        }

        @Test
        void a_child_whose_parent_is_not_in_the_register_is_counted_on_its_own() {
            ExternalFunding alone = Statistics.externalFunding(register(greenBuildingShare), 2015, ECB);

            assertThat(alone.total()).isEqualTo(Money.sek("379816.00"));
            assertThat(Statistics.activities(register(greenBuildingShare), 2015).projects()).isEqualTo(1);
        }

        @Test
        void a_family_is_one_activity_in_a_year_any_of_its_members_is_active() {
            assertThat(Statistics.activities(register(greenBuilding, greenBuildingVux, greenBuildingShare), 2015)
                    .projects()).isEqualTo(1);
            Project laterChild = granted(project(CODE, "Later child").parent(greenBuilding).programme(ERASMUS),
                    LocalDate.of(2017, 1, 9), Money.of("1000.00", "EUR"), LocalDate.of(2017, 2, 1));
            Project parentDone = greenBuilding.complete(LocalDate.of(2016, 6, 30)).value();
            assertThat(Statistics.activities(register(parentDone, laterChild), 2017).projects()).isEqualTo(1);
            assertThat(Statistics.activities(register(parentDone, laterChild), 2016).projects()).isEqualTo(1);
        }
    }

    @Nested
    class FiguresReportedForEarlierYears {

        private static final String SOURCE = "Lidköpings kommun, webbsida: Statistik 2015";
        private final ReportedFigures lidkoping2015 = new ReportedFigures(CODE, 2015, 98, Money.sek("1800000"),
                SOURCE, 1);

        @Test
        void reported_figures_are_shown_beside_the_computed_ones_in_their_year_only_and_never_added() {
            ImmutableList<YearFigures> years = Statistics.forYears(register2015(), List.of(lidkoping2015), 2014,
                    2016, ECB);

            assertThat(years).extracting(YearFigures::reported)
                    .containsExactly(Optional.empty(), Optional.of(lidkoping2015), Optional.empty());
            assertThat(years.get(1).funding().total()).isEqualTo(Money.sek("1725526.84"));
            assertThat(years.get(1).activities()).isEqualTo(Statistics.activities(register2015(), 2015));
            assertThat(years).isEqualTo(Statistics.forYears(register2015(), 2014, 2016, ECB).stream()
                    .map(y -> new YearFigures(y.year(), y.activities(), y.funding(),
                            y.year() == 2015 ? Optional.of(lidkoping2015) : Optional.empty()))
                    .toList());
        }

        @Test
        void another_municipalitys_figures_or_two_sets_for_one_year_are_a_programming_error() {
            ReportedFigures tyreso = new ReportedFigures(MunicipalityCode.of("0138"), 2015, 1, Money.sek("0"),
                    "Tyresö kommun, årsredovisning 2015", 1);

            assertThatThrownBy(() -> Statistics.forYears(register2015(), List.of(tyreso), 2015, 2015, ECB))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0138");
            assertThatThrownBy(() -> Statistics.forYears(register2015(), List.of(lidkoping2015, lidkoping2015),
                    2015, 2015, ECB)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2015");
        }

        @Test
        void a_years_figures_cannot_carry_another_years_report() {
            YearFigures of2016 = Statistics.forYear(register2015(), 2016, ECB);

            assertThatThrownBy(() -> new YearFigures(2016, of2016.activities(), of2016.funding(),
                    Optional.of(lidkoping2015))).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void figures_are_reported_in_kronor_never_negative_with_a_source() {
            assertThatThrownBy(() -> new ReportedFigures(CODE, 2015, -1, Money.sek("0"), SOURCE, 0))
                    .hasMessageContaining("activities");
            assertThatThrownBy(() -> new ReportedFigures(CODE, 2015, 98, Money.sek("-0.01"), SOURCE, 0))
                    .hasMessageContaining("negative");
            assertThatThrownBy(() -> new ReportedFigures(CODE, 2015, 98, Money.of("1800000", "EUR"), SOURCE, 0))
                    .hasMessageContaining("SEK");
            assertThatThrownBy(() -> new ReportedFigures(CODE, 2015, 98, Money.sek("0"), "  ", 0))
                    .hasMessageContaining("source");
            assertThatThrownBy(() -> new ReportedFigures(CODE, 1899, 98, Money.sek("0"), SOURCE, 0))
                    .hasMessageContaining("year");
            assertThatThrownBy(() -> new ReportedFigures(CODE, 2015, 98, Money.sek("0"), SOURCE, -1))
                    .hasMessageContaining("version");
        }

        @Test
        void figures_can_be_reported_for_this_year_and_earlier_but_not_for_a_year_to_come() {
            LocalDate today = LocalDate.of(2026, 1, 1);

            assertThat(ReportedFigures.report(CODE, 2026, 0, Money.sek("0"), SOURCE, today).version()).isZero();
            assertThat(ReportedFigures.report(CODE, 2015, 98, Money.sek("1800000"), SOURCE, today))
                    .isEqualTo(lidkoping2015.withVersion(0));
            assertThatThrownBy(() -> ReportedFigures.report(CODE, 2027, 0, Money.sek("0"), SOURCE, today))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2027 is in the future");
        }
    }

    /** What holds for every family of projects, not only for the examples in {@link ParentAndChildProjects}. */
    @Nested
    class FamilyFundingProperties {

        private static final int EXAMPLES = 300;
        private static final List<FundingProgramme> SEK_PROGRAMMES = List.of(ATHENA, ICLD);

        /** One member of a generated family: its parent (an earlier member; the first has none), programme, grant. */
        record Member(int parent, int programme, Optional<Long> grantedKronor) {
        }

        /** A family of one to eight projects in SEK programmes: some never granted, some granted zero. */
        private Gen<List<Member>> families() {
            Gen<Optional<Long>> grants = Generate.pick(List.of(0, 1, 2)).zip(Generate.longRange(1, 1_000_000),
                    (kind, kronor) -> kind == 0 ? Optional.<Long>empty() : Optional.of(kind == 1 ? 0L : kronor));
            Gen<Integer> sizes = Generate.range(1, 8);
            Gen<Integer> programmes = Generate.range(0, SEK_PROGRAMMES.size() - 1);
            return random -> {
                List<Member> members = new ArrayList<>();
                int size = sizes.generate(random);
                for (int i = 0; i < size; i++) {
                    int parent = i == 0 ? -1 : Generate.range(0, i - 1).generate(random);
                    members.add(new Member(parent, programmes.generate(random), grants.generate(random)));
                }
                return members;
            };
        }

        private List<Project> projects(List<Member> members) {
            List<Project> projects = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                Member m = members.get(i);
                Examples.ProjectDraft draft = project(CODE, "Member " + i)
                        .programme(SEK_PROGRAMMES.get(m.programme()));
                if (m.parent() >= 0) {
                    draft.parent(projects.get(m.parent()));
                }
                projects.add(m.grantedKronor().isEmpty()
                        ? draft.registeredOn(LocalDate.of(2015, 1, 2)).idea()
                        : granted(draft, LocalDate.of(2015, 6, 1), Money.of(BigDecimal.valueOf(m.grantedKronor()
                                .get()), Money.SEK), LocalDate.of(2015, 7, 1)));
            }
            return projects;
        }

        private static Money sek(long kronor) {
            return Money.of(BigDecimal.valueOf(kronor), Money.SEK);
        }

        @Test
        void under_every_programme_in_which_a_member_holds_a_grant_the_family_counts_funding() {
            qt().withExamples(EXAMPLES).forAll(families()).checkAssert(members -> {
                ExternalFunding funding = Statistics.externalFunding(register(projects(members).toArray(
                        Project[]::new)), 2015, RateLookup.none());
                for (int programme = 0; programme < SEK_PROGRAMMES.size(); programme++) {
                    int p = programme;
                    boolean granted = members.stream().anyMatch(m -> m.programme() == p
                            && m.grantedKronor().orElse(0L) > 0);
                    assertThat(funding.byProgramme().getOrDefault(SEK_PROGRAMMES.get(p).name(), sek(0)).isPositive())
                            .as("funding counted under %s for %s", SEK_PROGRAMMES.get(p).name(), members)
                            .isEqualTo(granted);
                }
            });
        }

        @Test
        void a_grant_with_no_funded_ancestor_is_always_counted() {
            qt().withExamples(EXAMPLES).forAll(families()).checkAssert(members -> {
                List<Project> projects = projects(members);
                ExternalFunding funding = Statistics.externalFunding(register(projects.toArray(Project[]::new)),
                        2015, RateLookup.none());
                for (int i = 0; i < members.size(); i++) {
                    boolean funded = members.get(i).grantedKronor().orElse(0L) > 0;
                    boolean fundedAncestor = false;
                    for (int a = members.get(i).parent(); a >= 0; a = members.get(a).parent()) {
                        fundedAncestor |= members.get(a).grantedKronor().orElse(0L) > 0;
                    }
                    if (funded && !fundedAncestor) {
                        assertThat(funding.conversions()).extracting(Conversion::project)
                                .as("counted for %s", members).contains(projects.get(i).id());
                    }
                }
            });
        }

        @Test
        void a_family_never_counts_more_than_its_members_were_granted_and_each_grant_at_most_once() {
            qt().withExamples(EXAMPLES).forAll(families()).checkAssert(members -> {
                ExternalFunding funding = Statistics.externalFunding(register(projects(members).toArray(
                        Project[]::new)), 2015, RateLookup.none());
                Money granted = members.stream().map(m -> sek(m.grantedKronor().orElse(0L)))
                        .reduce(sek(0), Money::plus);
                assertThat(funding.total()).isLessThanOrEqualTo(granted);
                assertThat(funding.conversions()).extracting(Conversion::project).doesNotHaveDuplicates();
            });
        }
    }

    @Test
    void activities_of_a_year_are_partnerships_in_force_project_families_visits_and_grants() {
        Partnership kecskemet = imported(CODE, "Kecskemét", "HU", PartnershipKind.TWIN_TOWN,
                byBoard(LocalDate.of(2004, 5, 12)), Optional.empty(), Optional.empty());
        Partnership endedOnNewYear = imported(CODE, "Ended on New Year", "DE", PartnershipKind.TWIN_TOWN,
                byBoard(LocalDate.of(1990, 5, 12)), Optional.of(byBoard(LocalDate.of(2015, 1, 1))), Optional.empty());
        Partnership endedInJanuary = imported(CODE, "Ended in January", "DE", PartnershipKind.TWIN_TOWN,
                byBoard(LocalDate.of(1990, 5, 12)), Optional.of(byBoard(LocalDate.of(2015, 1, 2))), Optional.empty());
        Partnership startedInDecember = imported(CODE, "Started in December", "DE", PartnershipKind.TWIN_TOWN,
                byBoard(LocalDate.of(2015, 12, 31)), Optional.empty(), Optional.empty());
        Visit newYear = visit("New year", LocalDate.of(2014, 12, 30), LocalDate.of(2015, 1, 2));
        Visit spring = visit("Spring", LocalDate.of(2015, 4, 20), LocalDate.of(2015, 4, 23));
        Visit later = visit("Later", LocalDate.of(2016, 4, 20), LocalDate.of(2016, 4, 23));
        AssociationGrant brassBand = AssociationGrant.apply(new GrantId(uuid("grant brass band")), CODE,
                "Lidköpings Brassband", "Concert exchange", true, Money.sek("20000"), Money.sek("5000"),
                DateRange.of(LocalDate.of(2015, 6, 1), LocalDate.of(2015, 6, 7)), LocalDate.of(2015, 2, 1))
                .grant(Decision.of(Body.executiveBoard(), LocalDate.of(2015, 3, 1), "KS 2015/3"),
                        Money.sek("15000"), LIDKOPING).value();
        AssociationGrant notDecided = AssociationGrant.apply(new GrantId(uuid("grant choir")), CODE, "Kören",
                "Choir exchange", true, Money.sek("20000"), Money.sek("5000"),
                DateRange.of(LocalDate.of(2015, 6, 1), LocalDate.of(2015, 6, 7)), LocalDate.of(2015, 2, 1));
        Register register = register(year2015, List.of(kecskemet, endedOnNewYear, endedInJanuary,
                startedInDecember), List.of(newYear, spring, later), List.of(brassBand, notDecided));

        Activities activities = Statistics.activities(register, 2015);

        assertThat(activities).isEqualTo(new Activities(2015, 3, 5, 2, 1));
        assertThat(activities.total()).isEqualTo(11);
        YearFigures figures = Statistics.forYears(register, 2015, 2016, ECB).get(0);
        assertThat(figures.activities()).isEqualTo(activities);
        assertThat(figures.funding().total()).isEqualTo(Money.sek("1725526.84"));
    }

    @Test
    void nothing_happens_in_an_empty_register() {
        YearFigures figures = Statistics.forYear(register(), 2015, RateLookup.none());

        assertThat(figures.activities().total()).isZero();
        assertThat(figures.funding().total()).isEqualTo(Money.sek("0"));
        assertThat(figures.funding().isComplete()).isTrue();
    }

    private static Visit visit(String purpose, LocalDate from, LocalDate to) {
        return Visit.record(new VisitId(uuid("visit " + purpose)), CODE, Optional.empty(), Direction.INCOMING,
                DateRange.of(from, to), purpose, 4, true, java.util.Set.of(), LIDKOPING).value();
    }

    @Test
    void a_pre_study_without_a_grant_adds_nothing_to_the_funding() {
        Project preStudy = project(CODE, "Pre-study").kind(ProjectKind.PRE_STUDY).programme(ERASMUS)
                .registeredOn(LocalDate.of(2014, 12, 1)).idea()
                .start(LocalDate.of(2015, 2, 1), LIDKOPING, REGIMES).value();

        assertThat(Statistics.externalFunding(register(preStudy), 2015, ECB).conversions()).isEmpty();
        assertThat(Statistics.activities(register(preStudy), 2015).projects()).isEqualTo(1);
    }
}
