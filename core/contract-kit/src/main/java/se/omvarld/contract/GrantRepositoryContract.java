package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.GrantRepository;
import se.omvarld.port.StaleVersionException;
import se.omvarld.testkit.Fixtures;

/** What every {@link GrantRepository} must do. */
public abstract class GrantRepositoryContract extends PersistenceContract {

    private static final Decision REJECTION = Decision.of(Body.administration("Tillväxt- och utvecklingssektorn"),
            LocalDate.of(2026, 3, 4), "TUS 2026/0012");

    private GrantRepository grants() {
        return persistence().grants();
    }

    @Test
    void a_stored_application_is_found_with_every_field() {
        MunicipalityCode municipality = newMunicipality();
        AssociationGrant application = Fixtures.grant(municipality);

        grants().save(application);

        assertThat(grants().find(municipality, application.id())).contains(application.withVersion(1));
    }

    @Test
    void a_stored_grant_with_decision_amount_and_follow_up_is_found_with_every_field() {
        MunicipalityCode municipality = newMunicipality();
        AssociationGrant followedUp = Fixtures.followedUpGrant(municipality);

        grants().save(followedUp);

        assertThat(grants().find(municipality, followedUp.id())).contains(followedUp.withVersion(1));
    }

    @Test
    void saving_a_new_grant_stores_version_1() {
        MunicipalityCode municipality = newMunicipality();
        AssociationGrant application = Fixtures.grant(municipality);

        AssociationGrant saved = grants().save(application);

        assertThat(saved).isEqualTo(application.withVersion(1));
        assertThat(grants().find(municipality, application.id())).contains(application.withVersion(1));
    }

    @Test
    void each_further_save_increments_the_version_by_one() {
        MunicipalityCode municipality = newMunicipality();
        AssociationGrant first = store(Fixtures.grant(municipality));

        AssociationGrant second = grants().save(first);
        AssociationGrant third = grants().save(second.reject(REJECTION).value());

        assertThat(second.version()).isEqualTo(2);
        assertThat(third.version()).isEqualTo(3);
        assertThat(grants().find(municipality, first.id())).contains(third);
    }

    @Test
    void a_saved_decision_replaces_the_stored_application() {
        MunicipalityCode municipality = newMunicipality();
        AssociationGrant stored = store(Fixtures.grant(municipality));

        AssociationGrant rejected = grants().save(stored.reject(REJECTION).value());

        assertThat(grants().find(municipality, stored.id())).contains(rejected);
    }

    @Test
    void saving_a_stale_version_is_rejected_and_changes_nothing() {
        MunicipalityCode municipality = newMunicipality();
        AssociationGrant readByBoth = store(Fixtures.grant(municipality));
        AssociationGrant winner = grants().save(readByBoth.reject(REJECTION).value());
        AssociationGrant loser = readByBoth.reject(Decision.unreferenced(Body.executiveBoard(), Fixtures.TODAY))
                .value();

        assertThatThrownBy(() -> grants().save(loser)).isInstanceOf(StaleVersionException.class);
        assertThat(grants().find(municipality, readByBoth.id())).contains(winner);
    }

    @Test
    void saving_a_new_grant_under_an_id_already_stored_is_rejected() {
        MunicipalityCode municipality = newMunicipality();
        AssociationGrant stored = store(Fixtures.grant(municipality));
        AssociationGrant newcomer = Fixtures.grant(stored.id(), municipality, LocalDate.of(2026, 1, 5));

        assertThatThrownBy(() -> grants().save(newcomer)).isInstanceOf(StaleVersionException.class);
        assertThat(grants().find(municipality, stored.id())).contains(stored);
    }

    @Test
    void saving_a_change_to_a_grant_never_stored_is_rejected() {
        MunicipalityCode municipality = newMunicipality();
        AssociationGrant neverStored = Fixtures.grant(municipality).withVersion(5);

        assertThatThrownBy(() -> grants().save(neverStored)).isInstanceOf(StaleVersionException.class);
        assertThat(grants().find(municipality, neverStored.id())).isEmpty();
    }

    @Test
    void an_unknown_grant_is_not_found() {
        assertThat(grants().find(newMunicipality(), Fixtures.grantId())).isEmpty();
    }

    @Test
    void all_lists_the_municipality_s_grants_by_application_day_then_id() {
        MunicipalityCode municipality = newMunicipality();
        List<UUID> ids = ascendingIds(2);
        LocalDate sameDay = LocalDate.of(2026, 2, 9);
        AssociationGrant latest = store(Fixtures.grant(municipality, LocalDate.of(2026, 2, 27)));
        AssociationGrant sameDaySecond = store(Fixtures.grant(new GrantId(ids.get(1)), municipality, sameDay));
        AssociationGrant earliest = store(Fixtures.grant(municipality, LocalDate.of(2025, 12, 1)));
        AssociationGrant sameDayFirst = store(Fixtures.grant(new GrantId(ids.get(0)), municipality, sameDay));

        assertThat(grants().all(municipality)).containsExactly(earliest, sameDayFirst, sameDaySecond, latest);
    }

    @Test
    void a_grant_is_not_found_through_another_municipality() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        AssociationGrant ofA = store(Fixtures.grant(a));

        assertThat(grants().find(b, ofA.id())).isEmpty();
    }

    @Test
    void another_municipality_s_listing_excludes_the_grant() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        store(Fixtures.grant(a));
        AssociationGrant ofB = store(Fixtures.followedUpGrant(b));

        assertThat(grants().all(b)).containsExactly(ofB);
    }

    @Test
    void saving_a_grant_under_the_same_id_in_another_municipality_leaves_the_first_unchanged() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        AssociationGrant ofA = store(Fixtures.grant(a));
        AssociationGrant sameIdInB = Fixtures.grant(ofA.id(), b, LocalDate.of(2026, 1, 19));

        AssociationGrant savedInB = grants().save(sameIdInB);

        assertThat(savedInB.version()).isEqualTo(1);
        assertThat(grants().find(b, ofA.id())).contains(savedInB);
        assertThat(grants().find(a, ofA.id())).contains(ofA);
    }
}
