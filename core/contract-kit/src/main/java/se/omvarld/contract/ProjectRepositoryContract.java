package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.omvarld.contract.SameAggregate.assertSameProject;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.policy.DemocracyPlan;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.ProjectQuery;
import se.omvarld.port.ProjectQuery.Sort;
import se.omvarld.port.ProjectRepository;
import se.omvarld.port.ProjectSummary;
import se.omvarld.port.StaleVersionException;
import se.omvarld.testkit.Fixtures;

/** What every {@link ProjectRepository} must do. */
public abstract class ProjectRepositoryContract extends PersistenceContract {

    private ProjectRepository projects() {
        return persistence().projects();
    }

    @Test
    void a_stored_idea_is_found_with_every_field() {
        MunicipalityCode municipality = newMunicipality();
        Project idea = Fixtures.project(municipality);

        projects().save(idea);

        assertSameProject(projects().find(municipality, idea.id()).orElseThrow(), idea.withVersion(1));
    }

    @Test
    void a_stored_project_with_parent_programme_partners_plans_and_history_is_found_with_every_field() {
        MunicipalityCode municipality = newMunicipality();
        Project full = fullProjectWithReferencesStored(municipality);

        projects().save(full);

        Project found = projects().find(municipality, full.id()).orElseThrow();
        assertSameProject(found, full.withVersion(1));
        assertThat(found.committee()).isEqualTo(Fixtures.CHILDREN_AND_EDUCATION_COMMITTEE_ID);
        assertThat(found.democracyPlans()).extracting(DemocracyPlan::adoptedOn)
                .containsExactly(LocalDate.of(2024, 12, 16), LocalDate.of(2025, 1, 13));
    }

    @Test
    void a_project_keeps_its_owning_unit_by_id_when_the_unit_is_renamed() {
        Municipality municipality = storedMunicipality();
        Project idea = store(Fixtures.project(municipality.code()));
        Municipality renamed = persistence().municipalities().save(
                municipality.renameUnit(Fixtures.LIBRARY_ID, "Stadsbiblioteket").value());

        Project found = projects().find(municipality.code(), idea.id()).orElseThrow();

        assertSameProject(found, idea);
        assertThat(found.owningUnit()).isEqualTo(Fixtures.LIBRARY_ID);
        assertThat(renamed.unitName(found.owningUnit())).isEqualTo("Stadsbiblioteket");
        assertThat(renamed.committeeOf(found.owningUnit())).contains(found.committee());
    }

    @Test
    void a_new_democracy_plan_is_stored_beside_the_earlier_ones_in_their_order() {
        MunicipalityCode municipality = newMunicipality();
        Project stored = store(fullProjectWithReferencesStored(municipality));
        DemocracyPlan sameDayAsLatest = new DemocracyPlan("Skolorna följer upp elevinflytandet efter utbytet.",
                stored.democracyPlans().get(1).adoptedOn());
        Project changed = stored.toBuilder()
                .democracyPlans(List.of(stored.democracyPlans().get(0), stored.democracyPlans().get(1),
                        sameDayAsLatest, Fixtures.democracyPlan(Fixtures.TODAY)))
                .build();

        Project saved = projects().save(changed);

        Project found = projects().find(municipality, stored.id()).orElseThrow();
        assertSameProject(found, saved);
        assertThat(found.democracyPlans()).containsExactlyElementsOf(changed.democracyPlans());
        assertThat(found.democracyPlans().get(2)).isEqualTo(sameDayAsLatest);
    }

    @Test
    void saving_a_new_project_stores_version_1() {
        MunicipalityCode municipality = newMunicipality();
        Project idea = Fixtures.project(municipality);

        Project saved = projects().save(idea);

        assertSameProject(saved, idea.withVersion(1));
        assertThat(projects().find(municipality, idea.id())).get().extracting(Project::version).isEqualTo(1L);
    }

