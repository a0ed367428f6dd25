package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.omvarld.contract.SameAggregate.assertSameMunicipality;

import org.junit.jupiter.api.Test;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.Representative;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.MunicipalityRepository;
import se.omvarld.port.StaleVersionException;
import se.omvarld.testkit.Fixtures;

/**
 * What every {@link MunicipalityRepository} must do. A municipality is the tenant: its code is its id, so there is no
 * "same id in another municipality"; isolation here means a code finds its own municipality and no other.
 */
public abstract class MunicipalityRepositoryContract extends PersistenceContract {

    private MunicipalityRepository municipalities() {
        return persistence().municipalities();
    }

    @Test
    void a_stored_municipality_is_found_with_its_whole_organisation() {
        Municipality municipality = Fixtures.municipality(unusedMunicipalityCode());

        municipalities().save(municipality);

        assertSameMunicipality(municipalities().find(municipality.code()).orElseThrow(), municipality.withVersion(1));
    }

    @Test
    void a_stored_municipality_without_organisation_is_found_as_it_was() {
        Municipality municipality = Fixtures.emptyMunicipality(unusedMunicipalityCode());

        municipalities().save(municipality);

        assertSameMunicipality(municipalities().find(municipality.code()).orElseThrow(), municipality.withVersion(1));
    }

    @Test
    void saving_a_new_municipality_stores_version_1() {
        Municipality municipality = Fixtures.municipality(unusedMunicipalityCode());

        Municipality saved = municipalities().save(municipality);

        assertSameMunicipality(saved, municipality.withVersion(1));
        assertThat(municipalities().find(municipality.code())).get().extracting(Municipality::version).isEqualTo(1L);
    }

    @Test
    void each_further_save_increments_the_version_by_one() {
        Municipality first = storedMunicipality();

        Municipality second = municipalities().save(first);
        Municipality third = municipalities().save(second);

        assertThat(second.version()).isEqualTo(2);
        assertThat(third.version()).isEqualTo(3);
        assertThat(municipalities().find(first.code())).get().extracting(Municipality::version).isEqualTo(3L);
    }

    @Test
    void a_saved_change_replaces_the_stored_organisation() {
        Municipality stored = storedMunicipality();
        Municipality changed = stored.appointRepresentative(Fixtures.SOCIAL_ADMINISTRATION,
                new Representative("Maria Svensson", "Enhetschef")).value();

        Municipality saved = municipalities().save(changed);

        assertSameMunicipality(municipalities().find(stored.code()).orElseThrow(), saved);
        assertThat(municipalities().find(stored.code()).orElseThrow().administrationsWithoutRepresentative())
                .isEmpty();
    }

    @Test
    void saving_a_stale_version_is_rejected_and_changes_nothing() {
        Municipality readByBoth = storedMunicipality();
        Municipality winner = municipalities().save(readByBoth.appointRepresentative(
                Fixtures.SOCIAL_ADMINISTRATION, new Representative("Maria Svensson", "Enhetschef")).value());
        Municipality loser = readByBoth.appointRepresentative(Fixtures.SOCIAL_ADMINISTRATION,
                new Representative("Per Holm", "Socialchef")).value();

        assertThatThrownBy(() -> municipalities().save(loser)).isInstanceOf(StaleVersionException.class);
        assertSameMunicipality(municipalities().find(readByBoth.code()).orElseThrow(), winner);
    }

    @Test
    void saving_a_new_municipality_under_a_code_already_stored_is_rejected() {
        Municipality stored = storedMunicipality();
        Municipality newcomer = Fixtures.emptyMunicipality(stored.code());

        assertThatThrownBy(() -> municipalities().save(newcomer)).isInstanceOf(StaleVersionException.class);
        assertSameMunicipality(municipalities().find(stored.code()).orElseThrow(), stored);
    }

    @Test
    void saving_a_change_to_a_municipality_never_stored_is_rejected() {
        Municipality neverStored = Fixtures.municipality(unusedMunicipalityCode()).withVersion(2);

        assertThatThrownBy(() -> municipalities().save(neverStored)).isInstanceOf(StaleVersionException.class);
        assertThat(municipalities().find(neverStored.code())).isEmpty();
    }

    @Test
    void an_unknown_code_is_not_found() {
        assertThat(municipalities().find(unusedMunicipalityCode())).isEmpty();
    }

    @Test
    void each_code_finds_its_own_municipality_only() {
        Municipality a = store(Fixtures.municipality(unusedMunicipalityCode()));
        Municipality b = store(Fixtures.emptyMunicipality(unusedMunicipalityCode()));

        assertSameMunicipality(municipalities().find(a.code()).orElseThrow(), a);
        assertSameMunicipality(municipalities().find(b.code()).orElseThrow(), b);
    }

    @Test
    void all_lists_every_stored_municipality_at_its_stored_version() {
        Municipality a = storedMunicipality();
        Municipality b = municipalities().save(storedMunicipality());
        MunicipalityCode never = unusedMunicipalityCode();

        assertThat(municipalities().all()).extracting(Municipality::code).contains(a.code(), b.code())
                .doesNotContain(never);
        assertThat(municipalities().all()).filteredOn(m -> m.code().equals(b.code()))
                .singleElement().extracting(Municipality::version).isEqualTo(2L);
    }
}
