package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Lists;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.grant.GrantStatus;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.GrantQuery;
import se.omvarld.port.GrantQuery.Sort;
import se.omvarld.port.GrantRepository;
import se.omvarld.port.GrantSummary;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
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

    // ------------------------------------------------------------------------------- the API's list (list)

    /** The five grants {@link #listed} stores, by their ids' order (G0 has the lowest id). */
    private record Listed(GrantId g0, GrantId g1, GrantId g2, GrantId g3, GrantId g4) {
    }

    private static AssociationGrant application(GrantId id, MunicipalityCode municipality, String association,
            LocalDate appliedOn) {
        return AssociationGrant.apply(id, municipality, association, "Ungdomsutbyte om föreningsliv", true,
                Money.sek("40000"), Money.sek("12500.50"),
                DateRange.of(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 29)), appliedOn);
    }

    /**
     * Stores, in none of the lists' orders, five grants whose ids ascend from G0 to G4:
     * <ul>
     * <li>G0 "Föreningen Vänskap Zambia", applied for 2026-02-09, rejected;
     * <li>G1 "Föreningen Vänskap Zambia", applied for 2026-02-09;
     * <li>G2 "Allmänna Idrottsklubben", applied for 2025-11-20;
     * <li>G3 "Eksjö Scoutkår", applied for 2025-03-14, granted 20 000 of 25 000 SEK and followed up;
     * <li>G4 "Lidköpings Musikförening", applied for 2026-01-15.
     * </ul>
     */
    private Listed listed(MunicipalityCode municipality) {
        List<UUID> ids = ascendingIds(5);
        GrantId g0 = new GrantId(ids.get(0));
        GrantId g1 = new GrantId(ids.get(1));
        GrantId g2 = new GrantId(ids.get(2));
        GrantId g3 = new GrantId(ids.get(3));
        GrantId g4 = new GrantId(ids.get(4));
        LocalDate sameDay = LocalDate.of(2026, 2, 9);
        store(application(g2, municipality, "Allmänna Idrottsklubben", LocalDate.of(2025, 11, 20)));
        store(application(g1, municipality, "Föreningen Vänskap Zambia", sameDay));
        store(withId(Fixtures.followedUpGrant(municipality), g3));
        store(application(g4, municipality, "Lidköpings Musikförening", LocalDate.of(2026, 1, 15)));
        store(application(g0, municipality, "Föreningen Vänskap Zambia", sameDay).reject(REJECTION).value());
        return new Listed(g0, g1, g2, g3, g4);
    }

    private static AssociationGrant withId(AssociationGrant g, GrantId id) {
        return AssociationGrant.restore(id, g.municipality(), g.association(), g.purpose(), g.purposeAnchored(),
                g.requested(), g.ownFinancing(), g.exchange(), g.appliedOn(), g.status(), g.decision(), g.granted(),
                g.followUp(), g.version());
    }

    private static GrantQuery sortedBy(Sort sort) {
        return new GrantQuery(Optional.empty(), Optional.empty(), sort);
    }

    private Page<GrantSummary> list(MunicipalityCode municipality, GrantQuery query, int offset, int limit) {
        return grants().list(municipality, query, new PageRequest(offset, limit));
    }

    private static List<GrantId> ids(Page<GrantSummary> page) {
        return page.items().stream().map(GrantSummary::id).toList();
    }

    @Test
    void list_by_application_day_orders_by_the_day_then_id() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        Page<GrantSummary> page = list(municipality, GrantQuery.all(), 0, 10);

        assertThat(ids(page)).containsExactly(l.g3(), l.g2(), l.g4(), l.g0(), l.g1());
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.request()).isEqualTo(new PageRequest(0, 10));
    }

    @Test
    void list_by_application_day_descending_orders_by_the_day_downwards_then_id_upwards() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        assertThat(ids(list(municipality, sortedBy(Sort.APPLIED_ON_DESCENDING), 0, 10)))
                .containsExactly(l.g0(), l.g1(), l.g4(), l.g2(), l.g3());
    }

    @Test
    void list_by_association_orders_by_its_name_then_id_either_way() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        assertThat(ids(list(municipality, sortedBy(Sort.ASSOCIATION), 0, 10)))
                .containsExactly(l.g2(), l.g3(), l.g0(), l.g1(), l.g4());
        assertThat(ids(list(municipality, sortedBy(Sort.ASSOCIATION_DESCENDING), 0, 10)))
                .containsExactly(l.g4(), l.g0(), l.g1(), l.g3(), l.g2());
    }

    @Test
    void list_by_status_holds_only_the_grants_in_that_status() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        Page<GrantSummary> applied = list(municipality, new GrantQuery(Optional.of(GrantStatus.APPLIED),
                Optional.empty(), Sort.APPLIED_ON), 0, 10);
        Page<GrantSummary> granted = list(municipality, new GrantQuery(Optional.of(GrantStatus.GRANTED),
                Optional.empty(), Sort.APPLIED_ON), 0, 10);

        assertThat(ids(applied)).containsExactly(l.g2(), l.g4(), l.g1());
        assertThat(applied.total()).isEqualTo(3);
        assertThat(granted.items()).isEmpty();
        assertThat(granted.total()).isZero();
    }

    @Test
    void list_by_year_holds_only_the_grants_applied_for_in_that_year() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        Page<GrantSummary> in2025 = list(municipality, new GrantQuery(Optional.empty(), Optional.of(2025),
                Sort.APPLIED_ON), 0, 10);
        Page<GrantSummary> in2024 = list(municipality, new GrantQuery(Optional.empty(), Optional.of(2024),
                Sort.APPLIED_ON), 0, 10);

        assertThat(ids(in2025)).containsExactly(l.g3(), l.g2());
        assertThat(in2025.total()).isEqualTo(2);
        assertThat(in2024.items()).isEmpty();
        assertThat(in2024.total()).isZero();
    }

    @Test
    void list_filters_combine_and_the_total_counts_what_matches_them_all() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);
        GrantQuery query = new GrantQuery(Optional.of(GrantStatus.APPLIED), Optional.of(2026),
                Sort.APPLIED_ON_DESCENDING);

        Page<GrantSummary> page = list(municipality, query, 1, 1);

        assertThat(ids(page)).containsExactly(l.g4());
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void a_listed_grant_carries_its_amounts_exchange_days_and_version() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        GrantSummary followedUp = list(municipality, GrantQuery.all(), 0, 1).items().get(0);
        GrantSummary applied = list(municipality, GrantQuery.all(), 1, 1).items().get(0);

        assertThat(followedUp).isEqualTo(new GrantSummary(l.g3(), "Eksjö Scoutkår", GrantStatus.FOLLOWED_UP,
                Money.sek("25000"), Optional.of(Money.sek("20000")), LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 10), LocalDate.of(2025, 3, 14), 1));
        assertThat(applied).isEqualTo(new GrantSummary(l.g2(), "Allmänna Idrottsklubben", GrantStatus.APPLIED,
                Money.sek("40000"), Optional.empty(), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 29),
                LocalDate.of(2025, 11, 20), 1));
    }

    @Test
    void a_listed_grant_shows_its_stored_version() {
        MunicipalityCode municipality = newMunicipality();
        AssociationGrant stored = store(Fixtures.grant(municipality));
        grants().save(stored.reject(REJECTION).value());

        assertThat(list(municipality, GrantQuery.all(), 0, 1).items()).extracting(GrantSummary::version)
                .containsExactly(2L);
    }

    @Test
    void every_page_of_the_list_is_the_matching_slice_of_the_whole_list_and_tells_the_total() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);
        List<GrantId> whole = List.of(l.g3(), l.g2(), l.g4(), l.g0(), l.g1());

        for (int offset = 0; offset <= 7; offset++) {
            for (int limit = 1; limit <= 6; limit++) {
                Page<GrantSummary> page = list(municipality, GrantQuery.all(), offset, limit);
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
        GrantQuery applied = new GrantQuery(Optional.of(GrantStatus.APPLIED), Optional.empty(), Sort.APPLIED_ON);

        Page<GrantSummary> atTheEnd = list(municipality, applied, 3, 2);
        Page<GrantSummary> farBeyond = list(municipality, GrantQuery.all(), 1_000_000, 500);

        assertThat(atTheEnd.items()).isEmpty();
        assertThat(atTheEnd.total()).isEqualTo(3);
        assertThat(farBeyond.items()).isEmpty();
        assertThat(farBeyond.total()).isEqualTo(5);
    }

    @Test
    void the_list_of_a_municipality_without_grants_is_empty() {
        Page<GrantSummary> page = list(newMunicipality(), GrantQuery.all(), 0, 20);

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void the_list_compares_associations_as_string_compare_to_does_upper_case_first_and_in_no_locale() {
        MunicipalityCode municipality = newMunicipality();
        TITLES_IN_STORING_ORDER.forEach(name -> store(application(Fixtures.grantId(), municipality, name,
                LocalDate.of(2026, 2, 9))));

        assertThat(list(municipality, sortedBy(Sort.ASSOCIATION), 0, 10).items())
                .extracting(GrantSummary::association).containsExactlyElementsOf(TITLES_IN_STRING_ORDER);
        assertThat(list(municipality, sortedBy(Sort.ASSOCIATION_DESCENDING), 0, 10).items())
                .extracting(GrantSummary::association)
                .containsExactlyElementsOf(Lists.reverse(TITLES_IN_STRING_ORDER));
    }

    @Test
    void the_list_orders_ids_under_one_day_and_association_by_their_text_not_by_uuid_compare_to_in_every_sort() {
        MunicipalityCode municipality = newMunicipality();
        List<UUID> ids = idsInTextOrderThatUuidCompareToReverses();
        for (UUID id : List.of(ids.get(1), ids.get(2), ids.get(0))) {
            store(application(new GrantId(id), municipality, "Föreningen Vänskap Zambia", LocalDate.of(2026, 2, 9)));
        }

        for (Sort sort : Sort.values()) {
            assertThat(list(municipality, sortedBy(sort), 0, 10).items()).as(sort.name())
                    .extracting(g -> g.id().value().toString()).containsExactlyElementsOf(texts(ids));
        }
    }

    @Test
    void the_list_never_holds_another_municipality_s_grants() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        listed(a);
        AssociationGrant ofB = store(Fixtures.grant(b));

        Page<GrantSummary> page = list(b, GrantQuery.all(), 0, 10);
        Page<GrantSummary> beyond = list(b, GrantQuery.all(), 5, 10);

        assertThat(ids(page)).containsExactly(ofB.id());
        assertThat(page.total()).isEqualTo(1);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(1);
        assertThat(list(b, new GrantQuery(Optional.of(GrantStatus.FOLLOWED_UP), Optional.empty(), Sort.APPLIED_ON),
                0, 10).total()).isZero();
    }
}