    @Test
    void each_further_save_increments_the_version_by_one() {
        MunicipalityCode municipality = newMunicipality();
        Project first = storedProject(municipality);

        Project second = projects().save(first);
        Project third = projects().save(second.withdraw(Fixtures.TODAY).value());

        assertThat(second.version()).isEqualTo(2);
        assertThat(third.version()).isEqualTo(3);
        assertThat(projects().find(municipality, first.id())).get().extracting(Project::version).isEqualTo(3L);
    }

    @Test
    void a_saved_change_replaces_the_stored_project() {
        MunicipalityCode municipality = newMunicipality();
        Project stored = storedProject(municipality);

        Project saved = projects().save(stored.withdraw(Fixtures.TODAY).value());

        assertSameProject(projects().find(municipality, stored.id()).orElseThrow(), saved);
        assertThat(saved.status()).isEqualTo(ProjectStatus.WITHDRAWN);
    }

    @Test
    void a_saved_change_that_drops_partners_countries_goals_plans_and_history_replaces_them() {
        MunicipalityCode municipality = newMunicipality();
        Project full = store(fullProjectWithReferencesStored(municipality));
        Project stripped = full.toBuilder().parent(Optional.empty()).participants(List.of(Fixtures.BARN_OCH_SKOLA))
                .partners(Set.of()).countries(Set.of()).programme(Optional.empty()).areas(Set.of()).goals(List.of())
                .externalFundingExplored(false).budgetedInUnitPlan(false).democracyPlans(List.of())
                .status(ProjectStatus.IDEA, List.of()).build();

        Project saved = projects().save(stripped);

        assertSameProject(projects().find(municipality, full.id()).orElseThrow(), saved);
    }

    @Test
    void saving_a_stale_version_is_rejected_and_changes_nothing() {
        MunicipalityCode municipality = newMunicipality();
        Project readByBoth = storedProject(municipality);
        Project winner = projects().save(readByBoth.withdraw(Fixtures.TODAY).value());

        Project loser = readByBoth.withdraw(Fixtures.TODAY.plusDays(1)).value();

        assertThatThrownBy(() -> projects().save(loser))
                .isInstanceOf(StaleVersionException.class);
        assertSameProject(projects().find(municipality, readByBoth.id()).orElseThrow(), winner);
    }

    @Test
    void saving_a_new_project_under_an_id_already_stored_is_rejected() {
        MunicipalityCode municipality = newMunicipality();
        Project stored = storedProject(municipality);
        Project newcomer = Fixtures.project(stored.id(), municipality, "Feel Better With a Book");

        assertThatThrownBy(() -> projects().save(newcomer)).isInstanceOf(StaleVersionException.class);
        assertSameProject(projects().find(municipality, stored.id()).orElseThrow(), stored);
    }

    @Test
    void saving_a_change_to_a_project_never_stored_is_rejected() {
        MunicipalityCode municipality = newMunicipality();
        Project neverStored = Fixtures.project(municipality).withVersion(2);

        assertThatThrownBy(() -> projects().save(neverStored)).isInstanceOf(StaleVersionException.class);
        assertThat(projects().find(municipality, neverStored.id())).isEmpty();
    }

    @Test
    void an_unknown_project_is_not_found() {
        assertThat(projects().find(newMunicipality(), Fixtures.projectId())).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ listings

    /**
     * Stores five projects, two of them under the same title, in an order that is not the listing's, and returns
     * their ids in the listing's order: by title, then id.
     */
    private List<ProjectId> fiveProjects(MunicipalityCode municipality) {
        List<UUID> ids = ascendingIds(2);
        ProjectId greenFirst = new ProjectId(ids.get(0));
        ProjectId greenSecond = new ProjectId(ids.get(1));
        Project zambia = store(Fixtures.project(municipality, "Utbyte med Zambia"));
        store(Fixtures.project(greenSecond, municipality, "Green building A-Z"));
        Project job = store(Fixtures.project(municipality, "Job shadowing"));
        store(Fixtures.project(greenFirst, municipality, "Green building A-Z"));
        Project book = store(Fixtures.project(municipality, "Feel Better With a Book"));
        return List.of(book.id(), greenFirst, greenSecond, job.id(), zambia.id());
    }

    @Test
    void all_lists_the_municipality_s_projects_by_title_then_id() {
        MunicipalityCode municipality = newMunicipality();
        List<ProjectId> expected = fiveProjects(municipality);

        assertThat(projects().all(municipality)).extracting(Project::id).containsExactlyElementsOf(expected);
    }

    @Test
    void a_page_holds_at_most_limit_projects_from_offset_in_title_then_id_order() {
        MunicipalityCode municipality = newMunicipality();
        List<ProjectId> expected = fiveProjects(municipality);

        Page<Project> page = projects().page(municipality, new PageRequest(1, 3));

        assertThat(page.items()).extracting(Project::id).containsExactlyElementsOf(expected.subList(1, 4));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.request()).isEqualTo(new PageRequest(1, 3));
    }

