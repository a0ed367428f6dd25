package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.omvarld.contract.SameAggregate.assertSamePartnership;

import com.google.common.collect.Lists;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partnership.BenefitRiskAnalysis;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.policy.DemocracyPlan;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.PartnershipQuery;
import se.omvarld.port.PartnershipQuery.Sort;
import se.omvarld.port.PartnershipRepository;
import se.omvarld.port.PartnershipSummary;
import se.omvarld.port.StaleVersionException;
import se.omvarld.testkit.Fixtures;

/** What every {@link PartnershipRepository} must do. */
public abstract class PartnershipRepositoryContract extends PersistenceContract {

    private PartnershipRepository partnerships() {
        return persistence().partnerships();
    }

    @Test
    void a_stored_proposal_is_found_with_every_field() {
        MunicipalityCode municipality = newMunicipality();
        Partnership proposal = Fixtures.partnership(storedPartner(municipality));

        partnerships().save(proposal);

        assertSamePartnership(partnerships().find(municipality, proposal.id()).orElseThrow(),
                proposal.withVersion(1));
    }

    @Test
    void a_stored_partnership_with_committees_history_analyses_and_democracy_plans_is_found_with_every_field() {
        MunicipalityCode municipality = newMunicipality();
        Partnership full = Fixtures.fullPartnership(store(Fixtures.chinesePartner(municipality)));

        partnerships().save(full);

        Partnership found = partnerships().find(municipality, full.id()).orElseThrow();
        assertSamePartnership(found, full.withVersion(1));
        assertThat(found.committees()).containsExactlyInAnyOrder(Fixtures.CHILDREN_AND_EDUCATION_COMMITTEE_ID,
                Fixtures.CULTURE_AND_LEISURE_COMMITTEE_ID);
        assertThat(found.analyses()).extracting(BenefitRiskAnalysis::madeOn)
                .containsExactly(LocalDate.of(2024, 11, 20), LocalDate.of(2025, 1, 15));
        assertThat(found.democracyPlans()).extracting(DemocracyPlan::adoptedOn)
                .containsExactly(LocalDate.of(2024, 12, 9), LocalDate.of(2025, 1, 29));
    }

    @Test
    void a_new_analysis_and_plan_are_stored_beside_the_earlier_ones_in_their_order() {
        MunicipalityCode municipality = newMunicipality();
        Partnership stored = store(Fixtures.fullPartnership(store(Fixtures.chinesePartner(municipality))));
        BenefitRiskAnalysis sameDayAsLatest = BenefitRiskAnalysis.of("Uppföljning av nyttan", List.of("Ett mål",
                        "Ett andra mål", "Ett tredje mål"), "Samma partner", "Nytta", "Risk",
                stored.analyses().get(1).madeOn());
        Partnership changed = stored.recordAnalysis(sameDayAsLatest).value()
                .recordDemocracyPlan(Fixtures.democracyPlan(Fixtures.TODAY)).value();

        Partnership saved = partnerships().save(changed);

        Partnership found = partnerships().find(municipality, stored.id()).orElseThrow();
        assertSamePartnership(found, saved);
        assertThat(found.analyses()).hasSize(3).last().isEqualTo(sameDayAsLatest);
        assertThat(found.analyses().subList(0, 2)).isEqualTo(stored.analyses());
        assertThat(found.democracyPlans()).hasSize(3);
    }

    @Test
    void saving_a_new_partnership_stores_version_1() {
        MunicipalityCode municipality = newMunicipality();
        Partnership proposal = Fixtures.partnership(storedPartner(municipality));

        Partnership saved = partnerships().save(proposal);

        assertSamePartnership(saved, proposal.withVersion(1));
        assertThat(partnerships().find(municipality, proposal.id())).get().extracting(Partnership::version)
                .isEqualTo(1L);
    }

    @Test
    void each_further_save_increments_the_version_by_one() {
        MunicipalityCode municipality = newMunicipality();
        Partnership first = storedPartnership(municipality);

        Partnership second = partnerships().save(first.recordAnalysis(Fixtures.analysis(Fixtures.TODAY)).value());
        Partnership third = partnerships().save(Fixtures.terminated(second));

        assertThat(second.version()).isEqualTo(2);
        assertThat(third.version()).isEqualTo(3);
        assertThat(partnerships().find(municipality, first.id())).get().extracting(Partnership::version)
                .isEqualTo(3L);
    }

