package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.omvarld.contract.SameAggregate.assertSameProgramme;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.FundingRepository;
import se.omvarld.port.StaleVersionException;
import se.omvarld.testkit.Fixtures;

/** What every {@link FundingRepository} must do, for programmes and for their calls. */
public abstract class FundingRepositoryContract extends PersistenceContract {

    private FundingRepository funding() {
        return persistence().funding();
    }

    private static FundingProgramme renamed(FundingProgramme p, String name, String rate) {
        return new FundingProgramme(p.id(), p.municipality(), name, p.funder(), p.source(), p.currency(),
                new BigDecimal(rate), p.eligibleAreas(), p.version());
    }

    private static Call withDeadline(Call c, LocalDate deadline) {
        return new Call(c.id(), c.municipality(), c.programme(), c.title(), c.areas(), c.opens(), deadline,
                c.version());
    }

    // ---------------------------------------------------------------------------------------------- programmes

    @Test
    void a_stored_programme_is_found_with_every_field() {
        MunicipalityCode municipality = newMunicipality();
        FundingProgramme erasmus = Fixtures.programme(municipality);

        funding().save(erasmus);

        assertSameProgramme(funding().findProgramme(municipality, erasmus.id()).orElseThrow(),
                erasmus.withVersion(1));
    }

    @Test
    void a_stored_programme_open_to_every_area_is_found_without_eligible_areas() {
        MunicipalityCode municipality = newMunicipality();
        FundingProgramme nordplus = Fixtures.nordplus(municipality);

        funding().save(nordplus);

        assertSameProgramme(funding().findProgramme(municipality, nordplus.id()).orElseThrow(),
                nordplus.withVersion(1));
    }

    @Test
    void saving_a_new_programme_stores_version_1() {
        MunicipalityCode municipality = newMunicipality();
        FundingProgramme erasmus = Fixtures.programme(municipality);

        FundingProgramme saved = funding().save(erasmus);

        assertSameProgramme(saved, erasmus.withVersion(1));
        assertThat(funding().findProgramme(municipality, erasmus.id())).get()
                .extracting(FundingProgramme::version).isEqualTo(1L);
    }

    @Test
    void each_further_save_of_a_programme_increments_the_version_by_one() {
        MunicipalityCode municipality = newMunicipality();
        FundingProgramme first = storedProgramme(municipality);

        FundingProgramme second = funding().save(renamed(first, "Erasmus+ 2021-2027", "0.80"));
        FundingProgramme third = funding().save(renamed(second, "Erasmus+ 2021-2027", "0.70"));

        assertThat(second.version()).isEqualTo(2);
        assertThat(third.version()).isEqualTo(3);
        assertSameProgramme(funding().findProgramme(municipality, first.id()).orElseThrow(), third);
    }

    @Test
    void saving_a_stale_programme_is_rejected_and_changes_nothing() {
        MunicipalityCode municipality = newMunicipality();
        FundingProgramme readByBoth = storedProgramme(municipality);
        FundingProgramme winner = funding().save(renamed(readByBoth, "Erasmus+ 2021-2027", "0.80"));

        assertThatThrownBy(() -> funding().save(renamed(readByBoth, "Erasmus+ Idrott", "0.60")))
                .isInstanceOf(StaleVersionException.class);
        assertSameProgramme(funding().findProgramme(municipality, readByBoth.id()).orElseThrow(), winner);
    }

    @Test
    void saving_a_new_programme_under_an_id_already_stored_is_rejected() {
        MunicipalityCode municipality = newMunicipality();
        FundingProgramme stored = storedProgramme(municipality);
        FundingProgramme newcomer = Fixtures.nordplus(municipality);
        FundingProgramme sameId = new FundingProgramme(stored.id(), municipality, newcomer.name(), newcomer.funder(),
                newcomer.source(), newcomer.currency(), newcomer.coFinancingRate(), newcomer.eligibleAreas(), 0);

        assertThatThrownBy(() -> funding().save(sameId)).isInstanceOf(StaleVersionException.class);
        assertSameProgramme(funding().findProgramme(municipality, stored.id()).orElseThrow(), stored);
    }

    @Test
    void saving_a_change_to_a_programme_never_stored_is_rejected() {
        MunicipalityCode municipality = newMunicipality();
        FundingProgramme neverStored = Fixtures.programme(municipality).withVersion(2);

        assertThatThrownBy(() -> funding().save(neverStored)).isInstanceOf(StaleVersionException.class);
        assertThat(funding().findProgramme(municipality, neverStored.id())).isEmpty();
    }

    @Test
    void an_unknown_programme_is_not_found() {
        assertThat(funding().findProgramme(newMunicipality(), Fixtures.programmeId())).isEmpty();
    }