    @Test
    void the_last_page_is_partial() {
        MunicipalityCode municipality = newMunicipality();
        List<ProjectId> expected = fiveProjects(municipality);

        Page<Project> last = projects().page(municipality, new PageRequest(3, 4));

        assertThat(last.items()).extracting(Project::id).containsExactlyElementsOf(expected.subList(3, 5));
        assertThat(last.total()).isEqualTo(5);
    }

    @Test
    void a_page_beyond_the_end_is_empty_and_still_tells_the_total() {
        MunicipalityCode municipality = newMunicipality();
        fiveProjects(municipality);

        Page<Project> beyond = projects().page(municipality, new PageRequest(5, 10));

        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void every_page_is_the_matching_slice_of_the_whole_listing() {
        MunicipalityCode municipality = newMunicipality();
        List<ProjectId> expected = fiveProjects(municipality);

        for (int offset = 0; offset <= 7; offset++) {
            for (int limit = 1; limit <= 6; limit++) {
                Page<Project> page = projects().page(municipality, new PageRequest(offset, limit));
                List<ProjectId> slice = expected.subList(Math.min(offset, 5), Math.min(offset + limit, 5));
                assertThat(page.items()).as("offset %s, limit %s", offset, limit).extracting(Project::id)
                        .containsExactlyElementsOf(slice);
                assertThat(page.total()).as("total at offset %s, limit %s", offset, limit).isEqualTo(5);
            }
        }
    }

    @Test
    void consecutive_pages_list_every_project_once() {
        MunicipalityCode municipality = newMunicipality();
        List<ProjectId> expected = fiveProjects(municipality);

        List<ProjectId> paged = new ArrayList<>();
        for (int offset = 0; offset < 5; offset += 2) {
            projects().page(municipality, new PageRequest(offset, 2)).items().forEach(p -> paged.add(p.id()));
        }

        assertThat(paged).containsExactlyElementsOf(expected);
    }

    @Test
    void children_lists_the_projects_directly_part_of_a_parent_by_title_then_id() {
        MunicipalityCode municipality = newMunicipality();
        Project parent = storedProject(municipality);
        Project otherParent = storedProject(municipality);
        List<UUID> ids = ascendingIds(2);
        Project zambia = store(Fixtures.childProject(parent, "Utbyte med Zambia"));
        Project second = store(withId(Fixtures.childProject(parent, "Green building A-Z"), ids.get(1)));
        Project first = store(withId(Fixtures.childProject(parent, "Green building A-Z"), ids.get(0)));
        store(Fixtures.childProject(otherParent, "Job shadowing"));
        store(Fixtures.childProject(zambia, "Lärarutbyte Lusaka"));

        assertThat(projects().children(municipality, parent.id())).extracting(Project::id)
                .containsExactly(first.id(), second.id(), zambia.id());
    }

    @Test
    void a_project_without_children_has_none() {
        MunicipalityCode municipality = newMunicipality();
        Project parent = storedProject(municipality);
        Project child = store(Fixtures.childProject(parent, "Job shadowing"));

        assertThat(projects().children(municipality, child.id())).isEmpty();
    }

    // ------------------------------------------------------------------ what "by title, then id" means exactly

    /** Stores a project under each of {@link #TITLES_IN_STORING_ORDER}. */
    private void projectsUnderTitlesACollationWouldReorder(MunicipalityCode municipality) {
        TITLES_IN_STORING_ORDER.forEach(title -> store(Fixtures.project(municipality, title)));
    }

    /**
     * Stores three projects under one title, ids from {@link #idsInTextOrderThatUuidCompareToReverses()} in neither
     * their order nor its reverse, and returns the ids in the listing's order.
     */
    private List<UUID> projectsUnderOneTitleWithIdsUuidCompareToWouldReverse(MunicipalityCode municipality) {
        List<UUID> ids = idsInTextOrderThatUuidCompareToReverses();
        for (UUID id : List.of(ids.get(1), ids.get(2), ids.get(0))) {
            store(Fixtures.project(new ProjectId(id), municipality, "Green building A-Z"));
        }
        return ids;
    }

    private static List<String> idTexts(List<Project> projects) {
        return projects.stream().map(p -> p.id().value().toString()).toList();
    }

    @Test
    void all_compares_titles_as_string_compare_to_does_upper_case_first_and_in_no_locale() {
        MunicipalityCode municipality = newMunicipality();
        projectsUnderTitlesACollationWouldReorder(municipality);

        assertThat(projects().all(municipality)).extracting(Project::title)
                .containsExactlyElementsOf(TITLES_IN_STRING_ORDER);
    }

    @Test
    void all_orders_ids_under_one_title_by_their_text_not_by_uuid_compare_to() {
        MunicipalityCode municipality = newMunicipality();
        List<UUID> expected = projectsUnderOneTitleWithIdsUuidCompareToWouldReverse(municipality);

        assertThat(idTexts(projects().all(municipality))).containsExactlyElementsOf(texts(expected));
    }

    @Test
    void a_page_compares_titles_as_string_compare_to_does_upper_case_first_and_in_no_locale() {
        MunicipalityCode municipality = newMunicipality();
        projectsUnderTitlesACollationWouldReorder(municipality);

        Page<Project> page = projects().page(municipality, new PageRequest(1, 2));

        assertThat(page.items()).extracting(Project::title)
                .containsExactlyElementsOf(TITLES_IN_STRING_ORDER.subList(1, 3));
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void a_page_orders_ids_under_one_title_by_their_text_not_by_uuid_compare_to() {
        MunicipalityCode municipality = newMunicipality();
        List<UUID> expected = projectsUnderOneTitleWithIdsUuidCompareToWouldReverse(municipality);

        Page<Project> page = projects().page(municipality, new PageRequest(1, 2));

        assertThat(idTexts(page.items())).containsExactlyElementsOf(texts(expected.subList(1, 3)));
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void children_compares_titles_as_string_compare_to_does_upper_case_first_and_in_no_locale() {
        MunicipalityCode municipality = newMunicipality();
        Project parent = storedProject(municipality);
        TITLES_IN_STORING_ORDER.forEach(title -> store(Fixtures.childProject(parent, title)));

        assertThat(projects().children(municipality, parent.id())).extracting(Project::title)
                .containsExactlyElementsOf(TITLES_IN_STRING_ORDER);
    }

    @Test
    void children_orders_ids_under_one_title_by_their_text_not_by_uuid_compare_to() {
        MunicipalityCode municipality = newMunicipality();
        Project parent = storedProject(municipality);
        List<UUID> ids = idsInTextOrderThatUuidCompareToReverses();
        for (UUID id : List.of(ids.get(1), ids.get(2), ids.get(0))) {
            store(withId(Fixtures.childProject(parent, "Green building A-Z"), id));
        }

        assertThat(idTexts(projects().children(municipality, parent.id()))).containsExactlyElementsOf(texts(ids));
    }

    // --------------------------------------------------------------------------------------- tenant isolation

    @Test
    void a_project_is_not_found_through_another_municipality() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        Project ofA = storedProject(a);

        assertThat(projects().find(b, ofA.id())).isEmpty();
    }

    @Test
    void another_municipality_s_listings_exclude_the_project() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        Project parentOfA = storedProject(a);
        store(Fixtures.childProject(parentOfA, "Job shadowing"));
        Project ofB = storedProject(b);

        assertThat(projects().all(b)).extracting(Project::id).containsExactly(ofB.id());
        Page<Project> page = projects().page(b, PageRequest.first(10));
        assertThat(page.items()).extracting(Project::id).containsExactly(ofB.id());
        assertThat(page.total()).isEqualTo(1);
        assertThat(projects().children(b, parentOfA.id())).isEmpty();
    }

    @Test
    void saving_a_project_under_the_same_id_in_another_municipality_leaves_the_first_unchanged() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        Project ofA = storedProject(a);
        Project sameIdInB = Fixtures.project(ofA.id(), b, "Feel Better With a Book");

        Project savedInB = projects().save(sameIdInB);

        assertThat(savedInB.version()).isEqualTo(1);
        assertSameProject(projects().find(b, ofA.id()).orElseThrow(), savedInB);
        assertSameProject(projects().find(a, ofA.id()).orElseThrow(), ofA);
    }