    @Test
    void a_saved_change_replaces_the_stored_partnership() {
        MunicipalityCode municipality = newMunicipality();
        Partnership stored = storedPartnership(municipality);
        Partnership changed = Fixtures.terminated(stored.recordAnalysis(Fixtures.analysis(Fixtures.TODAY)).value());

        Partnership saved = partnerships().save(changed);

        assertSamePartnership(partnerships().find(municipality, stored.id()).orElseThrow(), saved);
    }

    @Test
    void a_saved_change_that_drops_history_areas_committees_analyses_and_plans_replaces_them() {
        MunicipalityCode municipality = newMunicipality();
        Partnership full = store(Fixtures.fullPartnership(store(Fixtures.chinesePartner(municipality))));
        Partnership restarted = Partnership.restore(full.id(), municipality, full.partner(), full.country(),
                full.kind(), full.title(), Set.of(), Set.of(), Set.of(), full.proposedOn(),
                PartnershipStatus.PROPOSED, List.of(), List.of(), List.of(), true, full.version());

        Partnership saved = partnerships().save(restarted);

        assertSamePartnership(partnerships().find(municipality, full.id()).orElseThrow(), saved);
    }

    @Test
    void saving_a_stale_version_is_rejected_and_changes_nothing() {
        MunicipalityCode municipality = newMunicipality();
        Partnership readByBoth = storedPartnership(municipality);
        Partnership winner = partnerships().save(
                readByBoth.recordAnalysis(Fixtures.analysis(Fixtures.TODAY)).value());

        assertThatThrownBy(() -> partnerships().save(Fixtures.terminated(readByBoth)))
                .isInstanceOf(StaleVersionException.class);
        assertSamePartnership(partnerships().find(municipality, readByBoth.id()).orElseThrow(), winner);
    }

    @Test
    void saving_a_new_partnership_under_an_id_already_stored_is_rejected() {
        MunicipalityCode municipality = newMunicipality();
        Partnership stored = storedPartnership(municipality);
        Partnership newcomer = Fixtures.partnership(stored.id(), storedPartner(municipality), "Vänort Utena");

        assertThatThrownBy(() -> partnerships().save(newcomer)).isInstanceOf(StaleVersionException.class);
        assertSamePartnership(partnerships().find(municipality, stored.id()).orElseThrow(), stored);
    }

    @Test
    void saving_a_change_to_a_partnership_never_stored_is_rejected() {
        MunicipalityCode municipality = newMunicipality();
        Partnership neverStored = Fixtures.partnership(storedPartner(municipality)).withVersion(4);

        assertThatThrownBy(() -> partnerships().save(neverStored)).isInstanceOf(StaleVersionException.class);
        assertThat(partnerships().find(municipality, neverStored.id())).isEmpty();
    }

    @Test
    void an_unknown_partnership_is_not_found() {
        assertThat(partnerships().find(newMunicipality(), Fixtures.partnershipId())).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ listings

    /**
     * Stores five partnerships, two of them under the same title, in an order that is not the listing's, and
     * returns their ids in the listing's order: by title, then id.
     */
    private List<PartnershipId> fivePartnerships(MunicipalityCode municipality) {
        Partner partner = storedPartner(municipality);
        List<UUID> ids = ascendingIds(2);
        PartnershipId greenFirst = new PartnershipId(ids.get(0));
        PartnershipId greenSecond = new PartnershipId(ids.get(1));
        Partnership utena = store(Fixtures.partnership(partner, "Vänort Utena"));
        store(Fixtures.partnership(greenSecond, partner, "Green building A-Z"));
        Partnership xindu = store(Fixtures.partnership(partner, "Samarbetsavtal Xindu"));
        store(Fixtures.partnership(greenFirst, partner, "Green building A-Z"));
        Partnership kabwe = store(Fixtures.partnership(partner, "Kommunalt partnerskap Kabwe"));
        return List.of(greenFirst, greenSecond, kabwe.id(), xindu.id(), utena.id());
    }

    @Test
    void all_lists_the_municipality_s_partnerships_by_title_then_id() {
        MunicipalityCode municipality = newMunicipality();
        List<PartnershipId> expected = fivePartnerships(municipality);

        assertThat(partnerships().all(municipality)).extracting(Partnership::id).containsExactlyElementsOf(expected);
    }

    @Test
    void a_page_holds_at_most_limit_partnerships_from_offset_in_title_then_id_order() {
        MunicipalityCode municipality = newMunicipality();
        List<PartnershipId> expected = fivePartnerships(municipality);

        Page<Partnership> page = partnerships().page(municipality, new PageRequest(1, 3));

        assertThat(page.items()).extracting(Partnership::id).containsExactlyElementsOf(expected.subList(1, 4));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.request()).isEqualTo(new PageRequest(1, 3));
    }

