package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static se.omvarld.contract.SameAggregate.assertSameMunicipality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.municipality.Administration;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.OrganisationNumber;
import se.omvarld.domain.municipality.Representative;
import se.omvarld.domain.municipality.Unit;
import se.omvarld.domain.municipality.UnitKind;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.statistics.ReportedFigures;
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
    void a_stored_municipality_keeps_its_organisation_number_and_one_without_has_none() {
        Municipality without = Fixtures.municipality(unusedMunicipalityCode());
        Municipality with = Fixtures.municipality(unusedMunicipalityCode())
                .identifiedBy(OrganisationNumber.parse("212000-1710")).value();

        municipalities().save(without);
        municipalities().save(with);

        assertSameMunicipality(municipalities().find(without.code()).orElseThrow(), without.withVersion(1));
        assertSameMunicipality(municipalities().find(with.code()).orElseThrow(), with.withVersion(1));
        assertThat(municipalities().find(with.code()).orElseThrow().organisationNumber()).map(OrganisationNumber::value)
                .contains("2120001710");
    }

    @Test
    void a_corrected_organisation_number_replaces_the_stored_one() {
        Municipality stored = municipalities().save(Fixtures.municipality(unusedMunicipalityCode())
                .identifiedBy(OrganisationNumber.parse("212000-1710")).value());
        Municipality corrected = stored.identifiedBy(OrganisationNumber.parse("212000-9994")).value();

        Municipality saved = municipalities().save(corrected);

        assertSameMunicipality(municipalities().find(stored.code()).orElseThrow(), saved);
        assertThat(saved.organisationNumber()).map(OrganisationNumber::value).contains("2120009994");
    }

    @Test
    void a_stored_municipality_exists_and_an_unknown_code_does_not() {
        Municipality municipality = Fixtures.municipality(unusedMunicipalityCode());
        MunicipalityCode unknown = unusedMunicipalityCode();

        municipalities().save(municipality);

        assertThat(municipalities().exists(municipality.code())).isTrue();
        assertThat(municipalities().exists(unknown)).isFalse();
    }

    @Test
    void a_stored_municipality_keeps_its_committee_ids_and_the_day_it_was_registered() {
        Municipality base = Fixtures.municipality(unusedMunicipalityCode());
        Municipality municipality = Municipality.of(base.code(), base.name(),
                Committee.named(List.of("Miljönämnden", "Miljonämnden", "Barn- och utbildningsnämnden")),
                List.of(new Administration("Miljöförvaltningen",
                        Committee.named(List.of("Miljönämnden", "Miljonämnden")).get(1).id(), Optional.empty())),
                List.of(), LocalDate.of(2026, 2, 3));

        municipalities().save(municipality);

        Municipality found = municipalities().find(municipality.code()).orElseThrow();
        assertSameMunicipality(found, municipality.withVersion(1));
        assertThat(found.registeredOn()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(found.committees()).extracting(c -> c.id().value()).doesNotHaveDuplicates()
                .contains("barn-och-utbildningsnamnden");
        assertThat(found.committees().subList(0, 2))
                .allSatisfy(c -> assertThat(c.id().value()).startsWith("miljonamnden-"));
    }

    @Test
    void a_renamed_committee_keeps_its_id_and_its_administrations() {
        Municipality stored = storedMunicipality();
        Municipality renamed = stored.renameCommittee(Fixtures.CHILDREN_AND_EDUCATION_COMMITTEE_ID,
                "Utbildningsnämnden").value();

        Municipality saved = municipalities().save(renamed);

        Municipality found = municipalities().find(stored.code()).orElseThrow();
        assertSameMunicipality(found, saved);
        assertThat(found.committee(Fixtures.CHILDREN_AND_EDUCATION_COMMITTEE_ID)).get()
                .extracting(Committee::name).isEqualTo("Utbildningsnämnden");
        assertThat(found.administration(Fixtures.CHILDREN_AND_EDUCATION_ADMINISTRATION)).get()
                .extracting(Administration::committee).isEqualTo(Fixtures.CHILDREN_AND_EDUCATION_COMMITTEE_ID);
    }

    @Test
    void a_stored_municipality_keeps_its_unit_ids_also_where_two_names_give_the_same_id() {
        Municipality base = Fixtures.municipality(unusedMunicipalityCode());
        Municipality municipality = Municipality.of(base.code(), base.name(), base.committees(),
                base.administrations(),
                Unit.named(new Unit.Draft("Särskolan", UnitKind.SCHOOL, Fixtures.CHILDREN_AND_EDUCATION_ADMINISTRATION),
                        new Unit.Draft("Barn & Skola", UnitKind.UNIT, Fixtures.CHILDREN_AND_EDUCATION_ADMINISTRATION),
                        new Unit.Draft("Sarskolan", UnitKind.SCHOOL, Fixtures.CULTURE_AND_LEISURE_ADMINISTRATION)),
                base.registeredOn());

        municipalities().save(municipality);

        Municipality found = municipalities().find(municipality.code()).orElseThrow();
        assertSameMunicipality(found, municipality.withVersion(1));
        assertThat(found.units()).extracting(u -> u.id().value()).doesNotHaveDuplicates().contains("barn-skola");
        assertThat(List.of(found.units().get(0), found.units().get(2)))
                .allSatisfy(u -> assertThat(u.id().value()).startsWith("sarskolan-"));
    }

    @Test
    void a_renamed_unit_keeps_its_id_kind_and_administration() {
        Municipality stored = storedMunicipality();
        Municipality renamed = stored.renameUnit(Fixtures.LIBRARY_ID, "Stadsbiblioteket").value();

        Municipality saved = municipalities().save(renamed);

        Municipality found = municipalities().find(stored.code()).orElseThrow();
        assertSameMunicipality(found, saved);
        assertThat(found.unit(Fixtures.LIBRARY_ID)).get().satisfies(u -> {
            assertThat(u.name()).isEqualTo("Stadsbiblioteket");
            assertThat(u.kind()).isEqualTo(UnitKind.UNIT);
            assertThat(u.administration()).isEqualTo(Fixtures.CULTURE_AND_LEISURE_ADMINISTRATION);
        });
        assertThat(found.unitNamed(Fixtures.LIBRARY)).isEmpty();
        assertThat(found.units()).extracting(Unit::id).containsExactlyElementsOf(
                stored.units().stream().map(Unit::id).toList());
    }

    @Test
    void an_added_committee_is_stored_after_the_others() {
        Municipality stored = storedMunicipality();

        Municipality saved = municipalities().save(stored.addCommittee("Miljö- och byggnadsnämnden").value());

        Municipality found = municipalities().find(stored.code()).orElseThrow();
        assertSameMunicipality(found, saved);
        assertThat(found.committees()).last().extracting(c -> c.id().value())
                .isEqualTo("miljo-och-byggnadsnamnden");
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

    // ------------------------------------------------------------------------------------- the register version

    @Test
    void the_register_version_of_a_municipality_never_stored_is_0() {
        assertThat(municipalities().registerVersion(unusedMunicipalityCode())).isZero();
    }

    @Test
    void the_register_version_changes_with_every_save_of_every_kind_of_record_in_the_register() {
        Municipality municipality = storedMunicipality();
        MunicipalityCode code = municipality.code();
        List<Long> versions = new ArrayList<>();
        versions.add(municipalities().registerVersion(code));
        List<Supplier<?>> saves = List.of(
                () -> municipalities().save(municipality),
                () -> storedPartner(code),
                () -> storedPartnership(code),
                () -> storedProject(code),
                () -> store(Fixtures.call(storedProgramme(code))),
                () -> store(Fixtures.grant(code)),
                () -> store(Fixtures.visit(code)),
                () -> store(Fixtures.obligationRecord(code)),
                () -> store(new ReportedFigures(code, 2015, 98, Money.sek("1800000.00"), "Årsredovisning 2015", 0)));

        for (Supplier<?> save : saves) {
            save.get();
            versions.add(municipalities().registerVersion(code));
        }

        assertThat(versions.get(0)).as("after the municipality's first save").isPositive();
        assertThat(versions).as("one version per state of the register").doesNotHaveDuplicates();
    }

    @Test
    void the_register_version_changes_with_a_change_to_a_stored_record() {
        MunicipalityCode code = newMunicipality();
        Partner partner = storedPartner(code);
        long before = municipalities().registerVersion(code);

        persistence().partners().save(partner.renamed("Utena", "Utena"));

        assertThat(municipalities().registerVersion(code)).isNotEqualTo(before);
    }

    @Test
    void the_register_version_follows_its_own_municipality_only() {
        MunicipalityCode code = newMunicipality();
        MunicipalityCode other = newMunicipality();
        long before = municipalities().registerVersion(code);

        storedProgramme(other);
        storedPartner(other);

        assertThat(municipalities().registerVersion(code)).isEqualTo(before);
    }

    @Test
    void work_that_throws_leaves_the_register_version_as_it_was() {
        MunicipalityCode code = newMunicipality();
        FundingProgramme programme = storedProgramme(code);
        long before = municipalities().registerVersion(code);

        Throwable failure = catchThrowable(() -> persistence().transactions()
                .inTransaction(() -> {
                    persistence().partners().save(Fixtures.partner(code));
                    persistence().funding().save(Fixtures.call(programme));
                    throw new IllegalStateException("the work failed after its saves");
                }));

        assertThat(failure).hasMessage("the work failed after its saves");
        assertThat(municipalities().registerVersion(code)).isEqualTo(before);
    }

    @Test
    void a_stale_save_leaves_the_register_version_as_it_was() {
        MunicipalityCode code = newMunicipality();
        Partner partner = storedPartner(code);
        persistence().partners().save(partner.renamed("Utena", "Utena"));
        long before = municipalities().registerVersion(code);

        assertThatThrownBy(() -> persistence().partners().save(partner.renamed("Alytus", "Alytus")))
                .isInstanceOf(StaleVersionException.class);

        assertThat(municipalities().registerVersion(code)).isEqualTo(before);
    }

    @Test
    void work_reads_the_register_version_its_own_saves_raised() {
        MunicipalityCode code = newMunicipality();
        long before = municipalities().registerVersion(code);

        long inside = persistence().transactions().inTransaction(() -> {
            storedPartner(code);
            return municipalities().registerVersion(code);
        });

        assertThat(inside).isNotEqualTo(before).isEqualTo(municipalities().registerVersion(code));
    }
}
