package se.omvarld.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.omvarld.application.Scenarios.COORDINATOR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.omvarld.application.ProjectCommands.Advance;
import se.omvarld.application.ProjectCommands.Amount;
import se.omvarld.application.ProjectCommands.Cooperation;
import se.omvarld.application.ProjectCommands.Funding;
import se.omvarld.application.ProjectCommands.Step;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.policy.Refusal;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.ProjectQuery;
import se.omvarld.port.ProjectSummary;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.BodyKind;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.port.AuditEntry;
import se.omvarld.port.Violation;

/**
 * A project's whole life in Tyresö, told once: an Erasmus+ idea at Barn &amp; Skola cannot be submitted before the
 * executive board approves it (R7), a committee's approval does not count, the board's does; the funder grants it in
 * euro, the project runs, completes and its final report is submitted.
 */
class ProjectLifecycleScenarioTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final Ports ports = TestPorts.on(TODAY);
    private final ProjectUseCases projects = new ProjectUseCases(ports);

    @Test
    void an_erasmus_project_from_idea_to_final_report_in_tyreso() {
        Scenarios.registerTyreso(ports);
        FundingProgramme erasmus = new FundingUseCases(ports).registerProgramme(new FundingCommands.RegisterProgramme(
                COORDINATOR, "0138", "Erasmus+", "European Commission", FundingSource.EU, "EUR",
                new BigDecimal("0.80"), Set.of(Area.EDUCATION, Area.YOUTH, Area.SPORT))).value();
        Project idea = projects.registerIdea(new ProjectCommands.RegisterIdea(COORDINATOR, "0138", null,
                "Jobbskuggning", ProjectKind.PROJECT, "Barn & Skola",
                new Cooperation(List.of("Barn & Skola", "Partnerskola i Tyskland", "Partnerskola i Turkiet"),
                        Set.of(), Set.of("DE", "TR"), Set.of(Area.EDUCATION),
                        List.of("Tolv lärare skuggar kollegor i Tyskland och Turkiet")),
                new Funding(erasmus.id().toString(), euro("40000.00"), euro("32000.00"),
                        new Amount(new BigDecimal("80000.00"), "SEK"), true, true),
                LocalDate.of(2025, 1, 15))).value();
        assertThat(idea.committee()).isEqualTo(CommitteeId.of("barn-och-skolnamnden"));

        Result<Project> unapproved = projects.advance(step(idea, Step.SUBMIT_APPLICATION, LocalDate.of(2025, 2, 1)));
        assertThat(refusals(unapproved)).containsExactly(Optional.of(RuleId.R7));

        Project requested = projects.advance(step(idea, Step.REQUEST_APPROVAL, LocalDate.of(2025, 1, 20))).value();
        Result<Project> byCommittee = projects.advance(new Advance(COORDINATOR, "0138", idea.id().toString(),
                requested.version(), Step.APPROVE_APPLICATION, LocalDate.of(2025, 1, 28), BodyKind.COMMITTEE,
                "Barn- och skolnämnden", "BSN 2025/4", null));
        assertThat(refusals(byCommittee)).containsExactly(Optional.of(RuleId.R7));

        Project approved = projects.advance(new Advance(COORDINATOR, "0138", idea.id().toString(),
                requested.version(), Step.APPROVE_APPLICATION, LocalDate.of(2025, 2, 5), BodyKind.EXECUTIVE_BOARD,
                "Kommunstyrelsen", "KS 2025/31", null)).value();
        Project applied = projects.advance(step(approved, Step.SUBMIT_APPLICATION, LocalDate.of(2025, 2, 12)))
                .value();
        Project granted = projects.advance(new Advance(COORDINATOR, "0138", idea.id().toString(), applied.version(),
                Step.GRANT, LocalDate.of(2025, 6, 10), null, null, null, euro("30500.00"))).value();
        Project running = projects.advance(step(granted, Step.START, LocalDate.of(2025, 8, 15))).value();
        Project completed = projects.advance(step(running, Step.COMPLETE, LocalDate.of(2026, 6, 30))).value();
        Project reported = projects.advance(step(completed, Step.SUBMIT_FINAL_REPORT, LocalDate.of(2026, 8, 20)))
                .value();

        assertThat(reported.status()).isEqualTo(ProjectStatus.FINAL_REPORT_SUBMITTED);
        assertThat(reported.budget().externalFunding()).isEqualTo(Money.of("30500.00", "EUR"));
        assertThat(reported.history()).extracting(s -> s.to()).containsExactly(ProjectStatus.APPROVAL_REQUESTED,
                ProjectStatus.APPROVED_FOR_APPLICATION, ProjectStatus.APPLIED, ProjectStatus.GRANTED,
                ProjectStatus.RUNNING, ProjectStatus.COMPLETED, ProjectStatus.FINAL_REPORT_SUBMITTED);
        assertThat(reported.history().get(1).decision().orElseThrow().reference()).contains("KS 2025/31");
    }

    @Test
    void a_pre_study_is_submitted_without_board_approval_R7() {
        Scenarios.registerTyreso(ports);
        FundingProgramme esf = new FundingUseCases(ports).registerProgramme(new FundingCommands.RegisterProgramme(
                COORDINATOR, "0138", "Europeiska socialfonden", "Svenska ESF-rådet", FundingSource.EU, "SEK",
                new BigDecimal("0.50"), Set.of(Area.SOCIAL_CARE))).value();
        Project preStudy = projects.registerIdea(new ProjectCommands.RegisterIdea(COORDINATOR, "0138", null,
                "Förstudie: unga utanför arbetsmarknaden", ProjectKind.PRE_STUDY, "Biblioteket",
                new Cooperation(List.of("Biblioteket", "Haninge kommun"), Set.of(), Set.of(),
                        Set.of(Area.SOCIAL_CARE), List.of("Kartlägga behovet")),
                new Funding(esf.id().toString(), sek("200000.00"), sek("100000.00"), sek("100000.00"), true, true),
                LocalDate.of(2026, 2, 1))).value();

        Result<Project> submitted = projects.advance(step(preStudy, Step.SUBMIT_APPLICATION,
                LocalDate.of(2026, 2, 10)));

        assertThat(submitted.value().status()).isEqualTo(ProjectStatus.APPLIED);
    }

    @Test
    void a_step_dated_before_the_last_one_is_refused_not_thrown() {
        Scenarios.registerTyreso(ports);
        Project idea = projects.registerIdea(new ProjectCommands.RegisterIdea(COORDINATOR, "0138", null, "Utbyte",
                ProjectKind.EXCHANGE, "Biblioteket",
                new Cooperation(List.of("Biblioteket", "Cēsis bibliotek"), Set.of(), Set.of("LV"),
                        Set.of(Area.CULTURE), List.of("Bokcirklar på två språk")),
                new Funding(null, sek("10000.00"), sek("0.00"), sek("10000.00"), true, true),
                LocalDate.of(2026, 2, 1))).value();

        Result<Project> result = projects.advance(step(idea, Step.START, LocalDate.of(2025, 1, 1)));

        assertThat(refusals(result)).containsExactly(Optional.empty());
        assertThat(ports.projects().find(idea.municipality(), idea.id()).orElseThrow().status())
                .isEqualTo(ProjectStatus.IDEA);
    }

    @Test
    void an_idea_for_an_unknown_unit_is_not_found() {
        Scenarios.registerTyreso(ports);

        Result<Project> result = projects.registerIdea(new ProjectCommands.RegisterIdea(COORDINATOR, "0138", null,
                "Utbyte", ProjectKind.EXCHANGE, "Okänd enhet",
                new Cooperation(List.of("Okänd enhet"), Set.of(), Set.of(), Set.of(), List.of()),
                new Funding(null, sek("0.00"), sek("0.00"), sek("0.00"), true, true), LocalDate.of(2026, 2, 1)));

        assertThat(result).isEqualTo(new Result.NotFound<>("unit", "Okänd enhet"));
    }

    @Test
    void a_renamed_unit_keeps_its_projects_and_new_ideas_name_it_as_it_is_called_now() {
        Municipality tyreso = Scenarios.registerTyreso(ports);
        Project idea = projects.registerIdea(libraryIdea("Bokcirklar", "Biblioteket")).value();
        assertThat(idea.owningUnit()).isEqualTo(UnitId.of("biblioteket"));

        Result<Municipality> renamed = new MunicipalityUseCases(ports).renameUnit(new MunicipalityCommands.RenameUnit(
                COORDINATOR, "0138", tyreso.version(), "biblioteket", "Tyresö bibliotek"));

        assertThat(renamed.value().unitName(UnitId.of("biblioteket"))).isEqualTo("Tyresö bibliotek");
        assertThat(ports.projects().find(idea.municipality(), idea.id()).orElseThrow().owningUnit())
                .isEqualTo(UnitId.of("biblioteket"));
        assertThat(ports.audit().of(MunicipalityCode.of("0138"), "municipality", "0138"))
                .extracting(AuditEntry::action, e -> e.change().english())
                .contains(tuple("rename-unit", "unit biblioteket is now called Tyresö bibliotek"));
        assertThat(projects.registerIdea(libraryIdea("Läsombud", "Biblioteket")))
                .isEqualTo(new Result.NotFound<>("unit", "Biblioteket"));
        assertThat(projects.registerIdea(libraryIdea("Läsombud", "Tyresö bibliotek")).value().owningUnit())
                .isEqualTo(UnitId.of("biblioteket"));
    }

    @Test
    void a_unit_is_not_renamed_to_another_units_name_nor_by_an_id_of_the_wrong_form() {
        Municipality tyreso = Scenarios.registerTyreso(ports);
        MunicipalityUseCases municipalities = new MunicipalityUseCases(ports);

        Result<Municipality> taken = municipalities.renameUnit(new MunicipalityCommands.RenameUnit(COORDINATOR,
                "0138", tyreso.version(), "biblioteket", "Barn & Skola"));
        Result<Municipality> badId = municipalities.renameUnit(new MunicipalityCommands.RenameUnit(COORDINATOR,
                "0138", tyreso.version(), "Biblioteket", "Tyresö bibliotek"));

        assertThat(taken).isInstanceOf(Result.Refused.class);
        assertThat(badId).isInstanceOf(Result.Invalid.class);
        assertThat(((Result.Invalid<Municipality>) badId).violations()).extracting(Violation::field)
                .containsExactly("unitId");
        assertThat(ports.municipalities().find(tyreso.code()).orElseThrow().unitNamed("Biblioteket")).isPresent();
    }

    @Test
    void projects_are_listed_as_the_query_asks() {
        Scenarios.registerTyreso(ports);
        Project bokcirklar = projects.registerIdea(libraryIdea("Bokcirklar", "Biblioteket")).value();
        Project lasombud = projects.registerIdea(libraryIdea("Läsombud", "Biblioteket")).value();
        MunicipalityCode tyreso = MunicipalityCode.of("0138");

        Page<ProjectSummary> byTitleDescending = projects.list(tyreso, new ProjectQuery(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                ProjectQuery.Sort.TITLE_DESCENDING), PageRequest.first(10)).value();
        Page<ProjectSummary> latvianIn2026 = projects.list(tyreso, new ProjectQuery(Optional.of(ProjectStatus.IDEA),
                Optional.of(ProjectKind.EXCHANGE), Optional.of(bokcirklar.owningUnit()), Optional.empty(),
                Optional.of(CountryCode.of("LV")), Optional.of(2026), ProjectQuery.Sort.TITLE), new PageRequest(1, 1))
                .value();
        Page<ProjectSummary> in2025 = projects.list(tyreso, new ProjectQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(2025), ProjectQuery.Sort.TITLE),
                PageRequest.first(10)).value();

        assertThat(byTitleDescending.items()).extracting(ProjectSummary::id)
                .containsExactly(lasombud.id(), bokcirklar.id());
        assertThat(byTitleDescending.items().get(0).countries()).containsExactly(CountryCode.of("LV"));
        assertThat(byTitleDescending.items().get(0).total()).isEqualTo(Money.sek("10000.00"));
        assertThat(latvianIn2026.items()).extracting(ProjectSummary::id).containsExactly(lasombud.id());
        assertThat(latvianIn2026.total()).isEqualTo(2);
        assertThat(in2025.items()).isEmpty();
        assertThat(in2025.total()).isZero();
    }

    @Test
    void the_project_list_of_an_unknown_municipality_is_not_found() {
        assertThat(projects.list(MunicipalityCode.of("0999"), ProjectQuery.all(), PageRequest.first(10)))
                .isEqualTo(new Result.NotFound<>("municipality", "0999"));
    }

    private static ProjectCommands.RegisterIdea libraryIdea(String title, String unit) {
        return new ProjectCommands.RegisterIdea(COORDINATOR, "0138", null, title, ProjectKind.EXCHANGE, unit,
                new Cooperation(List.of(unit, "Cēsis bibliotek"), Set.of(), Set.of("LV"), Set.of(Area.CULTURE),
                        List.of("Bokcirklar på två språk")),
                new Funding(null, sek("10000.00"), sek("0.00"), sek("10000.00"), true, true),
                LocalDate.of(2026, 2, 1));
    }

    private static Advance step(Project project, Step step, LocalDate on) {
        return new Advance(COORDINATOR, "0138", project.id().toString(), project.version(), step, on, null, null, null,
                null);
    }

    private static List<Optional<RuleId>> refusals(Result<Project> result) {
        assertThat(result).isInstanceOf(Result.Refused.class);
        return ((Result.Refused<Project>) result).refusals().stream().map(Refusal::rule).toList();
    }

    private static Amount euro(String amount) {
        return new Amount(new BigDecimal(amount), "EUR");
    }

    private static Amount sek(String amount) {
        return new Amount(new BigDecimal(amount), "SEK");
    }

    @Test
    void a_part_project_is_listed_under_its_parent_and_projects_page_by_title() {
        Scenarios.registerTyreso(ports);
        Project parent = projects.registerIdea(new ProjectCommands.RegisterIdea(COORDINATOR, "0138", null,
                "Green building A-Z", ProjectKind.PROJECT, "Biblioteket",
                new Cooperation(List.of("Biblioteket", "Partner"), Set.of(), Set.of(), Set.of(), List.of("Goal")),
                new Funding(null, sek("0.00"), sek("0.00"), sek("0.00"), true, true),
                LocalDate.of(2026, 2, 1))).value();
        Project part = projects.registerIdea(new ProjectCommands.RegisterIdea(COORDINATOR, "0138",
                parent.id().toString(), "Green building: the library's part", ProjectKind.PROJECT, "Biblioteket",
                new Cooperation(List.of("Biblioteket", "Partner"), Set.of(), Set.of(), Set.of(), List.of("Goal")),
                new Funding(null, sek("0.00"), sek("0.00"), sek("0.00"), true, true),
                LocalDate.of(2026, 2, 1))).value();
        MunicipalityCode tyreso = MunicipalityCode.of("0138");

        assertThat(projects.children(tyreso, parent.id()).value()).containsExactly(part);
        assertThat(projects.page(tyreso, PageRequest.first(1)).value().items()).containsExactly(parent);
        assertThat(projects.find(tyreso, part.id()).value()).isEqualTo(part);
    }
}