    private static Project withId(Project p, UUID id) {
        return p.toBuilder().id(new ProjectId(id)).build();
    }

    // ------------------------------------------------------------------------------- the API's list (list)

    /** The five projects {@link #listed} stores, by their ids' order (Q0 has the lowest id), and the programme. */
    private record Listed(FundingProgramme programme, ProjectId q0, ProjectId q1, ProjectId q2, ProjectId q3,
            ProjectId q4) {
    }

    private static final CountryCode ZAMBIA = CountryCode.of("ZM");

    /**
     * Stores, in neither of the lists' orders, five projects whose ids ascend from Q0 to Q4:
     * <ul>
     * <li>Q0 "Green building A-Z", pre-study idea at the library, registered 2026-01-12, no countries;
     * <li>Q1 "Green building A-Z", exchange idea at the upper secondary school, part of Q4, registered 2026-01-20,
     * with Zambia;
     * <li>Q2 "Vänortsutbyte Kecskemét", pre-study idea at the library, registered 2025-03-03, with Hungary and Zambia;
     * <li>Q3 "Job shadowing", running project at Barn &amp; Skola, part of Q4, in Erasmus+, registered 2024-12-02,
     * with Germany and Turkey;
     * <li>Q4 "Internationalisering i skolan", pre-study idea at the library, registered 2026-01-12, no countries.
     * </ul>
     */
    private Listed listed(MunicipalityCode municipality) {
        List<UUID> ids = ascendingIds(5);
        FundingProgramme programme = storedProgramme(municipality);
        Project q4 = store(Fixtures.project(new ProjectId(ids.get(4)), municipality,
                "Internationalisering i skolan"));
        store(Fixtures.project(new ProjectId(ids.get(2)), municipality, "Vänortsutbyte Kecskemét").toBuilder()
                .countries(Set.of(CountryCode.of("HU"), ZAMBIA)).registeredOn(LocalDate.of(2025, 3, 3)).build());
        store(Fixtures.project(new ProjectId(ids.get(0)), municipality, "Green building A-Z"));
        store(withId(Fixtures.fullProject(q4, programme, Set.of()), ids.get(3)));
        store(withId(Fixtures.childProject(q4, "Green building A-Z"), ids.get(1)));
        return new Listed(programme, new ProjectId(ids.get(0)), new ProjectId(ids.get(1)), new ProjectId(ids.get(2)),
                new ProjectId(ids.get(3)), q4.id());
    }