    @Test
    void programmes_lists_the_municipality_s_programmes_by_name() {
        MunicipalityCode municipality = newMunicipality();
        FundingProgramme nordplus = store(Fixtures.nordplus(municipality));
        FundingProgramme erasmus = store(Fixtures.programme(municipality, "Erasmus+"));
        FundingProgramme interreg = store(Fixtures.programme(municipality, "Interreg"));

        assertThat(funding().programmes(municipality)).extracting(FundingProgramme::id)
                .containsExactly(erasmus.id(), interreg.id(), nordplus.id());
    }

    // --------------------------------------------------------------------------------------------------- calls

    @Test
    void a_stored_call_is_found_with_every_field() {
        MunicipalityCode municipality = newMunicipality();
        Call call = Fixtures.call(storedProgramme(municipality));

        funding().save(call);

        assertThat(funding().findCall(municipality, call.id())).contains(call.withVersion(1));
    }

    @Test
    void saving_a_new_call_stores_version_1() {
        MunicipalityCode municipality = newMunicipality();
        Call call = Fixtures.call(storedProgramme(municipality));

        Call saved = funding().save(call);

        assertThat(saved).isEqualTo(call.withVersion(1));
        assertThat(funding().findCall(municipality, call.id())).contains(call.withVersion(1));
    }

    @Test
    void each_further_save_of_a_call_increments_the_version_by_one() {
        MunicipalityCode municipality = newMunicipality();
        Call first = store(Fixtures.call(storedProgramme(municipality)));

        Call second = funding().save(withDeadline(first, LocalDate.of(2026, 5, 20)));
        Call third = funding().save(withDeadline(second, LocalDate.of(2026, 6, 3)));

        assertThat(second.version()).isEqualTo(2);
        assertThat(third.version()).isEqualTo(3);
        assertThat(funding().findCall(municipality, first.id())).contains(third);
    }

    @Test
    void saving_a_stale_call_is_rejected_and_changes_nothing() {
        MunicipalityCode municipality = newMunicipality();
        Call readByBoth = store(Fixtures.call(storedProgramme(municipality)));
        Call winner = funding().save(withDeadline(readByBoth, LocalDate.of(2026, 5, 20)));

        assertThatThrownBy(() -> funding().save(withDeadline(readByBoth, LocalDate.of(2026, 9, 30))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(funding().findCall(municipality, readByBoth.id())).contains(winner);
    }

    @Test
    void saving_a_new_call_under_an_id_already_stored_is_rejected() {
        MunicipalityCode municipality = newMunicipality();
        FundingProgramme programme = storedProgramme(municipality);
        Call stored = store(Fixtures.call(programme));
        Call sameId = new Call(stored.id(), municipality, programme.id(), "KA2 Partnerskap",
                ImmutableSet.of(Area.YOUTH), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 5), 0);

        assertThatThrownBy(() -> funding().save(sameId)).isInstanceOf(StaleVersionException.class);
        assertThat(funding().findCall(municipality, stored.id())).contains(stored);
    }

    @Test
    void saving_a_change_to_a_call_never_stored_is_rejected() {
        MunicipalityCode municipality = newMunicipality();
        Call neverStored = Fixtures.call(storedProgramme(municipality)).withVersion(2);

        assertThatThrownBy(() -> funding().save(neverStored)).isInstanceOf(StaleVersionException.class);
        assertThat(funding().findCall(municipality, neverStored.id())).isEmpty();
    }

    @Test
    void an_unknown_call_is_not_found() {
        assertThat(funding().findCall(newMunicipality(), Fixtures.callId())).isEmpty();
    }

    @Test
    void a_call_of_a_programme_never_stored_is_rejected() {
        MunicipalityCode municipality = newMunicipality();
        Call call = Fixtures.call(Fixtures.programme(municipality));

        assertThatThrownBy(() -> funding().save(call)).isInstanceOf(IllegalArgumentException.class);
        assertThat(funding().findCall(municipality, call.id())).isEmpty();
    }

    @Test
    void a_call_of_a_programme_stored_only_in_another_municipality_is_rejected() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        FundingProgramme ofA = storedProgramme(a);
        Call call = Fixtures.call(ofA);
        Call inB = new Call(call.id(), b, ofA.id(), call.title(), call.areas(), call.opens(), call.deadline(), 0);

        assertThatThrownBy(() -> funding().save(inB)).isInstanceOf(IllegalArgumentException.class);
        assertThat(funding().findCall(b, call.id())).isEmpty();
        assertThat(funding().calls(a)).isEmpty();
    }

