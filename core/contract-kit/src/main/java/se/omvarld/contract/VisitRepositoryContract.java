package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import com.google.common.collect.ImmutableSet;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.visit.Direction;
import se.omvarld.domain.visit.Visit;
import se.omvarld.port.StaleVersionException;
import se.omvarld.port.VisitRepository;
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
}