    @Test
    void the_last_page_is_partial() {
        MunicipalityCode municipality = newMunicipality();
        List<PartnershipId> expected = fivePartnerships(municipality);

        Page<Partnership> last = partnerships().page(municipality, new PageRequest(4, 2));

        assertThat(last.items()).extracting(Partnership::id).containsExactly(expected.get(4));
        assertThat(last.total()).isEqualTo(5);
    }

    @Test
    void a_page_beyond_the_end_is_empty_and_still_tells_the_total() {
        MunicipalityCode municipality = newMunicipality();
        fivePartnerships(municipality);

        Page<Partnership> beyond = partnerships().page(municipality, new PageRequest(10, 2));

        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void every_page_is_the_matching_slice_of_the_whole_listing() {
        MunicipalityCode municipality = newMunicipality();
        List<PartnershipId> expected = fivePartnerships(municipality);

        for (int offset = 0; offset <= 7; offset++) {
            for (int limit = 1; limit <= 6; limit++) {
                Page<Partnership> page = partnerships().page(municipality, new PageRequest(offset, limit));
                List<PartnershipId> slice = expected.subList(Math.min(offset, 5), Math.min(offset + limit, 5));
                assertThat(page.items()).as("offset %s, limit %s", offset, limit).extracting(Partnership::id)
                        .containsExactlyElementsOf(slice);
                assertThat(page.total()).as("total at offset %s, limit %s", offset, limit).isEqualTo(5);
            }
        }
    }

    @Test
    void consecutive_pages_list_every_partnership_once() {
        MunicipalityCode municipality = newMunicipality();
        List<PartnershipId> expected = fivePartnerships(municipality);

        List<PartnershipId> paged = new ArrayList<>();
        for (int offset = 0; offset < 5; offset += 2) {
            partnerships().page(municipality, new PageRequest(offset, 2)).items().forEach(p -> paged.add(p.id()));
        }

        assertThat(paged).containsExactlyElementsOf(expected);
    }

    @Test
    void a_municipality_without_partnerships_has_an_empty_first_page() {
        Page<Partnership> page = partnerships().page(newMunicipality(), PageRequest.first(20));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void with_status_lists_only_the_partnerships_in_that_status_by_title_then_id() {
        MunicipalityCode municipality = newMunicipality();
        Partner partner = storedPartner(municipality);
        List<UUID> ids = ascendingIds(2);
        Partnership utena = store(Fixtures.terminated(Fixtures.partnership(partner, "Vänort Utena")));
        Partnership second = store(Fixtures.terminated(
                Fixtures.partnership(new PartnershipId(ids.get(1)), partner, "Green building A-Z")));
        store(Fixtures.partnership(partner, "Samarbetsavtal Xindu"));
        Partnership first = store(Fixtures.terminated(
                Fixtures.partnership(new PartnershipId(ids.get(0)), partner, "Green building A-Z")));
        store(Fixtures.fullPartnership(partner));

        assertThat(partnerships().withStatus(municipality, PartnershipStatus.TERMINATED))
                .extracting(Partnership::id).containsExactly(first.id(), second.id(), utena.id());
        assertThat(partnerships().withStatus(municipality, PartnershipStatus.UNDER_REVIEW)).isEmpty();
    }

    @Test
    void with_status_sees_a_saved_change_of_status() {
        MunicipalityCode municipality = newMunicipality();
        Partnership stored = storedPartnership(municipality);

        partnerships().save(Fixtures.terminated(stored));

        assertThat(partnerships().withStatus(municipality, PartnershipStatus.PROPOSED)).isEmpty();
        assertThat(partnerships().withStatus(municipality, PartnershipStatus.TERMINATED))
                .extracting(Partnership::id).containsExactly(stored.id());
    }

    // ------------------------------------------------------------------ what "by title, then id" means exactly

    /** Stores a partnership under each of {@link #TITLES_IN_STORING_ORDER}. */
    private void partnershipsUnderTitlesACollationWouldReorder(MunicipalityCode municipality) {
        Partner partner = storedPartner(municipality);
        TITLES_IN_STORING_ORDER.forEach(title -> store(Fixtures.partnership(partner, title)));
    }

    /**
     * Stores three partnerships under one title, ids from {@link #idsInTextOrderThatUuidCompareToReverses()} in
     * neither their order nor its reverse, and returns the ids in the listing's order.
     */
    private List<UUID> partnershipsUnderOneTitleWithIdsUuidCompareToWouldReverse(MunicipalityCode municipality) {
        Partner partner = storedPartner(municipality);
        List<UUID> ids = idsInTextOrderThatUuidCompareToReverses();
        for (UUID id : List.of(ids.get(1), ids.get(2), ids.get(0))) {
            store(Fixtures.partnership(new PartnershipId(id), partner, "Green building A-Z"));
        }
        return ids;
    }

    private static List<String> idTexts(List<Partnership> partnerships) {
        return partnerships.stream().map(p -> p.id().value().toString()).toList();
    }

    @Test
    void all_compares_titles_as_string_compare_to_does_upper_case_first_and_in_no_locale() {
        MunicipalityCode municipality = newMunicipality();
        partnershipsUnderTitlesACollationWouldReorder(municipality);

        assertThat(partnerships().all(municipality)).extracting(Partnership::title)
                .containsExactlyElementsOf(TITLES_IN_STRING_ORDER);
    }

    @Test
    void all_orders_ids_under_one_title_by_their_text_not_by_uuid_compare_to() {
        MunicipalityCode municipality = newMunicipality();
        List<UUID> expected = partnershipsUnderOneTitleWithIdsUuidCompareToWouldReverse(municipality);

        assertThat(idTexts(partnerships().all(municipality))).containsExactlyElementsOf(texts(expected));
    }

    @Test
    void a_page_compares_titles_as_string_compare_to_does_upper_case_first_and_in_no_locale() {
        MunicipalityCode municipality = newMunicipality();
        partnershipsUnderTitlesACollationWouldReorder(municipality);

        Page<Partnership> page = partnerships().page(municipality, new PageRequest(1, 2));

        assertThat(page.items()).extracting(Partnership::title)
                .containsExactlyElementsOf(TITLES_IN_STRING_ORDER.subList(1, 3));
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void a_page_orders_ids_under_one_title_by_their_text_not_by_uuid_compare_to() {
        MunicipalityCode municipality = newMunicipality();
        List<UUID> expected = partnershipsUnderOneTitleWithIdsUuidCompareToWouldReverse(municipality);

        Page<Partnership> page = partnerships().page(municipality, new PageRequest(1, 2));

        assertThat(idTexts(page.items())).containsExactlyElementsOf(texts(expected.subList(1, 3)));
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void with_status_compares_titles_as_string_compare_to_does_upper_case_first_and_in_no_locale() {
        MunicipalityCode municipality = newMunicipality();
        partnershipsUnderTitlesACollationWouldReorder(municipality);

        assertThat(partnerships().withStatus(municipality, PartnershipStatus.PROPOSED)).extracting(Partnership::title)
                .containsExactlyElementsOf(TITLES_IN_STRING_ORDER);
    }

    @Test
    void with_status_orders_ids_under_one_title_by_their_text_not_by_uuid_compare_to() {
        MunicipalityCode municipality = newMunicipality();
        List<UUID> expected = partnershipsUnderOneTitleWithIdsUuidCompareToWouldReverse(municipality);

        assertThat(idTexts(partnerships().withStatus(municipality, PartnershipStatus.PROPOSED)))
                .containsExactlyElementsOf(texts(expected));
    }

    // --------------------------------------------------------------------------------------- tenant isolation

    @Test
    void a_partnership_is_not_found_through_another_municipality() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        Partnership ofA = storedPartnership(a);

        assertThat(partnerships().find(b, ofA.id())).isEmpty();
    }

    @Test
    void another_municipality_s_listings_exclude_the_partnership() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        storedPartnership(a);
        Partnership ofB = storedPartnership(b);

        assertThat(partnerships().all(b)).extracting(Partnership::id).containsExactly(ofB.id());
        assertThat(partnerships().withStatus(b, PartnershipStatus.PROPOSED)).extracting(Partnership::id)
                .containsExactly(ofB.id());
        Page<Partnership> page = partnerships().page(b, PageRequest.first(10));
        assertThat(page.items()).extracting(Partnership::id).containsExactly(ofB.id());
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void saving_a_partnership_under_the_same_id_in_another_municipality_leaves_the_first_unchanged() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        Partnership ofA = storedPartnership(a);
        Partnership sameIdInB = Fixtures.partnership(ofA.id(), storedPartner(b), "Vänort Savigny-le-Temple");

        Partnership savedInB = partnerships().save(sameIdInB);

        assertThat(savedInB.version()).isEqualTo(1);
        assertSamePartnership(partnerships().find(b, ofA.id()).orElseThrow(), savedInB);
        assertSamePartnership(partnerships().find(a, ofA.id()).orElseThrow(), ofA);
    }

    // ------------------------------------------------------------------------------- the API's list (list)

    /** The five partnerships {@link #listed} stores, by their ids' order (P0 has the lowest id). */
    private record Listed(Partner hungarian, Partner chinese, PartnershipId p0, PartnershipId p1, PartnershipId p2,
            PartnershipId p3, PartnershipId p4) {

        List<PartnershipId> of(PartnershipId... ids) {
            return List.of(ids);
        }
    }

    /**
     * Stores, in neither of the lists' orders, five partnerships whose ids ascend from P0 to P4:
     * <ul>
     * <li>P0 "Green building A-Z", twin town, Hungary, proposed 2025-09-01, terminated;
     * <li>P1 "Green building A-Z", twin town, Hungary, proposed 2025-09-01;
     * <li>P2 "Vänort Kecskemét", twin town, Hungary, proposed 2025-09-01;
     * <li>P3 "Samarbetsavtal Xindu District", cooperation agreement, China, proposed 2024-11-04, active since
     * 2025-02-12 (reviewed and continued since);
     * <li>P4 "Kommunalt partnerskap Kabwe", municipal partnership, Hungary, proposed 2023-05-10.
     * </ul>
     */
    private Listed listed(MunicipalityCode municipality) {
        Partner hungarian = storedPartner(municipality);
        Partner chinese = store(Fixtures.chinesePartner(municipality));
        List<UUID> ids = ascendingIds(5);
        PartnershipId p0 = new PartnershipId(ids.get(0));
        PartnershipId p1 = new PartnershipId(ids.get(1));
        PartnershipId p2 = new PartnershipId(ids.get(2));
        PartnershipId p3 = new PartnershipId(ids.get(3));
        PartnershipId p4 = new PartnershipId(ids.get(4));
        store(Fixtures.partnership(p2, hungarian, "Vänort Kecskemét"));
        store(proposal(p4, hungarian, PartnershipKind.MUNICIPAL_PARTNERSHIP, "Kommunalt partnerskap Kabwe",
                LocalDate.of(2023, 5, 10)));
        store(Fixtures.terminated(Fixtures.partnership(p0, hungarian, "Green building A-Z")));
        store(withId(Fixtures.fullPartnership(chinese), p3));
        store(Fixtures.partnership(p1, hungarian, "Green building A-Z"));
        return new Listed(hungarian, chinese, p0, p1, p2, p3, p4);
    }

    private static Partnership proposal(PartnershipId id, Partner partner, PartnershipKind kind, String title,
            LocalDate proposedOn) {
        return Partnership.propose(id, partner, kind, title, EnumSet.of(Area.CULTURE),
                EnumSet.of(FundingSource.MUNICIPALITY), Set.of(), proposedOn, true);
    }

    private static Partnership withId(Partnership p, PartnershipId id) {
        return Partnership.restore(id, p.municipality(), p.partner(), p.country(), p.kind(), p.title(), p.areas(),
                p.fundingSources(), p.committees(), p.proposedOn(), p.status(), p.history(), p.analyses(),
                p.democracyPlans(), p.counterpartValuesFormalAgreement(), p.version());
    }

    private static PartnershipQuery sortedBy(Sort sort) {
        return new PartnershipQuery(Optional.empty(), Optional.empty(), Optional.empty(), sort);
    }

    private Page<PartnershipSummary> list(MunicipalityCode municipality, PartnershipQuery query, int offset,
            int limit) {
        return partnerships().list(municipality, query, new PageRequest(offset, limit));
    }

    private static List<PartnershipId> ids(Page<PartnershipSummary> page) {
        return page.items().stream().map(PartnershipSummary::id).toList();
    }

    @Test
    void list_by_title_orders_by_title_then_id() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        Page<PartnershipSummary> page = list(municipality, PartnershipQuery.all(), 0, 10);

        assertThat(ids(page)).containsExactly(l.p0(), l.p1(), l.p4(), l.p3(), l.p2());
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.request()).isEqualTo(new PageRequest(0, 10));
    }

