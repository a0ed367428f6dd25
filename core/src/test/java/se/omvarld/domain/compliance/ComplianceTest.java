package se.omvarld.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.omvarld.domain.Examples.byBoard;
import static se.omvarld.domain.Examples.byCommittee;
import static se.omvarld.domain.Examples.democracyPlan;
import static se.omvarld.domain.Examples.imported;
import static se.omvarld.domain.Examples.project;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.Examples;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.Representative;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.policy.CountryAssessmentTable;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.policy.Severity;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.policy.RegimeClass;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.reference.CountryRegimesCsv;

class ComplianceTest {

    private static final CountryRegimesCsv REGIMES = CountryRegimesCsv.load();
    private static final PolicyProfile LIDKOPING = PolicyProfiles.lidkoping();
    private static final PolicyProfile LILLA_EDET = PolicyProfiles.lillaEdet();
    private static final PolicyProfile TYRESO = PolicyProfiles.tyreso();
    private static final PolicyProfile EKSJO = PolicyProfiles.eksjo();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    /** A register with every administration's representative appointed, so R4 stays quiet unless asked. */
    private static Register register(PolicyProfile profile, List<Partnership> partnerships, List<Project> projects) {
        Municipality m = Examples.municipality(profile.municipality())
                .appointRepresentative("Kultur och fritid", new Representative("Erik Lund", "bibliotekarie"))
                .value();
        return new Register(m, ImmutableList.of(), ImmutableList.copyOf(partnerships), ImmutableList.copyOf(projects),
                ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
    }

    private static ImmutableList<Finding> check(PolicyProfile profile, Partnership... partnerships) {
        return Compliance.check(profile, register(profile, List.of(partnerships), List.of()), REGIMES,
                List.of(), TODAY);
    }

    private static Partnership twinTown(PolicyProfile profile, String name, String country, LocalDate since,
            Optional<LocalDate> planAdopted) {
        return imported(profile.municipality(), name, country, PartnershipKind.TWIN_TOWN, byBoard(since),
                Optional.empty(), planAdopted.map(Examples::democracyPlan));
    }

    @Nested
    class CountryRegimes_R2 {

        @Test
        void the_vdem_table_says_hungary_became_an_electoral_autocracy_in_2018_and_china_is_closed_throughout() {
            CountryCode hu = CountryCode.of("HU");
            assertThat(REGIMES.latest(hu, 2004).orElseThrow().regime()).isEqualTo(RegimeClass.LIBERAL_DEMOCRACY);
            assertThat(REGIMES.latest(hu, 2017).orElseThrow().regime()).isEqualTo(RegimeClass.ELECTORAL_DEMOCRACY);
            assertThat(REGIMES.latest(hu, 2018).orElseThrow().regime()).isEqualTo(RegimeClass.ELECTORAL_AUTOCRACY);
            assertThat(REGIMES.latest(hu, 2026).orElseThrow().year()).isEqualTo(2024);
            assertThat(REGIMES.latest(hu, 1999)).isEmpty();
            assertThat(REGIMES.history(CountryCode.of("CN"))).hasSize(25)
                    .allSatisfy(a -> assertThat(a.regime()).isEqualTo(RegimeClass.CLOSED_AUTOCRACY));
        }

        @Test
        void the_importer_reports_every_row_it_cannot_map_to_a_country() {
            assertThat(REGIMES.unmapped()).hasSize(25 + 24 + 25 + 18 + 25);
            assertThat(REGIMES.unmapped()).extracting(CountryRegimesCsv.Unmapped::code).containsOnly(
                    "OWID_KOS", "OWID_SML", "OWID_ZAN", "");
            assertThat(REGIMES.unmapped()).filteredOn(u -> u.code().isEmpty())
                    .extracting(CountryRegimesCsv.Unmapped::entity)
                    .containsOnly("Palestine/Gaza", "Palestine/West Bank");
            assertThat(REGIMES.unmapped()).filteredOn(u -> u.code().startsWith("OWID"))
                    .allSatisfy(u -> assertThat(u.reason()).contains("not an ISO 3166-1 alpha-3 code"));
            assertThat(REGIMES.assessments() + REGIMES.unmapped().size()).isEqualTo(4462);
            // 178 codes in the file, of which OWID_KOS, OWID_SML, OWID_ZAN and the blank one are no country
            assertThat(REGIMES.countries()).isEqualTo(178 - 4);
        }

        @Test
        void twin_town_in_a_country_reclassified_autocratic_is_a_breach_since_that_year_without_a_plan_R2() {
            Partnership kecskemet = twinTown(LIDKOPING, "Kecskemét", "HU", LocalDate.of(2004, 5, 12),
                    Optional.empty());

            assertThat(check(LIDKOPING, kecskemet)).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleId.R2);
                assertThat(f.severity()).isEqualTo(Severity.BREACH);
                assertThat(f.since()).isEqualTo(LocalDate.of(2018, 1, 1));
                assertThat(f.record()).contains("partnership \"Kecskemét\"", kecskemet.id().toString());
                assertThat(f.explanation()).contains("Hungary (HU)", "electoral autocracy", "2018",
                        "no democracy plan");
            });
        }

        @Test
        void cooperation_in_a_closed_autocracy_is_a_breach_since_its_activation_without_a_plan_R2() {
            Partnership xindu = imported(LIDKOPING.municipality(), "Xindu District", "CN",
                    PartnershipKind.COOPERATION_AGREEMENT, byBoard(LocalDate.of(2011, 9, 20)), Optional.empty(),
                    Optional.empty());

            assertThat(check(LIDKOPING, xindu)).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleId.R2);
                assertThat(f.severity()).isEqualTo(Severity.BREACH);
                assertThat(f.since()).isEqualTo(LocalDate.of(2011, 9, 20));
                assertThat(f.explanation()).contains("closed autocracy");
            });
        }

        @Test
        void a_plan_from_before_the_reclassification_still_stands_and_the_change_is_noted_R2() {
            Partnership kecskemet = twinTown(LIDKOPING, "Kecskemét", "HU", LocalDate.of(2004, 5, 12),
                    Optional.of(LocalDate.of(2012, 3, 1)));

            ImmutableList<Finding> findings = check(LIDKOPING, kecskemet);

            assertThat(findings).noneMatch(f -> f.severity() != Severity.INFO);
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleId.R2);
                assertThat(f.since()).isEqualTo(LocalDate.of(2018, 1, 1));
                assertThat(f.explanation()).contains("reclassified", "2012-03-01");
            });
        }

        @Test
        void a_plan_adopted_since_the_reclassification_leaves_nothing_to_find_R2() {
            Partnership kecskemet = twinTown(LIDKOPING, "Kecskemét", "HU", LocalDate.of(2004, 5, 12),
                    Optional.of(LocalDate.of(2019, 2, 1)));

            assertThat(check(LIDKOPING, kecskemet)).isEmpty();
        }

        @Test
        void twin_town_in_a_democracy_throughout_has_no_finding_R2() {
            assertThat(check(LIDKOPING, twinTown(LIDKOPING, "Savigny-le-Temple", "FR", LocalDate.of(2000, 1, 1),
                    Optional.empty()))).isEmpty();
        }

        @Test
        void a_country_autocratic_only_before_the_partnership_began_has_no_finding_R2() {
            assertThat(check(LIDKOPING, twinTown(LIDKOPING, "Lusaka", "ZM", LocalDate.of(2022, 3, 1),
                    Optional.empty()))).isEmpty();
        }

        @Test
        void autocratic_years_while_in_force_remain_a_breach_after_the_country_returns_to_democracy_R2() {
            ImmutableList<Finding> findings = check(LIDKOPING, twinTown(LIDKOPING, "Lusaka", "ZM",
                    LocalDate.of(2010, 3, 1), Optional.empty()));

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.BREACH);
                assertThat(f.since()).isEqualTo(LocalDate.of(2013, 1, 1));
            });
        }

        @Test
        void a_country_without_any_assessment_is_a_warning_unless_there_is_a_plan_R2() {
            ImmutableList<Finding> findings = check(LIDKOPING, twinTown(LIDKOPING, "Andorra la Vella", "AD",
                    LocalDate.of(2015, 6, 1), Optional.empty()));

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleId.R2);
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.since()).isEqualTo(LocalDate.of(2015, 6, 1));
                assertThat(f.explanation()).contains("no assessment of Andorra");
            });
            assertThat(check(LIDKOPING, twinTown(LIDKOPING, "Andorra la Vella", "AD", LocalDate.of(2015, 6, 1),
                    Optional.of(LocalDate.of(2015, 5, 1))))).isEmpty();
        }

        @Test
        void a_terminated_partnership_is_history_not_a_finding_R2() {
            Partnership ended = imported(LIDKOPING.municipality(), "Xindu District", "CN",
                    PartnershipKind.COOPERATION_AGREEMENT, byBoard(LocalDate.of(2011, 9, 20)),
                    Optional.of(byBoard(LocalDate.of(2020, 1, 15))), Optional.empty());

            assertThat(check(LIDKOPING, ended)).isEmpty();
        }

        @Test
        void without_R2_no_country_is_judged_R2() {
            assertThat(check(TYRESO, twinTown(TYRESO, "Kecskemét", "HU", LocalDate.of(2004, 5, 12),
                    Optional.empty()))).isEmpty();
        }

        @Test
        void the_assessment_table_may_be_any_function_of_the_country_R2() {
            CountryAssessmentTable none = CountryAssessmentTable.none();
            Partnership kecskemet = twinTown(LIDKOPING, "Kecskemét", "HU", LocalDate.of(2004, 5, 12),
                    Optional.empty());

            assertThat(Compliance.check(LIDKOPING, register(LIDKOPING, List.of(kecskemet), List.of()), none,
                    List.of(), TODAY)).extracting(Finding::severity).containsExactly(Severity.WARNING);
        }
    }

    @Nested
    class ProjectPartners_R2 {

        private Project runningSince2019(String title, String... countries) {
            PolicyProfile withoutR2 = LIDKOPING.toBuilder().withoutRule(RuleId.R2).build();
            return project(LIDKOPING.municipality(), title).countries(countries).registeredOn(LocalDate.of(2018, 10, 1))
                    .idea().start(LocalDate.of(2019, 1, 1), withoutR2, REGIMES).value();
        }

        private ImmutableList<Finding> check(Project project) {
            return Compliance.check(LIDKOPING, register(LIDKOPING, List.of(), List.of(project)), REGIMES, List.of(),
                    TODAY);
        }

        @Test
        void a_project_with_partners_in_turkey_is_a_breach_without_a_democracy_plan_R2() {
            Project jobShadowing = runningSince2019("Job shadowing", "DE", "TR");

            assertThat(check(jobShadowing)).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleId.R2);
                assertThat(f.severity()).isEqualTo(Severity.BREACH);
                assertThat(f.since()).isEqualTo(LocalDate.of(2019, 1, 1));
                assertThat(f.record()).contains("project \"Job shadowing\"");
                // By its code: the name follows the JDK's locale data ("Turkey" on 17, "Türkiye" on 25).
                assertThat(f.explanation()).contains("(TR)", "electoral autocracy", "from 2019");
            });
        }

        @Test
        void a_project_in_zambia_keeps_its_autocratic_years_as_a_breach_after_zambia_returned_to_democracy_R2() {
            Project exchange = runningSince2019("Exchange with Zambia", "ZM");

            assertThat(check(exchange)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.BREACH);
                assertThat(f.since()).isEqualTo(LocalDate.of(2019, 1, 1));
                assertThat(f.explanation()).contains("Zambia (ZM)", "no longer classed so");
            });
        }

        @Test
        void a_project_with_a_democracy_plan_leaves_nothing_to_find_R2() {
            Project jobShadowing = runningSince2019("Job shadowing", "DE", "TR")
                    .recordDemocracyPlan(democracyPlan(LocalDate.of(2019, 1, 1))).value();

            assertThat(check(jobShadowing)).isEmpty();
        }

        @Test
        void a_project_cannot_start_with_partners_in_turkey_without_a_democracy_plan_R2() {
            Project idea = project(LIDKOPING.municipality(), "Job shadowing").countries("DE", "TR").idea();

            var outcome = idea.start(LocalDate.of(2025, 8, 18), LIDKOPING, REGIMES);

            assertThat(outcome.isAccepted()).isFalse();
            assertThat(outcome.refusals()).singleElement().satisfies(r -> {
                assertThat(r.rule()).contains(RuleId.R2);
                assertThat(r.reason()).contains("(TR)", "the project needs a democracy plan");
            });
            assertThat(idea.recordDemocracyPlan(democracyPlan(LocalDate.of(2025, 6, 1))).value()
                    .start(LocalDate.of(2025, 8, 18), LIDKOPING, REGIMES).isAccepted()).isTrue();
        }
    }

    @Nested
    class Representatives_R4 {

        @Test
        void administration_without_a_representative_is_a_warning_R4() {
            Register register = new Register(Examples.municipality(LIDKOPING.municipality()), ImmutableList.of(),
                    ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
                    ImmutableList.of(), ImmutableList.of(), ImmutableList.of());

            assertThat(Compliance.check(LIDKOPING, register, REGIMES, List.of(), TODAY)).singleElement()
                    .satisfies(f -> {
                        assertThat(f.rule()).isEqualTo(RuleId.R4);
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                        assertThat(f.record()).contains("Kultur och fritid");
                        assertThat(f.since()).isEqualTo(TODAY);
                    });
        }

        @Test
        void in_lilla_edet_an_administration_without_a_contact_person_is_a_note_R4() {
            PolicyProfile known = LILLA_EDET.toBuilder().strategyAdoptedOn(LocalDate.of(2023, 5, 30)).build();
            Register register = new Register(Examples.municipality(LILLA_EDET.municipality()), ImmutableList.of(),
                    ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
                    ImmutableList.of(), ImmutableList.of(), ImmutableList.of());

            assertThat(Compliance.check(known, register, REGIMES, List.of(), TODAY)).singleElement()
                    .satisfies(f -> {
                        assertThat(f.rule()).isEqualTo(RuleId.R4);
                        assertThat(f.severity()).as("\"bör bildas\" is a preference").isEqualTo(Severity.INFO);
                    });
        }

        @Test
        void every_administration_represented_leaves_nothing_to_find_R4() {
            assertThat(check(LIDKOPING)).isEmpty();
        }
    }

    @Nested
    class StrategyRevision_R10 {

        @Test
        void strategy_without_an_adoption_date_is_a_warning_R10() {
            assertThat(check(LILLA_EDET)).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleId.R10);
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.explanation()).contains("record when the strategy was adopted");
            });
        }

        @Test
        void strategy_with_an_adoption_date_leaves_nothing_to_find_R10() {
            assertThat(check(LILLA_EDET.toBuilder().strategyAdoptedOn(LocalDate.of(2023, 5, 30)).build())).isEmpty();
        }
    }

    @Nested
    class RunningProjects_R12_R13_R15 {

        private final PolicyProfile paper = PolicyProfile.builder(EKSJO.municipality(), "before the policy").build();

        private Project running(PolicyProfile profile, Examples.ProjectDraft draft) {
            return draft.idea().start(LocalDate.of(2025, 8, 18), profile, REGIMES).value();
        }

        @Test
        void running_project_breaking_R13_is_a_warning_for_each_missing_condition_R13() {
            Project p = running(paper, project(EKSJO.municipality(), "Lone project").participants("Biblioteket")
                    .goals());

            ImmutableList<Finding> findings = Compliance.check(EKSJO, register(EKSJO, List.of(), List.of(p)),
                    REGIMES, List.of(), TODAY);

            assertThat(findings).extracting(Finding::rule).containsExactly(RuleId.R13, RuleId.R13);
            assertThat(findings).allSatisfy(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.since()).isEqualTo(LocalDate.of(2025, 8, 18));
                assertThat(f.record()).contains("project \"Lone project\"", p.id().toString());
            });
        }

        @Test
        void in_eksjo_a_running_project_without_external_funding_is_noted_not_warned_R12() {
            Project p = running(paper, project(EKSJO.municipality(), "Own budget").externalFundingExplored(false));

            assertThat(Compliance.check(EKSJO, register(EKSJO, List.of(), List.of(p)), REGIMES, List.of(), TODAY))
                    .singleElement().satisfies(f -> {
                        assertThat(f.rule()).isEqualTo(RuleId.R12);
                        assertThat(f.severity()).as("\"bör ... där så är möjligt\" is a preference")
                                .isEqualTo(Severity.INFO);
                    });
        }

        @Test
        void in_tyreso_a_running_project_without_external_funding_examined_is_a_warning_R12() {
            Project p = running(paper, project(TYRESO.municipality(), "Own budget").externalFundingExplored(false));

            assertThat(Compliance.check(TYRESO, register(TYRESO, List.of(), List.of(p)), REGIMES, List.of(), TODAY))
                    .singleElement().satisfies(f -> {
                        assertThat(f.rule()).isEqualTo(RuleId.R12);
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    });
        }

        @Test
        void a_project_with_a_funding_programme_has_explored_external_funding_R12() {
            Project p = running(paper, project(TYRESO.municipality(), "Erasmus+ exchange")
                    .externalFundingExplored(false)
                    .programme(Examples.programme(TYRESO.municipality(), "Erasmus+", "EUR",
                            se.omvarld.domain.shared.FundingSource.EU)));

            assertThat(Compliance.check(TYRESO, register(TYRESO, List.of(), List.of(p)), REGIMES, List.of(), TODAY))
                    .isEmpty();
        }

        @Test
        void running_project_not_in_its_units_budget_is_a_warning_R15() {
            Project p = running(PolicyProfile.builder(LIDKOPING.municipality(), "paper").build(),
                    project(LIDKOPING.municipality(), "Green building A-Z").budgetedInUnitPlan(false));

            assertThat(Compliance.check(LIDKOPING, register(LIDKOPING, List.of(), List.of(p)), REGIMES, List.of(),
                    TODAY)).singleElement().satisfies(f -> {
                        assertThat(f.rule()).isEqualTo(RuleId.R15);
                        assertThat(f.explanation()).contains("Barn & Skola");
                    });
        }

        @Test
        void a_renamed_units_finding_names_it_as_it_is_called_today_R15() {
            Project p = running(PolicyProfile.builder(LIDKOPING.municipality(), "paper").build(),
                    project(LIDKOPING.municipality(), "Green building A-Z").budgetedInUnitPlan(false));
            Register before = register(LIDKOPING, List.of(), List.of(p));
            Register after = new Register(before.municipality().renameUnit(p.owningUnit(), "Barn och Skola Norr")
                    .value(), before.partners(), before.partnerships(), before.projects(), before.programmes(),
                    before.calls(), before.grants(), before.visits(), before.obligationRecords());

            assertThat(Compliance.check(LIDKOPING, after, REGIMES, List.of(), TODAY)).singleElement()
                    .satisfies(f -> assertThat(f.explanation()).startsWith("Barn och Skola Norr has not budgeted"));
        }

        @Test
        void compliant_or_not_yet_running_projects_leave_nothing_to_find_R12_R13_R15() {
            Project compliant = running(EKSJO, project(EKSJO.municipality(), "Feel Better With a Book"));
            Project idea = project(EKSJO.municipality(), "Idea").externalFundingExplored(false).goals().idea();

            assertThat(Compliance.check(EKSJO, register(EKSJO, List.of(), List.of(compliant, idea)), REGIMES,
                    List.of(), TODAY)).isEmpty();
        }

        @Test
        void rules_the_profile_lacks_are_not_checked_R12_R13_R15() {
            Project p = running(paper, project(TYRESO.municipality(), "Lone project").participants("Biblioteket")
                    .goals().budgetedInUnitPlan(false));

            assertThat(Compliance.check(TYRESO, register(TYRESO, List.of(), List.of(p)), REGIMES, List.of(),
                    TODAY)).isEmpty();
        }
    }

    @Nested
    class BoardDecisions_R16 {

        @Test
        void twin_town_entered_by_a_committee_is_a_breach_in_tyreso_since_that_decision_R16() {
            Partnership twin = imported(TYRESO.municipality(), "Old twin", "DE", PartnershipKind.TWIN_TOWN,
                    byCommittee(LocalDate.of(1998, 4, 2)), Optional.empty(), Optional.empty());

            assertThat(check(TYRESO, twin)).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleId.R16);
                assertThat(f.severity()).isEqualTo(Severity.BREACH);
                assertThat(f.since()).isEqualTo(LocalDate.of(1998, 4, 2));
                assertThat(f.explanation()).contains("entered", "Kultur- och fritidsnämnden");
            });
        }

        @Test
        void twin_town_entered_by_a_committee_is_fine_in_eksjo_where_the_board_decides_only_memberships_R16() {
            Partnership twin = imported(EKSJO.municipality(), "Old twin", "DE", PartnershipKind.TWIN_TOWN,
                    byCommittee(LocalDate.of(1998, 4, 2)), Optional.empty(), Optional.empty());

            assertThat(check(EKSJO, twin)).isEmpty();
        }

        @Test
        void twin_town_ended_by_a_committee_is_a_breach_in_tyreso_since_the_termination_R16() {
            Partnership twin = imported(TYRESO.municipality(), "Old twin", "DE", PartnershipKind.TWIN_TOWN,
                    byBoard(LocalDate.of(1998, 4, 2)), Optional.of(byCommittee(LocalDate.of(2024, 12, 3))),
                    Optional.empty());

            assertThat(check(TYRESO, twin)).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleId.R16);
                assertThat(f.since()).isEqualTo(LocalDate.of(2024, 12, 3));
                assertThat(f.explanation()).contains("ended");
            });
        }

        @Test
        void membership_ended_by_a_committee_is_no_finding_in_eksjo_whose_sentence_speaks_of_entering_R16() {
            Partnership membership = imported(EKSJO.municipality(), "Network", "BE",
                    PartnershipKind.NETWORK_MEMBERSHIP, byBoard(LocalDate.of(2015, 1, 20)),
                    Optional.of(byCommittee(LocalDate.of(2024, 12, 3))), Optional.empty());

            assertThat(check(EKSJO, membership)).isEmpty();
        }

        @Test
        void cooperation_agreement_ended_by_a_committee_is_no_finding_in_tyreso_R16() {
            Partnership coop = imported(TYRESO.municipality(), "Coop", "DE", PartnershipKind.COOPERATION_AGREEMENT,
                    byBoard(LocalDate.of(2015, 1, 20)), Optional.of(byCommittee(LocalDate.of(2024, 12, 3))),
                    Optional.empty());

            assertThat(check(TYRESO, coop)).isEmpty();
        }

        @Test
        void decisions_by_the_board_leave_nothing_to_find_R16() {
            Partnership membership = imported(EKSJO.municipality(), "Network", "BE",
                    PartnershipKind.NETWORK_MEMBERSHIP, byBoard(LocalDate.of(2015, 1, 20)),
                    Optional.of(byBoard(LocalDate.of(2024, 12, 3))), Optional.empty());

            assertThat(check(EKSJO, membership)).isEmpty();
        }
    }

    @Nested
    class OverdueObligations {

        private ReportingObligation obligation(ObligationKind kind, String subject, LocalDate due,
                boolean submitted) {
            ObligationKey key = ObligationKey.of(kind.rule().map(Enum::name).orElse("funder"),
                    kind.name().toLowerCase(), subject.replace(' ', '-'));
            return new ReportingObligation(key, LIDKOPING.municipality(), kind, subject, due.minusMonths(3), due,
                    Body.executiveBoard(), Body.executiveBoard(), submitted
                            ? Optional.of(ObligationRecord.submitted(key, LIDKOPING.municipality(), due, "KS 2026/9"))
                            : Optional.empty());
        }

        /** Lidköping's policy with the reporting rules of the others added, so every kind of report counts. */
        private final PolicyProfile reporting = LIDKOPING.toBuilder().rules(RuleId.R6, RuleId.R8, RuleId.R11).build();

        private ImmutableList<Finding> check(ReportingObligation... obligations) {
            return check(reporting, obligations);
        }

        private ImmutableList<Finding> check(PolicyProfile profile, ReportingObligation... obligations) {
            return Compliance.check(profile, register(profile, List.of(), List.of()), REGIMES, List.of(obligations),
                    TODAY);
        }

        @Test
        void an_overdue_report_under_a_rule_the_policy_does_not_have_is_no_finding() {
            assertThat(check(LIDKOPING, obligation(ObligationKind.POLICY_EVALUATION, "2022-2026",
                    LocalDate.of(2026, 10, 14), false))).isEmpty();
        }

        @Test
        void overdue_annual_compilation_is_a_breach_since_the_day_after_it_fell_due_R5() {
            assertThat(check(obligation(ObligationKind.ANNUAL_COMPILATION, "2025", LocalDate.of(2026, 3, 31),
                    false))).singleElement().satisfies(f -> {
                        assertThat(f.rule()).isEqualTo(RuleId.R5);
                        assertThat(f.severity()).isEqualTo(Severity.BREACH);
                        assertThat(f.since()).isEqualTo(LocalDate.of(2026, 4, 1));
                        assertThat(f.record()).contains("R5/annual_compilation/2025");
                    });
        }

        @Test
        void overdue_policy_evaluation_is_a_breach_of_R11() {
            assertThat(check(obligation(ObligationKind.POLICY_EVALUATION, "2022-2026", LocalDate.of(2026, 10, 14),
                    false))).extracting(Finding::rule, Finding::since)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleId.R11, LocalDate.of(2026, 10, 15)));
        }

        @Test
        void submitted_or_not_yet_due_obligations_leave_nothing_to_find_R5() {
            assertThat(check(obligation(ObligationKind.ANNUAL_COMPILATION, "2025", LocalDate.of(2026, 3, 31), true),
                    obligation(ObligationKind.ANNUAL_COMPILATION, "2026", LocalDate.of(2027, 3, 31), false),
                    obligation(ObligationKind.VISIT_REPORT, "today", TODAY, false))).isEmpty();
        }

        @Test
        void a_funders_overdue_final_report_is_not_a_policy_finding() {
            assertThat(check(obligation(ObligationKind.PROJECT_FINAL_REPORT, "Job shadowing",
                    LocalDate.of(2026, 2, 28), false))).isEmpty();
        }
    }

    @Test
    void findings_come_breaches_first_then_oldest_then_by_record() {
        Partnership kecskemet = twinTown(LIDKOPING, "Kecskemét", "HU", LocalDate.of(2004, 5, 12), Optional.empty());
        Partnership xindu = imported(LIDKOPING.municipality(), "Xindu District", "CN",
                PartnershipKind.COOPERATION_AGREEMENT, byBoard(LocalDate.of(2011, 9, 20)), Optional.empty(),
                Optional.empty());
        Partnership andorra = twinTown(LIDKOPING, "Andorra la Vella", "AD", LocalDate.of(2015, 6, 1),
                Optional.empty());
        Partnership anotherAndorra = twinTown(LIDKOPING, "Andorra Escaldes", "AD", LocalDate.of(2015, 6, 1),
                Optional.empty());
        Register register = new Register(Examples.municipality(LIDKOPING.municipality()), ImmutableList.of(),
                ImmutableList.of(andorra, kecskemet, anotherAndorra, xindu), ImmutableList.of(), ImmutableList.of(),
                ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of());

        ImmutableList<Finding> findings = Compliance.check(LIDKOPING, register, REGIMES, List.of(), TODAY);

        assertThat(findings).extracting(Finding::severity, Finding::since).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Severity.BREACH, LocalDate.of(2011, 9, 20)),
                org.assertj.core.groups.Tuple.tuple(Severity.BREACH, LocalDate.of(2018, 1, 1)),
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, LocalDate.of(2015, 6, 1)),
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, LocalDate.of(2015, 6, 1)),
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, TODAY));
        assertThat(findings.get(2).record()).contains("Andorra Escaldes");
        assertThat(findings.get(3).record()).contains("Andorra la Vella");
        assertThat(findings.get(4).rule()).isEqualTo(RuleId.R4);
    }

    @Test
    void a_profile_is_checked_only_against_its_own_municipalitys_register() {
        assertThatThrownBy(() -> Compliance.check(TYRESO, register(LIDKOPING, List.of(), List.of()), REGIMES,
                List.of(), TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MunicipalityCode.of("0138")).isEqualTo(TYRESO.municipality());
    }
}
