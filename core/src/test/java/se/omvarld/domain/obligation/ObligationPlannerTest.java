package se.omvarld.domain.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static se.omvarld.domain.obligation.PlannerExamples.grant;
import static se.omvarld.domain.obligation.PlannerExamples.municipality;
import static se.omvarld.domain.obligation.PlannerExamples.partnership;
import static se.omvarld.domain.obligation.PlannerExamples.programme;
import static se.omvarld.domain.obligation.PlannerExamples.project;
import static se.omvarld.domain.obligation.PlannerExamples.register;
import static se.omvarld.domain.obligation.PlannerExamples.twinTown;
import static se.omvarld.domain.obligation.PlannerExamples.visit;
import static se.omvarld.domain.obligation.PlannerExamples.withRecords;
import static se.omvarld.domain.obligation.PlannerExamples.committee;
import static se.omvarld.domain.obligation.PlannerExamples.uuid;
import static se.omvarld.domain.obligation.PlannerExamples.visitBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.grant.GrantStatus;
import se.omvarld.domain.municipality.Administration;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.Unit;
import se.omvarld.domain.municipality.UnitKind;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.register.ObligationPlanner;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.partnership.StatusChange;
import se.omvarld.domain.project.Budget;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.project.ProjectStep;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.domain.obligation.PlannerExamples.RegisterBuilder;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.BodyKind;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.visit.Visit;

class ObligationPlannerTest {

    private static final MunicipalityCode LIDKOPING = PolicyProfiles.LIDKOPING_CODE;
    private static final MunicipalityCode LILLA_EDET = PolicyProfiles.LILLA_EDET_CODE;
    private static final MunicipalityCode TYRESO = PolicyProfiles.TYRESO_CODE;
    private static final MunicipalityCode EKSJO = PolicyProfiles.EKSJO_CODE;
    private static final Body KOMMUNLEDNINGSKONTORET = new Body(BodyKind.ADMINISTRATION, "Kommunledningskontoret");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static ImmutableList<ReportingObligation> plan(PolicyProfile profile, Register register,
            DateRange period) {
        return ObligationPlanner.plan(profile, register, period);
    }

    private static Register empty(MunicipalityCode code, String... committees) {
        return register(municipality(code, committees)).build();
    }

    /** A register in which each committee owns a project running in 2025: international work that year. */
    private static Register working(MunicipalityCode code, String... committees) {
        RegisterBuilder builder = register(municipality(code, committees));
        for (String committee : committees) {
            builder.with(project(code, "Work of " + committee, committee, Optional.empty(),
                    LocalDate.of(2025, 3, 1), Optional.empty(), Optional.empty()));
        }
        return builder.build();
    }

    private static ImmutableList<ReportingObligation> ofKind(ObligationKind kind,
            ImmutableList<ReportingObligation> planned) {
        return planned.stream().filter(o -> o.kind() == kind).collect(ImmutableList.toImmutableList());
    }

    /** Lilla Edet's profile with its strategy's adoption recorded, so no revision of unknown adoption is owed. */
    private static final PolicyProfile LILLA_EDET_ADOPTED = PolicyProfiles.lillaEdet().toBuilder()
            .strategyAdoptedOn(LocalDate.of(2023, 5, 30)).build();

    // ------------------------------------------------------------------------------------------------------ R5