    @Test
    void list_by_title_descending_orders_by_title_downwards_then_id_upwards() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        assertThat(ids(list(municipality, sortedBy(Sort.TITLE_DESCENDING), 0, 10)))
                .containsExactly(l.p2(), l.p3(), l.p4(), l.p0(), l.p1());
    }

    @Test
    void list_by_proposal_day_orders_by_the_day_then_id() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        assertThat(ids(list(municipality, sortedBy(Sort.PROPOSED_ON), 0, 10)))
                .containsExactly(l.p4(), l.p3(), l.p0(), l.p1(), l.p2());
    }

    @Test
    void list_by_proposal_day_descending_orders_by_the_day_downwards_then_id_upwards() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        assertThat(ids(list(municipality, sortedBy(Sort.PROPOSED_ON_DESCENDING), 0, 10)))
                .containsExactly(l.p0(), l.p1(), l.p2(), l.p3(), l.p4());
    }

    @Test
    void list_by_status_holds_only_the_partnerships_in_that_status() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        Page<PartnershipSummary> proposed = list(municipality, new PartnershipQuery(
                Optional.of(PartnershipStatus.PROPOSED), Optional.empty(), Optional.empty(), Sort.TITLE), 0, 10);
        Page<PartnershipSummary> underReview = list(municipality, new PartnershipQuery(
                Optional.of(PartnershipStatus.UNDER_REVIEW), Optional.empty(), Optional.empty(), Sort.TITLE), 0, 10);

        assertThat(ids(proposed)).containsExactly(l.p1(), l.p4(), l.p2());
        assertThat(proposed.total()).isEqualTo(3);
        assertThat(underReview.items()).isEmpty();
        assertThat(underReview.total()).isZero();
    }

    @Test
    void list_by_kind_holds_only_the_partnerships_of_that_kind() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        Page<PartnershipSummary> twinTowns = list(municipality, new PartnershipQuery(Optional.empty(),
                Optional.of(PartnershipKind.TWIN_TOWN), Optional.empty(), Sort.TITLE), 0, 10);

        assertThat(ids(twinTowns)).containsExactly(l.p0(), l.p1(), l.p2());
        assertThat(twinTowns.total()).isEqualTo(3);
    }

    @Test
    void list_by_country_holds_only_the_partnerships_with_that_country() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);

        Page<PartnershipSummary> china = list(municipality, new PartnershipQuery(Optional.empty(), Optional.empty(),
                Optional.of(CountryCode.of("CN")), Sort.TITLE), 0, 10);
        Page<PartnershipSummary> sweden = list(municipality, new PartnershipQuery(Optional.empty(),
                Optional.empty(), Optional.of(CountryCode.of("SE")), Sort.TITLE), 0, 10);

        assertThat(ids(china)).containsExactly(l.p3());
        assertThat(china.total()).isEqualTo(1);
        assertThat(sweden.items()).isEmpty();
        assertThat(sweden.total()).isZero();
    }

    @Test
    void list_filters_combine_and_the_total_counts_what_matches_them_all() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);
        PartnershipQuery query = new PartnershipQuery(Optional.of(PartnershipStatus.PROPOSED),
                Optional.of(PartnershipKind.TWIN_TOWN), Optional.of(CountryCode.of("HU")), Sort.PROPOSED_ON_DESCENDING);

        Page<PartnershipSummary> page = list(municipality, query, 1, 1);

        assertThat(ids(page)).containsExactly(l.p2());
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void a_listed_partnership_carries_its_partner_s_name_and_locality_and_the_day_it_became_active() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);
        Partnership stored = partnerships().find(municipality, l.p3()).orElseThrow();

        PartnershipSummary active = list(municipality, PartnershipQuery.all(), 3, 1).items().get(0);
        PartnershipSummary proposed = list(municipality, PartnershipQuery.all(), 4, 1).items().get(0);

        assertThat(active).isEqualTo(new PartnershipSummary(l.p3(), "Samarbetsavtal Xindu District",
                PartnershipKind.COOPERATION_AGREEMENT, PartnershipStatus.ACTIVE, l.chinese().id(), "Xindu District",
                CountryCode.of("CN"), "Xindu District, Chengdu", LocalDate.of(2024, 11, 4),
                Optional.of(LocalDate.of(2025, 2, 12)), stored.version()));
        assertThat(proposed).isEqualTo(new PartnershipSummary(l.p2(), "Vänort Kecskemét",
                PartnershipKind.TWIN_TOWN, PartnershipStatus.PROPOSED, l.hungarian().id(), "Kecskemét",
                CountryCode.of("HU"), "Kecskemét", LocalDate.of(2025, 9, 1), Optional.empty(), 1));
    }

    @Test
    void a_listed_partnership_shows_its_stored_version() {
        MunicipalityCode municipality = newMunicipality();
        Partnership stored = storedPartnership(municipality);
        partnerships().save(stored.recordAnalysis(Fixtures.analysis(Fixtures.TODAY)).value());

        assertThat(list(municipality, PartnershipQuery.all(), 0, 1).items()).extracting(PartnershipSummary::version)
                .containsExactly(2L);
    }

    @Test
    void every_page_of_the_list_is_the_matching_slice_of_the_whole_list_and_tells_the_total() {
        MunicipalityCode municipality = newMunicipality();
        Listed l = listed(municipality);
        List<PartnershipId> whole = List.of(l.p4(), l.p3(), l.p0(), l.p1(), l.p2());

        for (int offset = 0; offset <= 7; offset++) {
            for (int limit = 1; limit <= 6; limit++) {
                Page<PartnershipSummary> page = list(municipality, sortedBy(Sort.PROPOSED_ON), offset, limit);
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
        PartnershipQuery proposed = new PartnershipQuery(Optional.of(PartnershipStatus.PROPOSED), Optional.empty(),
                Optional.empty(), Sort.TITLE);

        Page<PartnershipSummary> atTheEnd = list(municipality, proposed, 3, 2);
        Page<PartnershipSummary> farBeyond = list(municipality, PartnershipQuery.all(), 1_000_000, 500);

        assertThat(atTheEnd.items()).isEmpty();
        assertThat(atTheEnd.total()).isEqualTo(3);
        assertThat(farBeyond.items()).isEmpty();
        assertThat(farBeyond.total()).isEqualTo(5);
    }

    @Test
    void the_list_of_a_municipality_without_partnerships_is_empty() {
        Page<PartnershipSummary> page = list(newMunicipality(), PartnershipQuery.all(), 0, 20);

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void the_list_compares_titles_as_string_compare_to_does_upper_case_first_and_in_no_locale() {
        MunicipalityCode municipality = newMunicipality();
        partnershipsUnderTitlesACollationWouldReorder(municipality);

        assertThat(list(municipality, PartnershipQuery.all(), 0, 10).items()).extracting(PartnershipSummary::title)
                .containsExactlyElementsOf(TITLES_IN_STRING_ORDER);
        assertThat(list(municipality, sortedBy(Sort.TITLE_DESCENDING), 0, 10).items())
                .extracting(PartnershipSummary::title)
                .containsExactlyElementsOf(Lists.reverse(TITLES_IN_STRING_ORDER));
    }

    @Test
    void the_list_orders_ids_under_one_title_by_their_text_not_by_uuid_compare_to_in_every_sort() {
        MunicipalityCode municipality = newMunicipality();
        List<UUID> expected = partnershipsUnderOneTitleWithIdsUuidCompareToWouldReverse(municipality);

        for (Sort sort : Sort.values()) {
            assertThat(list(municipality, sortedBy(sort), 0, 10).items()).as(sort.name())
                    .extracting(p -> p.id().value().toString()).containsExactlyElementsOf(texts(expected));
        }
    }

    @Test
    void the_list_never_holds_another_municipality_s_partnerships() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        listed(a);
        Partnership ofB = storedPartnership(b);

        Page<PartnershipSummary> page = list(b, PartnershipQuery.all(), 0, 10);
        Page<PartnershipSummary> beyond = list(b, PartnershipQuery.all(), 5, 10);

        assertThat(ids(page)).containsExactly(ofB.id());
        assertThat(page.total()).isEqualTo(1);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(1);
        assertThat(list(b, new PartnershipQuery(Optional.empty(), Optional.empty(),
                Optional.of(CountryCode.of("CN")), Sort.TITLE), 0, 10).total()).isZero();
    }
}