    @Test
    void calls_lists_every_call_of_the_municipality_soonest_deadline_first() {
        MunicipalityCode municipality = newMunicipality();
        FundingProgramme erasmus = storedProgramme(municipality);
        FundingProgramme nordplus = store(Fixtures.nordplus(municipality));
        Call autumn = store(Fixtures.call(erasmus, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 10, 1)));
        Call closed = store(Fixtures.call(nordplus, LocalDate.of(2025, 11, 1), LocalDate.of(2026, 2, 2)));
        Call spring = store(Fixtures.call(nordplus, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 15)));

        assertThat(funding().calls(municipality)).containsExactly(closed, spring, autumn);
    }

    @Test
    void open_calls_are_those_opened_on_or_before_the_day_with_the_deadline_on_or_after_it() {
        MunicipalityCode municipality = newMunicipality();
        FundingProgramme erasmus = storedProgramme(municipality);
        LocalDate day = Fixtures.TODAY;
        Call opensToday = store(Fixtures.call(erasmus, day, day.plusMonths(2)));
        Call closesToday = store(Fixtures.call(erasmus, day.minusMonths(1), day));
        Call openOnlyToday = store(Fixtures.call(erasmus, day, day));
        store(Fixtures.call(erasmus, day.plusDays(1), day.plusMonths(3)));
        store(Fixtures.call(erasmus, day.minusMonths(2), day.minusDays(1)));

        assertThat(funding().openCalls(municipality, day))
                .containsExactlyInAnyOrder(opensToday, closesToday, openOnlyToday);
    }

    @Test
    void open_calls_are_listed_soonest_deadline_first() {
        MunicipalityCode municipality = newMunicipality();
        FundingProgramme erasmus = storedProgramme(municipality);
        LocalDate day = Fixtures.TODAY;
        Call late = store(Fixtures.call(erasmus, day.minusDays(10), day.plusDays(60)));
        Call soon = store(Fixtures.call(erasmus, day.minusDays(30), day.plusDays(3)));
        Call middle = store(Fixtures.call(erasmus, day, day.plusDays(20)));

        assertThat(funding().openCalls(municipality, day)).containsExactly(soon, middle, late);
    }

    // --------------------------------------------------------------------------------------- tenant isolation

    @Test
    void a_programme_is_not_found_through_another_municipality() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        FundingProgramme ofA = storedProgramme(a);

        assertThat(funding().findProgramme(b, ofA.id())).isEmpty();
    }

    @Test
    void a_call_is_not_found_through_another_municipality() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        Call ofA = store(Fixtures.call(storedProgramme(a)));

        assertThat(funding().findCall(b, ofA.id())).isEmpty();
    }

    @Test
    void another_municipality_s_listings_exclude_the_programme_and_its_calls() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        store(Fixtures.call(storedProgramme(a)));
        FundingProgramme ofB = store(Fixtures.nordplus(b));
        Call callOfB = store(Fixtures.call(ofB));

        assertThat(funding().programmes(b)).extracting(FundingProgramme::id).containsExactly(ofB.id());
        assertThat(funding().calls(b)).containsExactly(callOfB);
        assertThat(funding().openCalls(b, LocalDate.of(2026, 3, 2))).containsExactly(callOfB);
    }

    @Test
    void saving_a_programme_under_the_same_id_in_another_municipality_leaves_the_first_unchanged() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        FundingProgramme ofA = storedProgramme(a);
        FundingProgramme nordplus = Fixtures.nordplus(b);
        FundingProgramme sameIdInB = new FundingProgramme(ofA.id(), b, nordplus.name(), nordplus.funder(),
                nordplus.source(), nordplus.currency(), nordplus.coFinancingRate(), nordplus.eligibleAreas(), 0);

        FundingProgramme savedInB = funding().save(sameIdInB);

        assertThat(savedInB.version()).isEqualTo(1);
        assertSameProgramme(funding().findProgramme(b, ofA.id()).orElseThrow(), savedInB);
        assertSameProgramme(funding().findProgramme(a, ofA.id()).orElseThrow(), ofA);
    }

    @Test
    void saving_a_call_under_the_same_id_in_another_municipality_leaves_the_first_unchanged() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        Call ofA = store(Fixtures.call(storedProgramme(a)));
        Call other = Fixtures.call(storedProgramme(b), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30));
        Call sameIdInB = new Call(ofA.id(), b, other.programme(), other.title(), other.areas(), other.opens(),
                other.deadline(), 0);

        Call savedInB = funding().save(sameIdInB);

        assertThat(savedInB.version()).isEqualTo(1);
        assertThat(funding().findCall(b, ofA.id())).contains(savedInB);
        assertThat(funding().findCall(a, ofA.id())).contains(ofA);
    }
}
