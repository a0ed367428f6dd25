package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Lists;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partner.PartnerKind;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.PartnerQuery;
import se.omvarld.port.PartnerQuery.Sort;
import se.omvarld.port.PartnerRepository;
import se.omvarld.port.PartnerSummary;
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

    // ------------------------------------------------------------------------------- the API's list (list)

    /** The five partners {@link #listed} stores, by their ids' order (P0 has the lowest id). */
    private record Listed(PartnerId p0, PartnerId p1, PartnerId p2, PartnerId p3, PartnerId p4) {
    }

    /**
     * Stores, in neither of the lists' orders, five partners whose ids ascend from P0 to P4:
     * <ul>
     * <li>P0 "Kecskemét", a Hungarian municipality;
     * <li>P1 "Kecskemét", a Hungarian school;
     * <li>P2 "Xindu District", a Chinese region;
     * <li>P3 "Cēsis", a Latvian municipality;
     * <li>P4 "Utena", a Lithuanian municipality.
     * </ul>
     */
    private Listed listed(MunicipalityCode municipality) {
        List<UUID> ids = ascendingIds(5);
        PartnerId p0 = new PartnerId(ids.get(0));
        PartnerId p1 = new PartnerId(ids.get(1));
        PartnerId p2 = new PartnerId(ids.get(2));
        PartnerId p3 = new PartnerId(ids.get(3));
        PartnerId p4 = new PartnerId(ids.get(4));
        store(Partner.register(p4, municipality, PartnerKind.MUNICIPALITY, "Utena", CountryCode.of("LT"), "Utena"));
        store(Partner.register(p1, municipality, PartnerKind.SCHOOL, "Kecskemét", CountryCode.of("HU"),
                "Kecskemét"));
        store(Partner.register(p2, municipality, PartnerKind.REGION, "Xindu District", CountryCode.of("CN"),
                "Xindu District, Chengdu"));
        store(Partner.register(p0, municipality, PartnerKind.MUNICIPALITY, "Kecskemét", CountryCode.of("HU"),
                "Kecskemét"));
        store(Partner.register(p3, municipality, PartnerKind.MUNICIPALITY, "Cēsis", CountryCode.of("LV"), "Cēsis"));
        return new Listed(p0, p1, p2, p3, p4);
    }

    private static PartnerQuery sortedBy(Sort sort) {
        return new PartnerQuery(Optional.empty(), Optional.empty(), sort);
    }

    private Page<PartnerSummary> list(MunicipalityCode municipality, PartnerQuery query, int offset, int limit) {
        return partners().list(municipality, query, new PageRequest(offset, limit));
    }

    private static List<PartnerId> ids(Page<PartnerSummary> page) {
        return page.items().stream().map(PartnerSummary::id).toList();
    }

    @Test
    void list_by_name_orders_by_name_then_id_either_way() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        Page<PartnerSummary> page = list(municipality, PartnerQuery.all(), 0, 10);

        assertThat(ids(page)).containsExactly(l.p3(), l.p0(), l.p1(), l.p4(), l.p2());
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.request()).isEqualTo(new PageRequest(0, 10));
        assertThat(ids(list(municipality, sortedBy(Sort.NAME_DESCENDING), 0, 10)))
                .containsExactly(l.p2(), l.p4(), l.p0(), l.p1(), l.p3());
    }

    @Test
    void list_by_kind_holds_only_the_partners_of_that_kind() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        Page<PartnerSummary> municipalities = list(municipality, new PartnerQuery(
                Optional.of(PartnerKind.MUNICIPALITY), Optional.empty(), Sort.NAME), 0, 10);
        Page<PartnerSummary> companies = list(municipality, new PartnerQuery(Optional.of(PartnerKind.COMPANY),
                Optional.empty(), Sort.NAME), 0, 10);

        assertThat(ids(municipalities)).containsExactly(l.p3(), l.p0(), l.p4());
        assertThat(municipalities.total()).isEqualTo(3);
        assertThat(companies.items()).isEmpty();
        assertThat(companies.total()).isZero();
    }

    @Test
    void list_by_country_holds_only_the_partners_in_that_country() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        Page<PartnerSummary> hungary = list(municipality, new PartnerQuery(Optional.empty(),
                Optional.of(CountryCode.of("HU")), Sort.NAME), 0, 10);

        assertThat(ids(hungary)).containsExactly(l.p0(), l.p1());
        assertThat(hungary.total()).isEqualTo(2);
    }

    @Test
    void list_filters_combine_and_the_total_counts_what_matches_them_all() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        Page<PartnerSummary> page = list(municipality, new PartnerQuery(Optional.of(PartnerKind.MUNICIPALITY),
                Optional.of(CountryCode.of("HU")), Sort.NAME_DESCENDING), 0, 10);

        assertThat(ids(page)).containsExactly(l.p0());
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void a_listed_partner_carries_its_kind_name_country_locality_and_version() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);
        Partner renamed = partners().save(partners().find(municipality, l.p2()).orElseThrow()
                .renamed("Xindu", "Xindu District, Chengdu"));

        PartnerSummary last = list(municipality, PartnerQuery.all(), 4, 1).items().get(0);

        assertThat(last).isEqualTo(new PartnerSummary(l.p2(), PartnerKind.REGION, "Xindu", CountryCode.of("CN"),
                "Xindu District, Chengdu", renamed.version()));
        assertThat(last.version()).isEqualTo(2);
    }

    @Test
    void every_page_of_the_list_is_the_matching_slice_of_the_whole_list_and_tells_the_total() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);
        List<PartnerId> whole = List.of(l.p3(), l.p0(), l.p1(), l.p4(), l.p2());

        for (int offset = 0; offset <= 7; offset++) {
            for (int limit = 1; limit <= 6; limit++) {
                Page<PartnerSummary> page = list(municipality, PartnerQuery.all(), offset, limit);
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

        Page<PartnerSummary> atTheEnd = list(municipality, new PartnerQuery(Optional.of(PartnerKind.MUNICIPALITY),
                Optional.empty(), Sort.NAME), 3, 2);
        Page<PartnerSummary> farBeyond = list(municipality, PartnerQuery.all(), 1_000_000, 500);

        assertThat(atTheEnd.items()).isEmpty();
        assertThat(atTheEnd.total()).isEqualTo(3);
        assertThat(farBeyond.items()).isEmpty();
        assertThat(farBeyond.total()).isEqualTo(5);
    }

    @Test
    void the_list_of_a_municipality_without_partners_is_empty() {
        Page<PartnerSummary> page = list(newMunicipality(), PartnerQuery.all(), 0, 20);

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void the_list_compares_names_as_string_compare_to_does_upper_case_first_and_in_no_locale() {
        MunicipalityCode municipality = newMunicipality();
        TITLES_IN_STORING_ORDER.forEach(name -> store(Fixtures.partner(municipality, name)));

        assertThat(list(municipality, PartnerQuery.all(), 0, 10).items()).extracting(PartnerSummary::name)
                .containsExactlyElementsOf(TITLES_IN_STRING_ORDER);
        assertThat(list(municipality, sortedBy(Sort.NAME_DESCENDING), 0, 10).items()).extracting(PartnerSummary::name)
                .containsExactlyElementsOf(Lists.reverse(TITLES_IN_STRING_ORDER));
    }

    @Test
    void the_list_orders_ids_under_one_name_by_their_text_not_by_uuid_compare_to_in_every_sort() {
        MunicipalityCode municipality = newMunicipality();
        List<UUID> ids = idsInTextOrderThatUuidCompareToReverses();
        for (UUID id : List.of(ids.get(1), ids.get(2), ids.get(0))) {
            store(Partner.register(new PartnerId(id), municipality, PartnerKind.MUNICIPALITY, "Kecskemét",
                    CountryCode.of("HU"), "Kecskemét"));
        }

        for (Sort sort : Sort.values()) {
            assertThat(list(municipality, sortedBy(sort), 0, 10).items()).as(sort.name())
                    .extracting(p -> p.id().value().toString()).containsExactlyElementsOf(texts(ids));
        }
    }

    @Test
    void the_list_never_holds_another_municipality_s_partners() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        listed(a);
        Partner ofB = storedPartner(b);

        Page<PartnerSummary> page = list(b, PartnerQuery.all(), 0, 10);
        Page<PartnerSummary> beyond = list(b, PartnerQuery.all(), 5, 10);

        assertThat(ids(page)).containsExactly(ofB.id());
        assertThat(page.total()).isEqualTo(1);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(1);
        assertThat(list(b, new PartnerQuery(Optional.empty(), Optional.of(CountryCode.of("CN")), Sort.NAME), 0, 10)
                .total()).isZero();
    }
}
