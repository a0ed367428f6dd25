package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.visit.Direction;
import se.omvarld.domain.visit.Visit;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.StaleVersionException;
import se.omvarld.port.VisitQuery;
import se.omvarld.port.VisitQuery.Sort;
import se.omvarld.port.VisitRepository;
import se.omvarld.port.VisitSummary;
import se.omvarld.testkit.Fixtures;

/** What every {@link VisitRepository} must do. */
public abstract class VisitRepositoryContract extends PersistenceContract {

    private VisitRepository visits() {
        return persistence().visits();
    }

    /** The same visit moved, with one more participant, from one more committee (or, past three, from none). */
    private static Visit rescheduled(Visit v, LocalDate firstDay, String purpose) {
        List<CommitteeId> all = List.of(Fixtures.CHILDREN_AND_EDUCATION_COMMITTEE_ID,
                Fixtures.CULTURE_AND_LEISURE_COMMITTEE_ID, Fixtures.SOCIAL_COMMITTEE_ID);
        Set<CommitteeId> committees = v.committees().size() < all.size()
                ? Set.copyOf(all.subList(0, v.committees().size() + 1)) : Set.of();
        return Visit.restore(v.id(), v.municipality(), v.partnership(), v.direction(),
                DateRange.of(firstDay, firstDay.plusDays(2)), purpose, v.participants() + 1,
                !v.digitalMeetingConsidered(), committees, v.version());
    }

    @Test
    void a_stored_visit_within_a_partnership_is_found_with_every_field() {
        MunicipalityCode municipality = newMunicipality();
        Visit visit = Fixtures.visit(storedPartnership(municipality));

        visits().save(visit);

        assertThat(visits().find(municipality, visit.id())).contains(visit.withVersion(1));
        assertThat(visits().find(municipality, visit.id()).orElseThrow().committees())
                .containsExactly(Fixtures.SOCIAL_COMMITTEE_ID);
    }

    @Test
    void a_stored_visit_outside_any_partnership_is_found_with_every_field() {
        MunicipalityCode municipality = newMunicipality();
        Visit visit = Visit.restore(Fixtures.visitId(), municipality, Optional.empty(), Direction.OUTGOING,
                DateRange.of(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 5)), "Konferens om Agenda 2030", 1,
                false, Set.of(Fixtures.CHILDREN_AND_EDUCATION_COMMITTEE_ID, Fixtures.CULTURE_AND_LEISURE_COMMITTEE_ID),
                0);

        visits().save(visit);

