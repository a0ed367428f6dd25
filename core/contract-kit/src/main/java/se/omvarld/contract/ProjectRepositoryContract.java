package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.omvarld.contract.SameAggregate.assertSameProject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.policy.DemocracyPlan;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.ProjectRepository;
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
}