    @Test
    void annual_compilation_is_due_31_march_after_the_year_R5() {
        ImmutableList<ReportingObligation> planned = plan(PolicyProfiles.lidkoping(), empty(LIDKOPING),
                DateRange.year(2026));

        assertThat(planned).singleElement().satisfies(o -> {
            assertThat(o.key()).isEqualTo(new ObligationKey("R5/annual-compilation/2025"));
            assertThat(o.kind()).isEqualTo(ObligationKind.ANNUAL_COMPILATION);
            assertThat(o.trigger()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(o.due()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(o.responsible()).isEqualTo(KOMMUNLEDNINGSKONTORET);
            assertThat(o.recipient()).isEqualTo(Body.executiveBoard());
            assertThat(o.status()).isEqualTo(ObligationStatus.PENDING);
        });
    }

    @Test
    void no_annual_compilation_without_R5() {
        assertThat(plan(PolicyProfiles.eksjo(), empty(EKSJO, "Kommunstyrelsen"), DateRange.year(2026)))
                .extracting(ReportingObligation::kind).doesNotContain(ObligationKind.ANNUAL_COMPILATION);
    }

    // ------------------------------------------------------------------------------------------------------ R6

    @Test
    void committee_sections_are_due_by_the_internal_deadline_R6() {
        Register register = working(TYRESO, "Barn- och utbildningsnämnden", "Kultur- och fritidsnämnden");

        assertThat(plan(PolicyProfiles.tyreso(), register, DateRange.year(2026)))
                .extracting(o -> o.key().value(), ReportingObligation::trigger, ReportingObligation::due,
                        ReportingObligation::responsible, ReportingObligation::recipient)
                .containsExactly(
                        tuple("R6/annual-report-section/2025/barn-och-utbildningsnamnden", LocalDate.of(2025, 12, 31),
                                LocalDate.of(2026, 2, 15), Body.committee("Barn- och utbildningsnämnden"),
                                Body.executiveBoard()),
                        tuple("R6/annual-report-section/2025/kultur-och-fritidsnamnden", LocalDate.of(2025, 12, 31),
                                LocalDate.of(2026, 2, 15), Body.committee("Kultur- och fritidsnämnden"),
                                Body.executiveBoard()));
    }

    @Test
    void committee_section_deadline_follows_the_profile_R6() {
        PolicyProfile profile = PolicyProfiles.tyreso().toBuilder()
                .annualReportSectionDue(MonthDay.of(2, 28)).build();

        assertThat(plan(profile, working(TYRESO, "Socialnämnden"), DateRange.year(2026)))
                .extracting(ReportingObligation::due).containsExactly(LocalDate.of(2026, 2, 28));
    }

    @Test
    void in_tyreso_a_committee_without_international_work_that_year_owes_no_section_R6() {
        Register register = register(municipality(TYRESO, "Socialnämnden", "Kultur- och fritidsnämnden"))
                .with(project(TYRESO, "Library exchange", "Kultur- och fritidsnämnden", Optional.empty(),
                        LocalDate.of(2025, 3, 1), Optional.of(LocalDate.of(2025, 11, 30)), Optional.empty()))
                .build();

        assertThat(plan(PolicyProfiles.tyreso(), register, DateRange.years(2026, 2027)))
                .extracting(o -> o.key().value())
                .containsExactly("R6/annual-report-section/2025/kultur-och-fritidsnamnden");
    }

    @Test
    void in_tyreso_a_visit_or_a_partnership_of_a_committee_is_international_work_R6() {
        Partnership network = Partnership.restore(new PartnershipId(uuid("partnership/network")), TYRESO,
                new PartnerId(uuid("partner/network")), CountryCode.of("BE"), PartnershipKind.NETWORK_MEMBERSHIP,
                "School network", Set.of(Area.EDUCATION), Set.of(FundingSource.MUNICIPALITY),
                Set.of(committee("Barn- och utbildningsnämnden")), LocalDate.of(2024, 1, 10),
                PartnershipStatus.ACTIVE, List.of(new StatusChange(PartnershipStatus.PROPOSED,
                        PartnershipStatus.ACTIVE, Decision.unreferenced(Body.executiveBoard(),
                                LocalDate.of(2024, 2, 1)))), List.of(), List.of(), true, 0);
        Register register = register(municipality(TYRESO, "Socialnämnden", "Barn- och utbildningsnämnden",
                "Miljönämnden"))
                .with(network)
                .with(visitBy(TYRESO, "Socialnämnden", "Study visit on elderly care", LocalDate.of(2025, 5, 4),
                        LocalDate.of(2025, 5, 6)))
                .build();

        assertThat(plan(PolicyProfiles.tyreso(), register, DateRange.year(2026))).extracting(o -> o.key().value())
                .containsExactlyInAnyOrder("R6/annual-report-section/2025/socialnamnden",
                        "R6/annual-report-section/2025/barn-och-utbildningsnamnden");
    }

    @Test
    void a_renamed_committee_keeps_its_key_and_what_was_recorded_against_it_R6() {
        Register before = working(TYRESO, "Kultur- och fritidsnämnden");
        ObligationKey section = ObligationKeys.annualReportSection(2025, committee("Kultur- och fritidsnämnden"));
        Register settled = withRecords(before, ObligationRecord.submitted(section, TYRESO, LocalDate.of(2026, 2, 10),
                "Delivered"));
        Municipality renamed = settled.municipality()
                .renameCommittee(committee("Kultur- och fritidsnämnden"), "Kultur-, fritids- och turismnämnden")
                .value();
        Register after = new Register(renamed, settled.partners(), settled.partnerships(), settled.projects(),
                settled.programmes(), settled.calls(), settled.grants(), settled.visits(),
                settled.obligationRecords());

        assertThat(plan(PolicyProfiles.tyreso(), after, DateRange.year(2026))).singleElement().satisfies(o -> {
            assertThat(o.key()).isEqualTo(section);
            assertThat(o.status()).isEqualTo(ObligationStatus.SUBMITTED);
            assertThat(o.responsible()).isEqualTo(Body.committee("Kultur-, fritids- och turismnämnden"));
        });
    }

    @Test
    void a_renamed_unit_keeps_its_projects_and_its_committees_keep_their_sections_R6() {
        Municipality tyreso = Municipality.of(TYRESO, "Tyresö kommun",
                Committee.named(List.of("Kultur- och fritidsnämnden", "Socialnämnden")),
                List.of(new Administration("Kultur och fritid", committee("Kultur- och fritidsnämnden"),
                                Optional.empty()),
                        new Administration("Socialförvaltningen", committee("Socialnämnden"), Optional.empty())),
                Unit.named(new Unit.Draft("Biblioteket", UnitKind.UNIT, "Kultur och fritid"),
                        new Unit.Draft("SeniorCenter", UnitKind.UNIT, "Socialförvaltningen")),
                PlannerExamples.REGISTERED_ON);
        UnitId library = tyreso.unitNamed("Biblioteket").orElseThrow().id();
        Project reading = project(TYRESO, "Feel Better With a Book", "Kultur- och fritidsnämnden", Optional.empty(),
                LocalDate.of(2025, 3, 1), Optional.empty(), Optional.empty()).toBuilder()
                .owner(library, committee("Kultur- och fritidsnämnden"))
                .participants(List.of("Biblioteket", "SeniorCenter", "Utena library")).build();
        ObligationKey section = ObligationKeys.annualReportSection(2025, committee("Kultur- och fritidsnämnden"));
        Register settled = withRecords(register(tyreso).with(reading).build(),
                ObligationRecord.submitted(section, TYRESO, LocalDate.of(2026, 2, 10), "Delivered"));
        Register after = new Register(tyreso.renameUnit(library, "Stadsbiblioteket").value(), settled.partners(),
                settled.partnerships(), settled.projects(), settled.programmes(), settled.calls(), settled.grants(),
                settled.visits(), settled.obligationRecords());

        assertThat(after.projects()).filteredOn(p -> p.owningUnit().equals(library)).singleElement()
                .satisfies(p -> assertThat(after.municipality().unitName(p.owningUnit()))
                        .isEqualTo("Stadsbiblioteket"));
        assertThat(plan(PolicyProfiles.tyreso(), after, DateRange.year(2026)))
                .containsExactlyElementsOf(plan(PolicyProfiles.tyreso(), settled, DateRange.year(2026)))
                .extracting(o -> o.key().value(), ReportingObligation::status)
                .containsExactlyInAnyOrder(tuple(section.value(), ObligationStatus.SUBMITTED),
                        tuple("R6/annual-report-section/2025/socialnamnden", ObligationStatus.PENDING));
    }

    @Test
    void in_eksjo_the_municipality_follows_up_its_work_once_a_year_in_the_annual_report_R6() {
        Register register = working(EKSJO, "Socialnämnden", "Barn- och utbildningsnämnden");

        assertThat(ofKind(ObligationKind.ANNUAL_REPORT, plan(PolicyProfiles.eksjo(), register,
                DateRange.year(2026)))).singleElement().satisfies(o -> {
                    assertThat(o.key().value()).isEqualTo("R6/annual-report/2025");
                    assertThat(o.due()).isEqualTo(LocalDate.of(2026, 2, 15));
                    assertThat(o.responsible()).isEqualTo(KOMMUNLEDNINGSKONTORET);
                    assertThat(o.recipient()).isEqualTo(Body.executiveBoard());
                });
        assertThat(plan(PolicyProfiles.eksjo(), register, DateRange.year(2026)))
                .extracting(ReportingObligation::kind).doesNotContain(ObligationKind.ANNUAL_REPORT_SECTION);
    }

    @Test
    void committee_slug_is_lower_case_ascii_with_dashes() {
        assertThat(ObligationKeys.slug("Barn- och skolnämnden")).isEqualTo("barn-och-skolnamnden");
        assertThat(ObligationKeys.slug("Vård- och omsorgsnämnden")).isEqualTo("vard-och-omsorgsnamnden");
        assertThat(ObligationKeys.slug("Socialnämnden i Tyresö")).isEqualTo("socialnamnden-i-tyreso");
        assertThat(ObligationKeys.slug("Barn & Skola")).isEqualTo("barn-skola");
    }

    @Test
    void committees_whose_names_give_the_same_slug_keep_apart_R6() {
        Register register = register(municipality(TYRESO, "Miljönämnden", "Miljonämnden"))
                .with(Committee.named(List.of("Miljönämnden", "Miljonämnden")).stream()
                        .map(c -> Project.builder().id(new ProjectId(uuid("project/" + c.name())))
                                .municipality(TYRESO).title("Work of " + c.name()).kind(ProjectKind.PROJECT)
                                .owner(UnitId.of("unit"), c.id()).participants(List.of("Unit", "Partner"))
                                .budget(new Budget(Money.zero(Money.EUR), Money.zero(Money.EUR),
                                        Money.zero(Money.EUR)))
                                .registeredOn(LocalDate.of(2025, 1, 1))
                                .status(ProjectStatus.RUNNING, List.of(new ProjectStep(ProjectStatus.IDEA,
                                        ProjectStatus.RUNNING, LocalDate.of(2025, 3, 1), Optional.empty())))
                                .build())
                        .toArray(Project[]::new))
                .build();

        ImmutableList<ReportingObligation> planned = plan(PolicyProfiles.tyreso(), register, DateRange.year(2026));

        assertThat(planned).hasSize(2);
        assertThat(planned).extracting(o -> o.key().value())
                .allMatch(k -> k.startsWith("R6/annual-report-section/2025/miljonamnden-"))
                .doesNotHaveDuplicates();
    }

    // ------------------------------------------------------------------------------------------------------ R8

    @Test
    void twin_town_visit_report_is_due_after_the_visit_R8() {
        Partnership cesis = twinTown(TYRESO, "Cesis", LocalDate.of(1990, 5, 1));
        Visit visit = visit(TYRESO, "Vocational exchange in Cesis", Optional.of(cesis.id()),
                LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 7));
        Register register = register(municipality(TYRESO)).with(cesis).with(visit).build();

        assertThat(plan(PolicyProfiles.tyreso(), register, DateRange.year(2026))).singleElement().satisfies(o -> {
            assertThat(o.key().value()).isEqualTo("R8/visit-report/" + visit.id());
            assertThat(o.kind()).isEqualTo(ObligationKind.VISIT_REPORT);
            assertThat(o.trigger()).isEqualTo(LocalDate.of(2026, 5, 7));
            // Tyresö names no time limit: the default 60 days after the last day of the visit.
            assertThat(o.due()).isEqualTo(LocalDate.of(2026, 7, 6));
            assertThat(o.responsible()).isEqualTo(KOMMUNLEDNINGSKONTORET);
            assertThat(o.recipient()).isEqualTo(Body.executiveBoard());
        });
    }

    @Test
    void visit_within_another_kind_of_partnership_needs_no_report_R8() {
        Partnership network = partnership(TYRESO, "Baltic network", PartnershipKind.NETWORK_MEMBERSHIP,
                LocalDate.of(2010, 1, 1), Optional.empty());
        Register register = register(municipality(TYRESO)).with(network)
                .with(visit(TYRESO, "Network conference", Optional.of(network.id()), LocalDate.of(2026, 5, 4),
                        LocalDate.of(2026, 5, 7)),
                        visit(TYRESO, "Study visit outside any partnership", Optional.empty(),
                                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2)))
                .build();

        assertThat(plan(PolicyProfiles.tyreso(), register, DateRange.year(2026))).isEmpty();
    }