    private static ProjectQuery query(Optional<ProjectStatus> status, Optional<ProjectKind> kind,
            Optional<UnitId> unit, Optional<ProgrammeId> programme, Optional<CountryCode> country,
            Optional<Integer> year) {
        return new ProjectQuery(status, kind, unit, programme, country, year, Sort.TITLE);
    }

    private static ProjectQuery sortedBy(Sort sort) {
        return new ProjectQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), sort);
    }

    private Page<ProjectSummary> list(MunicipalityCode municipality, ProjectQuery query, int offset, int limit) {
        return projects().list(municipality, query, new PageRequest(offset, limit));
    }

    private List<ProjectId> listedIds(MunicipalityCode municipality, ProjectQuery query) {
        return list(municipality, query, 0, 10).items().stream().map(ProjectSummary::id).toList();
    }

    @Test
    void list_by_title_orders_by_title_then_id() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        Page<ProjectSummary> page = list(municipality, ProjectQuery.all(), 0, 10);

        assertThat(page.items()).extracting(ProjectSummary::id).containsExactly(l.q0(), l.q1(), l.q4(), l.q3(),
                l.q2());
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void list_by_title_descending_orders_by_title_downwards_then_id_upwards() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        assertThat(listedIds(municipality, sortedBy(Sort.TITLE_DESCENDING)))
                .containsExactly(l.q2(), l.q3(), l.q4(), l.q0(), l.q1());
    }

    @Test
    void list_by_registration_day_orders_by_the_day_then_id() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        assertThat(listedIds(municipality, sortedBy(Sort.REGISTERED_ON)))
                .containsExactly(l.q3(), l.q2(), l.q0(), l.q4(), l.q1());
    }

    @Test
    void list_by_registration_day_descending_orders_by_the_day_downwards_then_id_upwards() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        assertThat(listedIds(municipality, sortedBy(Sort.REGISTERED_ON_DESCENDING)))
                .containsExactly(l.q1(), l.q0(), l.q4(), l.q2(), l.q3());
    }

    @Test
    void list_by_status_holds_only_the_projects_in_that_status() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        assertThat(listedIds(municipality, query(Optional.of(ProjectStatus.RUNNING), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))).containsExactly(l.q3());
        assertThat(listedIds(municipality, query(Optional.of(ProjectStatus.IDEA), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())))
                .containsExactly(l.q0(), l.q1(), l.q4(), l.q2());
        assertThat(listedIds(municipality, query(Optional.of(ProjectStatus.COMPLETED), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))).isEmpty();
    }

    @Test
    void list_by_kind_holds_only_the_projects_of_that_kind() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        assertThat(listedIds(municipality, query(Optional.empty(), Optional.of(ProjectKind.PRE_STUDY),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())))
                .containsExactly(l.q0(), l.q4(), l.q2());
        assertThat(listedIds(municipality, query(Optional.empty(), Optional.of(ProjectKind.EXCHANGE),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))).containsExactly(l.q1());
    }

    @Test
    void list_by_unit_holds_only_the_projects_the_unit_owns() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        assertThat(listedIds(municipality, query(Optional.empty(), Optional.empty(),
                Optional.of(Fixtures.LIBRARY_ID), Optional.empty(), Optional.empty(), Optional.empty())))
                .containsExactly(l.q0(), l.q4(), l.q2());
        assertThat(listedIds(municipality, query(Optional.empty(), Optional.empty(),
                Optional.of(Fixtures.BARN_OCH_SKOLA_ID), Optional.empty(), Optional.empty(), Optional.empty())))
                .containsExactly(l.q3());
        assertThat(listedIds(municipality, query(Optional.empty(), Optional.empty(),
                Optional.of(UnitId.of("miljoforvaltningen")), Optional.empty(), Optional.empty(),
                Optional.empty()))).isEmpty();
    }

    @Test
    void list_by_programme_holds_only_the_projects_in_that_programme() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        assertThat(listedIds(municipality, query(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(l.programme().id()), Optional.empty(), Optional.empty()))).containsExactly(l.q3());
        assertThat(listedIds(municipality, query(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Fixtures.programmeId()), Optional.empty(), Optional.empty()))).isEmpty();
    }

    @Test
    void list_by_country_holds_only_the_projects_that_cooperate_with_that_country() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        assertThat(listedIds(municipality, query(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(ZAMBIA), Optional.empty()))).containsExactly(l.q1(), l.q2());
        assertThat(listedIds(municipality, query(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(CountryCode.of("TR")), Optional.empty()))).containsExactly(l.q3());
        assertThat(listedIds(municipality, query(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(CountryCode.of("SE")), Optional.empty()))).isEmpty();
    }

    @Test
    void list_by_year_holds_only_the_projects_registered_in_that_calendar_year() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        assertThat(listedIds(municipality, query(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(2026)))).containsExactly(l.q0(), l.q1(), l.q4());
        assertThat(listedIds(municipality, query(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(2025)))).containsExactly(l.q2());
        assertThat(listedIds(municipality, query(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(2024)))).containsExactly(l.q3());
        assertThat(listedIds(municipality, query(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(2023)))).isEmpty();
    }

    @Test
    void a_year_runs_from_its_first_day_to_its_last() {
        MunicipalityCode municipality = newMunicipality();
        List<UUID> ids = ascendingIds(4);
        List<LocalDate> days = List.of(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1));
        for (int i = 0; i < 4; i++) {
            store(Fixtures.project(new ProjectId(ids.get(i)), municipality, "Projekt " + i).toBuilder()
                    .registeredOn(days.get(i)).build());
        }

        assertThat(listedIds(municipality, query(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(2025))))
                .containsExactly(new ProjectId(ids.get(1)), new ProjectId(ids.get(2)));
    }

    @Test
    void list_filters_combine_and_the_total_counts_what_matches_them_all() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);
        ProjectQuery query = new ProjectQuery(Optional.of(ProjectStatus.IDEA), Optional.of(ProjectKind.PRE_STUDY),
                Optional.of(Fixtures.LIBRARY_ID), Optional.empty(), Optional.empty(), Optional.of(2026),
                Sort.REGISTERED_ON_DESCENDING);

        Page<ProjectSummary> page = list(municipality, query, 1, 5);

        assertThat(page.items()).extracting(ProjectSummary::id).containsExactly(l.q4());
        assertThat(page.total()).isEqualTo(2);
        assertThat(listedIds(municipality, new ProjectQuery(Optional.of(ProjectStatus.IDEA), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(ZAMBIA), Optional.of(2026), Sort.TITLE)))
                .containsExactly(l.q1());
    }

    @Test
    void every_filter_at_once_lists_what_matches_them_all_and_a_page_beyond_it_still_tells_the_total() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);
        ProjectQuery everyFilter = new ProjectQuery(Optional.of(ProjectStatus.RUNNING),
                Optional.of(ProjectKind.PROJECT), Optional.of(Fixtures.BARN_OCH_SKOLA_ID),
                Optional.of(l.programme().id()), Optional.of(CountryCode.of("DE")), Optional.of(2024),
                Sort.REGISTERED_ON_DESCENDING);

        Page<ProjectSummary> first = list(municipality, everyFilter, 0, 5);
        Page<ProjectSummary> beyond = list(municipality, everyFilter, 1, 5);

        assertThat(first.items()).extracting(ProjectSummary::id).containsExactly(l.q3());
        assertThat(first.total()).isEqualTo(1);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(1);
    }

    @Test
    void a_listed_project_carries_its_parent_programme_countries_total_and_version() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        List<ProjectSummary> items = list(municipality, ProjectQuery.all(), 0, 10).items();

        assertThat(items.get(3)).isEqualTo(new ProjectSummary(l.q3(), Optional.of(l.q4()), "Job shadowing",
                ProjectKind.PROJECT, ProjectStatus.RUNNING, Fixtures.BARN_OCH_SKOLA_ID,
                Fixtures.CHILDREN_AND_EDUCATION_COMMITTEE_ID, Optional.of(l.programme().id()),
                ImmutableSet.of(CountryCode.of("DE"), CountryCode.of("TR")), Money.of("48000.50", "EUR"),
                LocalDate.of(2024, 12, 2), 1));
        assertThat(items.get(0)).isEqualTo(new ProjectSummary(l.q0(), Optional.empty(), "Green building A-Z",
                ProjectKind.PRE_STUDY, ProjectStatus.IDEA, Fixtures.LIBRARY_ID,
                Fixtures.CULTURE_AND_LEISURE_COMMITTEE_ID, Optional.empty(), ImmutableSet.of(), Money.sek("20000"),
                LocalDate.of(2026, 1, 12), 1));
        assertThat(items.get(4).countries()).containsExactlyInAnyOrder(CountryCode.of("HU"), ZAMBIA);
    }

    @Test
    void every_page_of_the_list_is_the_matching_slice_of_the_whole_list_and_tells_the_total() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);
        List<ProjectId> whole = List.of(l.q3(), l.q2(), l.q0(), l.q4(), l.q1());

        for (int offset = 0; offset <= 7; offset++) {
            for (int limit = 1; limit <= 6; limit++) {
                Page<ProjectSummary> page = list(municipality, sortedBy(Sort.REGISTERED_ON), offset, limit);
                assertThat(page.items()).as("offset %s, limit %s", offset, limit).extracting(ProjectSummary::id)
                        .containsExactlyElementsOf(whole.subList(Math.min(offset, 5), Math.min(offset + limit, 5)));
                assertThat(page.total()).as("total at offset %s, limit %s", offset, limit).isEqualTo(5);
            }
        }
    }

    @Test
    void a_page_of_the_list_beyond_the_end_is_empty_and_still_tells_the_total() {
        MunicipalityCode municipality = newMunicipality();
        listed(municipality);
        ProjectQuery ideas = query(Optional.of(ProjectStatus.IDEA), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());

        Page<ProjectSummary> atTheEnd = list(municipality, ideas, 4, 3);
        Page<ProjectSummary> farBeyond = list(municipality, ProjectQuery.all(), 1_000_000, 500);

        assertThat(atTheEnd.items()).isEmpty();
        assertThat(atTheEnd.total()).isEqualTo(4);
        assertThat(farBeyond.items()).isEmpty();
        assertThat(farBeyond.total()).isEqualTo(5);
    }

    @Test
    void the_list_of_a_municipality_without_projects_is_empty() {
        Page<ProjectSummary> page = list(newMunicipality(), ProjectQuery.all(), 0, 20);

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void the_list_compares_titles_as_string_compare_to_does_upper_case_first_and_in_no_locale() {
        MunicipalityCode municipality = newMunicipality();
        projectsUnderTitlesACollationWouldReorder(municipality);

        assertThat(list(municipality, ProjectQuery.all(), 0, 10).items()).extracting(ProjectSummary::title)
                .containsExactlyElementsOf(TITLES_IN_STRING_ORDER);
        assertThat(list(municipality, sortedBy(Sort.TITLE_DESCENDING), 0, 10).items())
                .extracting(ProjectSummary::title).containsExactlyElementsOf(Lists.reverse(TITLES_IN_STRING_ORDER));
    }

    @Test
    void the_list_orders_ids_under_one_title_by_their_text_not_by_uuid_compare_to_in_every_sort() {
        MunicipalityCode municipality = newMunicipality();
        List<UUID> expected = projectsUnderOneTitleWithIdsUuidCompareToWouldReverse(municipality);

        for (Sort sort : Sort.values()) {
            assertThat(list(municipality, sortedBy(sort), 0, 10).items()).as(sort.name())
                    .extracting(p -> p.id().value().toString()).containsExactlyElementsOf(texts(expected));
        }
    }

    @Test
    void the_list_never_holds_another_municipality_s_projects() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        listed(a);
        Project ofB = storedProject(b);

        Page<ProjectSummary> page = list(b, ProjectQuery.all(), 0, 10);
        Page<ProjectSummary> beyond = list(b, ProjectQuery.all(), 5, 10);

        assertThat(page.items()).extracting(ProjectSummary::id).containsExactly(ofB.id());
        assertThat(page.total()).isEqualTo(1);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(1);
        assertThat(list(b, query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(ZAMBIA), Optional.empty()), 0, 10).total()).isZero();
    }
}