        assertThat(visits().find(municipality, visit.id())).contains(visit.withVersion(1));
    }

    @Test
    void saving_a_new_visit_stores_version_1() {
        MunicipalityCode municipality = newMunicipality();
        Visit visit = Fixtures.visit(municipality);

        Visit saved = visits().save(visit);

        assertThat(saved).isEqualTo(visit.withVersion(1));
        assertThat(visits().find(municipality, visit.id())).contains(visit.withVersion(1));
    }

    @Test
    void each_further_save_increments_the_version_by_one() {
        MunicipalityCode municipality = newMunicipality();
        Visit first = store(Fixtures.visit(municipality));

        Visit second = visits().save(rescheduled(first, LocalDate.of(2026, 4, 21), "Studiebesök om läsfrämjande"));
        Visit third = visits().save(rescheduled(second, LocalDate.of(2026, 4, 28), "Studiebesök om läsfrämjande"));

        assertThat(second.version()).isEqualTo(2);
        assertThat(third.version()).isEqualTo(3);
        assertThat(visits().find(municipality, first.id())).contains(third);
        assertThat(third.committees()).hasSize(2);
    }

    @Test
    void a_saved_change_that_drops_the_committees_replaces_them() {
        MunicipalityCode municipality = newMunicipality();
        Visit stored = store(Fixtures.visit(storedPartnership(municipality)));
        Visit changed = Visit.restore(stored.id(), municipality, stored.partnership(), stored.direction(),
                stored.dates(), stored.purpose(), stored.participants(), stored.digitalMeetingConsidered(), Set.of(),
                stored.version());

        Visit saved = visits().save(changed);

        assertThat(visits().find(municipality, stored.id())).contains(saved);
        assertThat(visits().all(municipality)).singleElement().extracting(Visit::committees)
                .isEqualTo(ImmutableSet.of());
    }

    @Test
    void saving_a_stale_version_is_rejected_and_changes_nothing() {
        MunicipalityCode municipality = newMunicipality();
        Visit readByBoth = store(Fixtures.visit(municipality));
        Visit winner = visits().save(rescheduled(readByBoth, LocalDate.of(2026, 4, 21), "Studiebesök, flyttat"));

        assertThatThrownBy(() -> visits().save(rescheduled(readByBoth, LocalDate.of(2026, 5, 5), "Inställt")))
                .isInstanceOf(StaleVersionException.class);
        assertThat(visits().find(municipality, readByBoth.id())).contains(winner);
    }

    @Test
    void saving_a_new_visit_under_an_id_already_stored_is_rejected() {
        MunicipalityCode municipality = newMunicipality();
        Visit stored = store(Fixtures.visit(municipality));
        Visit newcomer = Fixtures.visit(stored.id(), municipality, Optional.empty(), LocalDate.of(2026, 9, 7));

        assertThatThrownBy(() -> visits().save(newcomer)).isInstanceOf(StaleVersionException.class);
        assertThat(visits().find(municipality, stored.id())).contains(stored);
    }

    @Test
    void saving_a_change_to_a_visit_never_stored_is_rejected() {
        MunicipalityCode municipality = newMunicipality();
        Visit neverStored = Fixtures.visit(municipality).withVersion(1);

        assertThatThrownBy(() -> visits().save(neverStored)).isInstanceOf(StaleVersionException.class);
        assertThat(visits().find(municipality, neverStored.id())).isEmpty();
    }

    @Test
    void an_unknown_visit_is_not_found() {
        assertThat(visits().find(newMunicipality(), Fixtures.visitId())).isEmpty();
    }

    @Test
    void all_lists_the_municipality_s_visits_by_first_day_then_id() {
        MunicipalityCode municipality = newMunicipality();
        Partnership partnership = storedPartnership(municipality);
        List<UUID> ids = ascendingIds(2);
        LocalDate sameDay = LocalDate.of(2026, 5, 18);
        Visit latest = store(Fixtures.visit(Fixtures.visitId(), municipality, Optional.empty(),
                LocalDate.of(2026, 11, 2)));
        Visit sameDaySecond = store(Fixtures.visit(new VisitId(ids.get(1)), municipality,
                Optional.of(partnership.id()), sameDay));
        Visit earliest = store(Fixtures.visit(Fixtures.visitId(), municipality, Optional.of(partnership.id()),
                LocalDate.of(2025, 9, 22)));
        Visit sameDayFirst = store(Fixtures.visit(new VisitId(ids.get(0)), municipality, Optional.empty(), sameDay));

        assertThat(visits().all(municipality)).containsExactly(earliest, sameDayFirst, sameDaySecond, latest);
    }

    @Test
    void of_partnership_lists_only_that_partnership_s_visits_by_first_day_then_id() {
        MunicipalityCode municipality = newMunicipality();
        Partnership partnership = storedPartnership(municipality);
        Partnership other = storedPartnership(municipality);
        List<UUID> ids = ascendingIds(2);
        LocalDate sameDay = LocalDate.of(2026, 5, 18);
        Visit later = store(Fixtures.visit(Fixtures.visitId(), municipality, Optional.of(partnership.id()),
                LocalDate.of(2026, 9, 14)));
        Visit second = store(Fixtures.visit(new VisitId(ids.get(1)), municipality, Optional.of(partnership.id()),
                sameDay));
        Visit first = store(Fixtures.visit(new VisitId(ids.get(0)), municipality, Optional.of(partnership.id()),
                sameDay));
        store(Fixtures.visit(other));
        store(Fixtures.visit(municipality));

        assertThat(visits().ofPartnership(municipality, partnership.id())).containsExactly(first, second, later);
    }

    @Test
    void a_visit_is_not_found_through_another_municipality() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        Visit ofA = store(Fixtures.visit(storedPartnership(a)));

        assertThat(visits().find(b, ofA.id())).isEmpty();
    }

    @Test
    void another_municipality_s_listings_exclude_the_visit() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        Partnership ofA = storedPartnership(a);
        store(Fixtures.visit(ofA));
        Visit ofB = store(Fixtures.visit(b));

        assertThat(visits().all(b)).containsExactly(ofB);
        assertThat(visits().ofPartnership(b, ofA.id())).isEmpty();
    }

    @Test
    void saving_a_visit_under_the_same_id_in_another_municipality_leaves_the_first_unchanged() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        Visit ofA = store(Fixtures.visit(storedPartnership(a)));
        Visit sameIdInB = Fixtures.visit(ofA.id(), b, Optional.empty(), LocalDate.of(2026, 6, 8));

        Visit savedInB = visits().save(sameIdInB);

        assertThat(savedInB.version()).isEqualTo(1);
        assertThat(visits().find(b, ofA.id())).contains(savedInB);
        assertThat(visits().find(a, ofA.id())).contains(ofA);
    }

    // ------------------------------------------------------------------------------- the API's list (list)

    /** The five visits {@link #listed} stores, by their ids' order (V0 has the lowest id), and two partnerships. */
    private record Listed(PartnershipId first, PartnershipId second, VisitId v0, VisitId v1, VisitId v2, VisitId v3,
            VisitId v4) {
    }

    private static Visit visit(VisitId id, MunicipalityCode municipality, Optional<PartnershipId> partnership,
            Direction direction, LocalDate firstDay, int days, String purpose, int participants) {
        return Visit.restore(id, municipality, partnership, direction,
                DateRange.of(firstDay, firstDay.plusDays(days - 1)), purpose, participants, true, Set.of(), 0);
    }

    /**
     * Stores, in none of the lists' orders, five visits whose ids ascend from V0 to V4:
     * <ul>
     * <li>V0 outgoing within the first partnership, 2026-05-18 to 2026-05-20, 4 participants;
     * <li>V1 incoming outside any partnership, 2026-05-18, 12 participants;
     * <li>V2 incoming within the first partnership, from 2025-09-22;
     * <li>V3 outgoing within the second partnership, from 2026-11-02;
     * <li>V4 incoming within the second partnership, from 2024-04-10.
     * </ul>
     */
    private Listed listed(MunicipalityCode municipality) {
        PartnershipId first = storedPartnership(municipality).id();
        PartnershipId second = storedPartnership(municipality).id();
        List<UUID> ids = ascendingIds(5);
        VisitId v0 = new VisitId(ids.get(0));
        VisitId v1 = new VisitId(ids.get(1));
        VisitId v2 = new VisitId(ids.get(2));
        VisitId v3 = new VisitId(ids.get(3));
        VisitId v4 = new VisitId(ids.get(4));
        LocalDate sameDay = LocalDate.of(2026, 5, 18);
        store(visit(v3, municipality, Optional.of(second), Direction.OUTGOING, LocalDate.of(2026, 11, 2), 3,
                "Delegation till vänorten", 5));
        store(visit(v1, municipality, Optional.empty(), Direction.INCOMING, sameDay, 1,
                "Studiebesök om skolbibliotek", 12));
        store(visit(v4, municipality, Optional.of(second), Direction.INCOMING, LocalDate.of(2024, 4, 10), 3,
                "Ungdomsråd på besök", 8));
        store(visit(v0, municipality, Optional.of(first), Direction.OUTGOING, sameDay, 3,
                "Vänortsbesök: utbyte om äldreomsorg", 4));
        store(visit(v2, municipality, Optional.of(first), Direction.INCOMING, LocalDate.of(2025, 9, 22), 4,
                "Skolledare på besök", 6));
        return new Listed(first, second, v0, v1, v2, v3, v4);
    }

    private static VisitQuery sortedBy(Sort sort) {
        return new VisitQuery(Optional.empty(), Optional.empty(), Optional.empty(), sort);
    }

    private Page<VisitSummary> list(MunicipalityCode municipality, VisitQuery query, int offset, int limit) {
        return visits().list(municipality, query, new PageRequest(offset, limit));
    }

    private static List<VisitId> ids(Page<VisitSummary> page) {
        return page.items().stream().map(VisitSummary::id).toList();
    }

    @Test
    void list_by_first_day_orders_by_the_day_then_id() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        Page<VisitSummary> page = list(municipality, VisitQuery.all(), 0, 10);

        assertThat(ids(page)).containsExactly(l.v4(), l.v2(), l.v0(), l.v1(), l.v3());
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.request()).isEqualTo(new PageRequest(0, 10));
    }

    @Test
    void list_by_first_day_descending_orders_by_the_day_downwards_then_id_upwards() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        assertThat(ids(list(municipality, sortedBy(Sort.FIRST_DAY_DESCENDING), 0, 10)))
                .containsExactly(l.v3(), l.v0(), l.v1(), l.v2(), l.v4());
    }

    @Test
    void list_by_direction_holds_only_the_visits_that_came_or_went() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        Page<VisitSummary> incoming = list(municipality, new VisitQuery(Optional.of(Direction.INCOMING),
                Optional.empty(), Optional.empty(), Sort.FIRST_DAY), 0, 10);
        Page<VisitSummary> outgoing = list(municipality, new VisitQuery(Optional.of(Direction.OUTGOING),
                Optional.empty(), Optional.empty(), Sort.FIRST_DAY), 0, 10);

        assertThat(ids(incoming)).containsExactly(l.v4(), l.v2(), l.v1());
        assertThat(incoming.total()).isEqualTo(3);
        assertThat(ids(outgoing)).containsExactly(l.v0(), l.v3());
        assertThat(outgoing.total()).isEqualTo(2);
    }

    @Test
    void list_by_partnership_holds_only_that_partnership_s_visits() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        Page<VisitSummary> first = list(municipality, new VisitQuery(Optional.empty(), Optional.of(l.first()),
                Optional.empty(), Sort.FIRST_DAY), 0, 10);
        Page<VisitSummary> unknown = list(municipality, new VisitQuery(Optional.empty(),
                Optional.of(Fixtures.partnershipId()), Optional.empty(), Sort.FIRST_DAY), 0, 10);

        assertThat(ids(first)).containsExactly(l.v2(), l.v0());
        assertThat(first.total()).isEqualTo(2);
        assertThat(unknown.items()).isEmpty();
        assertThat(unknown.total()).isZero();
    }

    @Test
    void list_by_year_holds_only_the_visits_that_began_in_that_year() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        Page<VisitSummary> in2026 = list(municipality, new VisitQuery(Optional.empty(), Optional.empty(),
                Optional.of(2026), Sort.FIRST_DAY), 0, 10);
        Page<VisitSummary> in2023 = list(municipality, new VisitQuery(Optional.empty(), Optional.empty(),
                Optional.of(2023), Sort.FIRST_DAY), 0, 10);

        assertThat(ids(in2026)).containsExactly(l.v0(), l.v1(), l.v3());
        assertThat(in2026.total()).isEqualTo(3);
        assertThat(in2023.items()).isEmpty();
        assertThat(in2023.total()).isZero();
    }

    @Test
    void list_filters_combine_and_the_total_counts_what_matches_them_all() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);
        VisitQuery incomingWithinTheSecond = new VisitQuery(Optional.of(Direction.INCOMING),
                Optional.of(l.second()), Optional.empty(), Sort.FIRST_DAY_DESCENDING);
        VisitQuery incomingIn2026 = new VisitQuery(Optional.of(Direction.INCOMING), Optional.empty(),
                Optional.of(2026), Sort.FIRST_DAY);
        VisitQuery incoming = new VisitQuery(Optional.of(Direction.INCOMING), Optional.empty(), Optional.empty(),
                Sort.FIRST_DAY_DESCENDING);

        assertThat(ids(list(municipality, incomingWithinTheSecond, 0, 10))).containsExactly(l.v4());
        assertThat(ids(list(municipality, incomingIn2026, 0, 10))).containsExactly(l.v1());
        Page<VisitSummary> page = list(municipality, incoming, 1, 1);
        assertThat(ids(page)).containsExactly(l.v2());
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void a_listed_visit_carries_its_partnership_direction_days_purpose_participants_and_version() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        VisitSummary within = list(municipality, VisitQuery.all(), 2, 1).items().get(0);
        VisitSummary outside = list(municipality, VisitQuery.all(), 3, 1).items().get(0);

        assertThat(within).isEqualTo(new VisitSummary(l.v0(), Optional.of(l.first()), Direction.OUTGOING,
                LocalDate.of(2026, 5, 18), LocalDate.of(2026, 5, 20), "Vänortsbesök: utbyte om äldreomsorg", 4, 1));
        assertThat(outside).isEqualTo(new VisitSummary(l.v1(), Optional.empty(), Direction.INCOMING,
                LocalDate.of(2026, 5, 18), LocalDate.of(2026, 5, 18), "Studiebesök om skolbibliotek", 12, 1));
    }

    @Test
    void a_listed_visit_shows_its_stored_version() {
        MunicipalityCode municipality = newMunicipality();
        Visit stored = store(Fixtures.visit(municipality));
        visits().save(rescheduled(stored, LocalDate.of(2026, 4, 21), "Studiebesök, flyttat"));

        assertThat(list(municipality, VisitQuery.all(), 0, 1).items()).extracting(VisitSummary::version)
                .containsExactly(2L);
    }

    @Test
    void every_page_of_the_list_is_the_matching_slice_of_the_whole_list_and_tells_the_total() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);
        List<VisitId> whole = List.of(l.v3(), l.v0(), l.v1(), l.v2(), l.v4());

        for (int offset = 0; offset <= 7; offset++) {
            for (int limit = 1; limit <= 6; limit++) {
                Page<VisitSummary> page = list(municipality, sortedBy(Sort.FIRST_DAY_DESCENDING), offset, limit);
                assertThat(ids(page)).as("offset %s, limit %s", offset, limit)
                        .containsExactlyElementsOf(whole.subList(Math.min(offset, 5), Math.min(offset + limit, 5)));
                assertThat(page.total()).as("total at offset %s, limit %s", offset, limit).isEqualTo(5);
            }
        }
    }

    @Test
    void a_page_of_the_list_beyond_the_end_is_empty_and_still_tells_the_total() {
        MunicipalityCode municipality = newMunicipality();
        listed(municipality);
        VisitQuery incoming = new VisitQuery(Optional.of(Direction.INCOMING), Optional.empty(), Optional.empty(),
                Sort.FIRST_DAY);

        Page<VisitSummary> atTheEnd = list(municipality, incoming, 3, 2);
        Page<VisitSummary> farBeyond = list(municipality, VisitQuery.all(), 1_000_000, 500);

        assertThat(atTheEnd.items()).isEmpty();
        assertThat(atTheEnd.total()).isEqualTo(3);
        assertThat(farBeyond.items()).isEmpty();
        assertThat(farBeyond.total()).isEqualTo(5);
    }

    @Test
    void the_list_of_a_municipality_without_visits_is_empty() {
        Page<VisitSummary> page = list(newMunicipality(), VisitQuery.all(), 0, 20);

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void the_list_orders_ids_under_one_first_day_by_their_text_not_by_uuid_compare_to_in_every_sort() {
        MunicipalityCode municipality = newMunicipality();
        List<UUID> ids = idsInTextOrderThatUuidCompareToReverses();
        for (UUID id : List.of(ids.get(1), ids.get(2), ids.get(0))) {
            store(Fixtures.visit(new VisitId(id), municipality, Optional.empty(), LocalDate.of(2026, 5, 18)));
        }

        for (Sort sort : Sort.values()) {
            assertThat(list(municipality, sortedBy(sort), 0, 10).items()).as(sort.name())
                    .extracting(v -> v.id().value().toString()).containsExactlyElementsOf(texts(ids));
        }
    }

    @Test
    void the_list_never_holds_another_municipality_s_visits() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        Listed ofA = listed(a);
        Visit ofB = store(Fixtures.visit(b));

        Page<VisitSummary> page = list(b, VisitQuery.all(), 0, 10);
        Page<VisitSummary> beyond = list(b, VisitQuery.all(), 5, 10);

        assertThat(ids(page)).containsExactly(ofB.id());
        assertThat(page.total()).isEqualTo(1);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(1);
        assertThat(list(b, new VisitQuery(Optional.empty(), Optional.of(ofA.first()), Optional.empty(),
                Sort.FIRST_DAY), 0, 10).total()).isZero();
    }
}