    @Test
    void no_visit_report_without_R8() {
        Partnership kecskemet = twinTown(LIDKOPING, "Kecskemét", LocalDate.of(2004, 1, 1));
        Register register = register(municipality(LIDKOPING)).with(kecskemet)
                .with(visit(LIDKOPING, "Culture week in Kecskemét", Optional.of(kecskemet.id()),
                        LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 7)))
                .build();

        assertThat(plan(PolicyProfiles.lidkoping(), register, DateRange.year(2026)))
                .extracting(ReportingObligation::kind).doesNotContain(ObligationKind.VISIT_REPORT);
    }

    // ------------------------------------------------------------------------------------------------------ R9

    @Test
    void twin_town_evaluations_fall_due_each_interval_after_activation_R9() {
        Partnership twin = twinTown(LILLA_EDET, "Twin town", LocalDate.of(2020, 3, 1));
        Register register = register(municipality(LILLA_EDET)).with(twin).build();

        assertThat(plan(LILLA_EDET_ADOPTED, register, DateRange.years(2025, 2026)))
                .extracting(o -> o.key().value(), ReportingObligation::trigger, ReportingObligation::due)
                .containsExactly(
                        tuple("R9/twin-town-evaluation/" + twin.id() + "/2025-03-01", LocalDate.of(2024, 3, 1),
                                LocalDate.of(2025, 3, 1)),
                        tuple("R9/twin-town-evaluation/" + twin.id() + "/2026-03-01", LocalDate.of(2025, 3, 1),
                                LocalDate.of(2026, 3, 1)));
    }

    @Test
    void first_evaluation_is_triggered_by_the_activation_R9() {
        Partnership twin = twinTown(LILLA_EDET, "New twin town", LocalDate.of(2025, 6, 10));
        Register register = register(municipality(LILLA_EDET)).with(twin).build();

        assertThat(plan(LILLA_EDET_ADOPTED, register, DateRange.years(2025, 2026)))
                .extracting(ReportingObligation::trigger, ReportingObligation::due)
                .containsExactly(tuple(LocalDate.of(2025, 6, 10), LocalDate.of(2026, 6, 10)));
    }

    @Test
    void no_evaluation_falls_due_after_the_twin_town_agreement_ended_R9() {
        Partnership ended = partnership(LILLA_EDET, "Ended twin town", PartnershipKind.TWIN_TOWN,
                LocalDate.of(2020, 3, 1), Optional.of(LocalDate.of(2025, 6, 30)));
        Register register = register(municipality(LILLA_EDET)).with(ended).build();

        assertThat(ofKind(ObligationKind.TWIN_TOWN_EVALUATION, plan(LILLA_EDET_ADOPTED, register,
                DateRange.years(2025, 2027)))).extracting(ReportingObligation::due)
                .containsExactly(LocalDate.of(2025, 3, 1));
    }

    @Test
    void no_evaluations_where_the_profile_names_no_interval_R9() {
        // Tyresö's R9 is about new agreements only; it names no evaluation interval.
        Register register = register(municipality(TYRESO)).with(twinTown(TYRESO, "Cesis", LocalDate.of(1990, 5, 1)))
                .build();

        assertThat(plan(PolicyProfiles.tyreso(), register, DateRange.years(2025, 2027))).isEmpty();
    }

    // ----------------------------------------------------------------------------------------------------- R10

    @Test
    void strategy_revision_chain_R10() {
        PolicyProfile profile = PolicyProfiles.lillaEdet().toBuilder().strategyAdoptedOn(LocalDate.of(2016, 5, 30))
                .build();
        // Adopted 2016-05-30: the first revision is due four years later, 2020-05-30. It was made on 2021-02-01, so
        // the next is due 2025-02-01. That one was waived, so the chain moves on from its due day: 2029-02-01.
        Register register = withRecords(empty(LILLA_EDET),
                ObligationRecord.submitted(ObligationKeys.strategyRevision(LocalDate.of(2020, 5, 30)), LILLA_EDET,
                        LocalDate.of(2021, 2, 1), "KF 2021-02-01 § 4"),
                ObligationRecord.waived(ObligationKeys.strategyRevision(LocalDate.of(2025, 2, 1)), LILLA_EDET,
                        LocalDate.of(2025, 1, 20), "Priorities unchanged; postponed to the new council"));

        assertThat(plan(profile, register, DateRange.years(2016, 2030)))
                .extracting(o -> o.key().value(), ReportingObligation::trigger, ReportingObligation::due,
                        ReportingObligation::status)
                .containsExactly(
                        tuple("R10/strategy-revision/2020-05-30", LocalDate.of(2016, 5, 30),
                                LocalDate.of(2020, 5, 30), ObligationStatus.SUBMITTED),
                        tuple("R10/strategy-revision/2025-02-01", LocalDate.of(2021, 2, 1),
                                LocalDate.of(2025, 2, 1), ObligationStatus.WAIVED),
                        tuple("R10/strategy-revision/2029-02-01", LocalDate.of(2025, 2, 1),
                                LocalDate.of(2029, 2, 1), ObligationStatus.PENDING));
    }

    @Test
    void strategy_revision_is_the_executive_boards_report_to_the_council_R10() {
        PolicyProfile profile = PolicyProfiles.lillaEdet().toBuilder().strategyAdoptedOn(LocalDate.of(2022, 6, 1))
                .build();

        assertThat(plan(profile, empty(LILLA_EDET), DateRange.year(2026))).singleElement().satisfies(o -> {
            assertThat(o.responsible()).isEqualTo(Body.executiveBoard());
            assertThat(o.recipient()).isEqualTo(Body.council());
        });
    }

    @Test
    void a_pending_revision_ends_the_chain_R10() {
        PolicyProfile profile = PolicyProfiles.lillaEdet().toBuilder().strategyAdoptedOn(LocalDate.of(2016, 5, 30))
                .build();

        assertThat(plan(profile, empty(LILLA_EDET), DateRange.years(2016, 2040)))
                .extracting(ReportingObligation::due).containsExactly(LocalDate.of(2020, 5, 30));
    }

    @Test
    void without_an_adoption_date_a_revision_is_owed_from_the_day_the_register_follows_up_R10() {
        assertThat(PolicyProfiles.lillaEdet().strategyAdoptedOn()).isEmpty();

        assertThat(plan(PolicyProfiles.lillaEdet(), empty(LILLA_EDET), DateRange.years(2000, 2040)))
                .singleElement().satisfies(o -> {
                    assertThat(o.key().value()).isEqualTo("R10/strategy-revision/adoption-unknown");
                    assertThat(o.due()).isEqualTo(LocalDate.of(2025, 1, 1));
                    assertThat(o.isOverdue(TODAY)).isTrue();
                });
    }

    @Test
    void a_revision_of_unknown_adoption_once_made_restarts_the_chain_R10() {
        Register register = withRecords(empty(LILLA_EDET), ObligationRecord.submitted(
                ObligationKeys.strategyRevisionOfUnknownAdoption(), LILLA_EDET, LocalDate.of(2025, 9, 22),
                "KF 2025-09-22 § 80"));

        assertThat(plan(PolicyProfiles.lillaEdet(), register, DateRange.years(2025, 2030)))
                .extracting(o -> o.key().value(), ReportingObligation::status)
                .containsExactly(tuple("R10/strategy-revision/adoption-unknown", ObligationStatus.SUBMITTED),
                        tuple("R10/strategy-revision/2029-09-22", ObligationStatus.PENDING));
    }

    // ----------------------------------------------------------------------------------------------------- R11

    @Test
    void eksjo_policy_evaluation_for_2022_2026_fell_due_14_october_2026_and_is_overdue_R11() {
        ImmutableList<ReportingObligation> planned = ofKind(ObligationKind.POLICY_EVALUATION,
                plan(PolicyProfiles.eksjo(), empty(EKSJO), DateRange.year(2026)));

        assertThat(planned).singleElement().satisfies(o -> {
            assertThat(o.key().value()).isEqualTo("R11/policy-evaluation/2022-2026");
            assertThat(o.kind()).isEqualTo(ObligationKind.POLICY_EVALUATION);
            assertThat(o.trigger()).isEqualTo(LocalDate.of(2022, 10, 15));
            assertThat(o.due()).isEqualTo(LocalDate.of(2026, 10, 14));
            assertThat(o.responsible()).isEqualTo(Body.executiveBoard());
            assertThat(o.recipient()).isEqualTo(Body.council());
            assertThat(o.isOverdue(TODAY)).isTrue();
        });
    }

    @Test
    void policy_evaluations_are_planned_from_the_first_mandate_period_under_todays_rules_R11() {
        assertThat(ofKind(ObligationKind.POLICY_EVALUATION, plan(PolicyProfiles.eksjo(), empty(EKSJO),
                DateRange.years(2000, 2027))))
                .extracting(o -> o.key().value())
                .containsExactly("R11/policy-evaluation/2014-2018", "R11/policy-evaluation/2018-2022",
                        "R11/policy-evaluation/2022-2026");
    }

    // ------------------------------------------------------------------------------------------ status, records

    @Test
    void submitted_record_settles_the_obligation() {
        ObligationRecord evaluated = ObligationRecord.submitted(new ObligationKey("R11/policy-evaluation/2022-2026"),
                EKSJO, LocalDate.of(2026, 9, 28), "KF 2026-09-28 § 112");

        ReportingObligation o = ofKind(ObligationKind.POLICY_EVALUATION, plan(PolicyProfiles.eksjo(),
                withRecords(empty(EKSJO), evaluated), DateRange.year(2026))).get(0);

        assertThat(o.status()).isEqualTo(ObligationStatus.SUBMITTED);
        assertThat(o.settled()).contains(evaluated);
        assertThat(o.isOverdue(TODAY)).isFalse();
    }

    @Test
    void waived_record_settles_the_obligation() {
        ObligationRecord waived = ObligationRecord.waived(ObligationKeys.annualCompilation(2025), LIDKOPING,
                LocalDate.of(2026, 2, 1), "Merged into the annual report by board decision");

        ReportingObligation o = plan(PolicyProfiles.lidkoping(), withRecords(empty(LIDKOPING), waived),
                DateRange.year(2026)).get(0);

        assertThat(o.status()).isEqualTo(ObligationStatus.WAIVED);
        assertThat(o.isOverdue(TODAY)).isFalse();
    }

    @Test
    void pending_obligation_is_not_overdue_on_its_due_day() {
        ReportingObligation o = ofKind(ObligationKind.POLICY_EVALUATION, plan(PolicyProfiles.eksjo(), empty(EKSJO),
                DateRange.year(2026))).get(0);

        assertThat(o.isOverdue(LocalDate.of(2026, 10, 14))).isFalse();
        assertThat(o.isOverdue(LocalDate.of(2026, 10, 15))).isTrue();
    }

    // ---------------------------------------------------------------------------------------- grant follow-ups

    /** Eksjö's policy, with the follow-up the municipality chooses to ask associations for. */
    private static final PolicyProfile EKSJO_ASKING_FOR_FOLLOW_UPS = PolicyProfiles.eksjo().toBuilder()
            .grantFollowUpWithin(Period.ofMonths(3)).build();

    @Test
    void no_follow_up_is_owed_where_the_municipality_does_not_ask_for_one() {
        Register register = register(municipality(EKSJO)).with(grant(EKSJO, "Eksjö Scoutkår", GrantStatus.GRANTED,
                Body.administration("Tillväxt- och utvecklingssektorn"), LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 10), Optional.empty())).build();

        assertThat(followUps(plan(PolicyProfiles.eksjo(), register, DateRange.year(2026)))).isEmpty();
    }

    @Test
    void a_follow_up_is_the_associations_to_the_body_that_granted_it_and_no_rules_R14() {
        Body sector = Body.administration("Tillväxt- och utvecklingssektorn");
        Register register = register(municipality(EKSJO)).with(grant(EKSJO, "Eksjö Scoutkår", GrantStatus.GRANTED,
                sector, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 10), Optional.empty())).build();

        ImmutableList<ReportingObligation> followUps = followUps(plan(EKSJO_ASKING_FOR_FOLLOW_UPS, register,
                DateRange.year(2026)));

        assertThat(followUps).singleElement().satisfies(o -> {
            assertThat(o.key().value()).startsWith("grant-follow-up/");
            assertThat(o.kind()).isEqualTo(ObligationKind.GRANT_FOLLOW_UP);
            assertThat(o.kind().rule()).isEmpty();
            assertThat(o.trigger()).isEqualTo(LocalDate.of(2026, 7, 10));
            assertThat(o.due()).isEqualTo(LocalDate.of(2026, 10, 10));
            assertThat(o.responsible()).isEqualTo(Body.association("Eksjö Scoutkår"));
            assertThat(o.recipient()).isEqualTo(sector);
            assertThat(o.status()).isEqualTo(ObligationStatus.PENDING);
        });
    }

    @Test
    void followed_up_grant_counts_as_submitted_on_its_follow_up_day() {
        Register register = register(municipality(EKSJO)).with(grant(EKSJO, "Eksjö Scoutkår",
                GrantStatus.FOLLOWED_UP, Body.administration("Tillväxt- och utvecklingssektorn"),
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 10), Optional.of(LocalDate.of(2026, 8, 20))))
                .build();

        ReportingObligation o = followUps(plan(EKSJO_ASKING_FOR_FOLLOW_UPS, register, DateRange.year(2026))).get(0);

        assertThat(o.status()).isEqualTo(ObligationStatus.SUBMITTED);
        assertThat(o.settled()).hasValueSatisfying(r -> assertThat(r.on()).isEqualTo(LocalDate.of(2026, 8, 20)));
    }

    @Test
    void undecided_or_rejected_grant_owes_no_follow_up() {
        Body sector = Body.administration("Tillväxt- och utvecklingssektorn");
        Register register = register(municipality(EKSJO))
                .with(grant(EKSJO, "Applied", GrantStatus.APPLIED, sector, LocalDate.of(2026, 7, 1),
                                LocalDate.of(2026, 7, 10), Optional.empty()),
                        grant(EKSJO, "Rejected", GrantStatus.REJECTED, sector, LocalDate.of(2026, 7, 1),
                                LocalDate.of(2026, 7, 10), Optional.empty()))
                .build();

        assertThat(followUps(plan(EKSJO_ASKING_FOR_FOLLOW_UPS, register, DateRange.year(2026)))).isEmpty();
    }

    private static ImmutableList<ReportingObligation> followUps(ImmutableList<ReportingObligation> planned) {
        return planned.stream().filter(o -> o.kind() == ObligationKind.GRANT_FOLLOW_UP)
                .collect(ImmutableList.toImmutableList());
    }

    // --------------------------------------------------------------------------------------- project reports

    @Test
    void completed_project_owes_its_funder_a_final_report() {
        FundingProgramme erasmus = programme(LIDKOPING, "Erasmus+");
        Register register = register(municipality(LIDKOPING, "Barn- och skolnämnden")).with(erasmus)
                .with(project(LIDKOPING, "Job shadowing", "Barn- och skolnämnden", Optional.of(erasmus.id()),
                        LocalDate.of(2025, 9, 1), Optional.of(LocalDate.of(2026, 8, 31)), Optional.empty()))
                .build();

        ImmutableList<ReportingObligation> planned = plan(PolicyProfiles.lidkoping(), register,
                DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31)));

        assertThat(planned).singleElement().satisfies(o -> {
            assertThat(o.key().value()).startsWith("project-final-report/");
            assertThat(o.kind()).isEqualTo(ObligationKind.PROJECT_FINAL_REPORT);
            assertThat(o.trigger()).isEqualTo(LocalDate.of(2026, 8, 31));
            assertThat(o.due()).isEqualTo(LocalDate.of(2026, 10, 31));
            assertThat(o.responsible()).isEqualTo(Body.committee("Barn- och skolnämnden"));
            assertThat(o.recipient()).isEqualTo(Body.funder("Erasmus+"));
        });
    }

    @Test
    void final_report_recorded_on_the_project_settles_it() {
        FundingProgramme erasmus = programme(LIDKOPING, "Erasmus+");
        Register register = register(municipality(LIDKOPING, "Barn- och skolnämnden")).with(erasmus)
                .with(project(LIDKOPING, "Job shadowing", "Barn- och skolnämnden", Optional.of(erasmus.id()),
                        LocalDate.of(2025, 9, 1), Optional.of(LocalDate.of(2026, 8, 31)),
                        Optional.of(LocalDate.of(2026, 10, 2))))
                .build();

        ReportingObligation o = plan(PolicyProfiles.lidkoping(), register,
                DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31))).get(0);

        assertThat(o.status()).isEqualTo(ObligationStatus.SUBMITTED);
        assertThat(o.settled()).hasValueSatisfying(r -> assertThat(r.on()).isEqualTo(LocalDate.of(2026, 10, 2)));
    }

    @Test
    void running_project_or_one_without_a_programme_owes_no_final_report() {
        FundingProgramme erasmus = programme(LIDKOPING, "Erasmus+");
        Register register = register(municipality(LIDKOPING, "Barn- och skolnämnden")).with(erasmus)
                .with(project(LIDKOPING, "Still running", "Barn- och skolnämnden", Optional.of(erasmus.id()),
                                LocalDate.of(2025, 9, 1), Optional.empty(), Optional.empty()),
                        project(LIDKOPING, "Own budget", "Barn- och skolnämnden", Optional.empty(),
                                LocalDate.of(2025, 9, 1), Optional.of(LocalDate.of(2026, 8, 31)), Optional.empty()))
                .build();

        assertThat(plan(PolicyProfiles.lidkoping(), register, DateRange.years(2025, 2027)))
                .extracting(ReportingObligation::kind).doesNotContain(ObligationKind.PROJECT_FINAL_REPORT);
    }

    // ------------------------------------------------------------------------------------------------ the plan

    @Test
    void only_obligations_due_within_the_period_are_planned() {
        // The compilations of 2024 and 2025 fall due on 31 March 2025 and 2026; a period ending the day before the
        // second holds only the first.
        assertThat(plan(PolicyProfiles.lidkoping(), empty(LIDKOPING),
                DateRange.of(LocalDate.of(2025, 3, 31), LocalDate.of(2026, 3, 30))))
                .extracting(o -> o.key().value()).containsExactly("R5/annual-compilation/2024");
    }

    @Test
    void obligations_are_ordered_by_due_date_then_key() {
        PolicyProfile profile = PolicyProfiles.eksjo().toBuilder().rules(RuleId.R5)
                .annualCompilationDue(MonthDay.of(2, 15)).build();

        assertThat(plan(profile, empty(EKSJO, "Socialnämnden", "Barn- och utbildningsnämnden"),
                DateRange.year(2026)))
                .extracting(o -> o.key().value())
                .containsExactly("R5/annual-compilation/2025", "R6/annual-report/2025",
                        "R11/policy-evaluation/2022-2026");
    }

    @Test
    void profile_of_another_municipality_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> plan(PolicyProfiles.eksjo(), empty(LIDKOPING), DateRange.year(2026)))
                .withMessageContaining("0686").withMessageContaining("1494");
    }

    @Test
    void visit_report_time_follows_the_profile_R8() {
        Partnership cesis = twinTown(TYRESO, "Cesis", LocalDate.of(1990, 5, 1));
        Visit visit = visit(TYRESO, "Delegation from Cesis", Optional.of(cesis.id()), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 3));
        Register register = register(municipality(TYRESO)).with(cesis).with(visit).build();
        PolicyProfile profile = PolicyProfiles.tyreso().toBuilder().visitReportWithin(Period.ofMonths(1)).build();

        assertThat(plan(profile, register, DateRange.year(2026))).extracting(ReportingObligation::due)
                .containsExactly(LocalDate.of(2026, 4, 3));
    }

    @Test
    void municipality_without_committees_owes_no_sections_R6() {
        Municipality bare = municipality(TYRESO);

        assertThat(plan(PolicyProfiles.tyreso(), register(bare).build(), DateRange.years(2025, 2027))).isEmpty();
    }
}
