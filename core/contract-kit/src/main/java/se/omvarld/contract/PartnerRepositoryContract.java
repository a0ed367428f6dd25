package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partner.PartnerKind;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.PartnerRepository;
import se.omvarld.port.StaleVersionException;
import se.omvarld.testkit.Fixtures;

/** What every {@link PartnerRepository} must do. */
public abstract class PartnerRepositoryContract extends PersistenceContract {

    private PartnerRepository partners() {
        return persistence().partners();
    }

    @Test
    void a_stored_partner_is_found_with_every_field() {
        MunicipalityCode municipality = newMunicipality();
        Partner saved = partners().save(Fixtures.chinesePartner(municipality));

        assertThat(partners().find(municipality, saved.id())).contains(saved);
    }

    @Test
    void saving_a_new_partner_stores_version_1() {
        MunicipalityCode municipality = newMunicipality();
        Partner partner = Fixtures.partner(municipality);

        Partner saved = partners().save(partner);

        assertThat(saved).isEqualTo(partner.withVersion(1));
        assertThat(partners().find(municipality, partner.id())).contains(partner.withVersion(1));
    }

    @Test
    void each_further_save_increments_the_version_by_one() {
        MunicipalityCode municipality = newMunicipality();
        Partner first = storedPartner(municipality);

        Partner second = partners().save(first.renamed("Kecskemét megyei jogú város", "Kecskemét"));
        Partner third = partners().save(second.renamed("Kecskemét", "Bács-Kiskun"));

        assertThat(second.version()).isEqualTo(2);
        assertThat(third.version()).isEqualTo(3);
        assertThat(partners().find(municipality, first.id())).contains(third);
    }

    @Test
    void a_saved_change_replaces_the_stored_partner() {
        MunicipalityCode municipality = newMunicipality();
        Partner stored = storedPartner(municipality);

        Partner changed = partners().save(stored.renamed("Utena", "Utenos rajonas"));

        assertThat(partners().find(municipality, stored.id())).get()
                .extracting(Partner::name, Partner::locality, Partner::version)
                .containsExactly("Utena", "Utenos rajonas", changed.version());
    }

    @Test
    void saving_a_stale_version_is_rejected_and_changes_nothing() {
        MunicipalityCode municipality = newMunicipality();
        Partner readByBoth = storedPartner(municipality);
        Partner winner = partners().save(readByBoth.renamed("Cesis", "Cēsu novads"));

        assertThatThrownBy(() -> partners().save(readByBoth.renamed("Savigny-le-Temple", "Seine-et-Marne")))
                .isInstanceOf(StaleVersionException.class);
        assertThat(partners().find(municipality, readByBoth.id())).contains(winner);
    }

    @Test
    void saving_a_new_partner_under_an_id_already_stored_is_rejected() {
        MunicipalityCode municipality = newMunicipality();
        Partner stored = storedPartner(municipality);
        Partner newcomer = new Partner(stored.id(), municipality, PartnerKind.MUNICIPALITY, "Rockford",
                CountryCode.of("US"), "Rockford, Illinois", 0);

        assertThatThrownBy(() -> partners().save(newcomer)).isInstanceOf(StaleVersionException.class);
        assertThat(partners().find(municipality, stored.id())).contains(stored);
    }

    @Test
    void saving_a_change_to_a_partner_never_stored_is_rejected() {
        MunicipalityCode municipality = newMunicipality();
        Partner neverStored = Fixtures.partner(municipality).withVersion(3);

        assertThatThrownBy(() -> partners().save(neverStored)).isInstanceOf(StaleVersionException.class);
        assertThat(partners().find(municipality, neverStored.id())).isEmpty();
    }

    @Test
    void an_unknown_partner_is_not_found() {
        MunicipalityCode municipality = newMunicipality();

        assertThat(partners().find(municipality, Fixtures.partnerId())).isEmpty();
    }

    @Test
    void all_lists_the_municipality_s_partners_by_name() {
        MunicipalityCode municipality = newMunicipality();
        Partner utena = store(Fixtures.partner(municipality, "Utena"));
        Partner cesis = store(Fixtures.partner(municipality, "Cesis"));
        Partner kecskemet = store(Fixtures.partner(municipality, "Kecskemét"));

        assertThat(partners().all(municipality)).containsExactly(cesis, kecskemet, utena);
    }

    @Test
    void a_municipality_without_partners_lists_none() {
        assertThat(partners().all(newMunicipality())).isEmpty();
    }

    @Test
    void a_partner_is_not_found_through_another_municipality() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        Partner partnerOfA = storedPartner(a);

        assertThat(partners().find(b, partnerOfA.id())).isEmpty();
    }

    @Test
    void another_municipality_s_listing_excludes_the_partner() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        storedPartner(a);
        Partner partnerOfB = storedPartner(b);

        assertThat(partners().all(b)).containsExactly(partnerOfB);
    }

    @Test
    void saving_a_partner_under_the_same_id_in_another_municipality_leaves_the_first_unchanged() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        Partner partnerOfA = storedPartner(a);
        Partner sameIdInB = new Partner(partnerOfA.id(), b, PartnerKind.MUNICIPALITY, "Utena",
                CountryCode.of("LT"), "Utena", 0);

        Partner savedInB = partners().save(sameIdInB);

        assertThat(savedInB.version()).isEqualTo(1);
        assertThat(partners().find(b, partnerOfA.id())).contains(savedInB);
        assertThat(partners().find(a, partnerOfA.id())).contains(partnerOfA);
    }
}
