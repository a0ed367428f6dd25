package se.omvarld.domain.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.Examples;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.UnitId;

class MunicipalityRulesTest {

    private static final Municipality LIDKOPING = Examples.municipality(MunicipalityCode.of("1494"));
    private static final UnitId LIBRARY = UnitId.of("biblioteket");
    private static final Representative ERIK = new Representative("Erik Lund", "bibliotekarie");

    @Test
    void administration_without_a_representative_is_listed_R4() {
        assertThat(LIDKOPING.administrationsWithoutRepresentative()).extracting(Administration::name)
                .containsExactly("Kultur och fritid");
    }

    @Test
    void appointing_a_representative_takes_the_administration_off_the_list_R4() {
        Outcome<Municipality> outcome = LIDKOPING.appointRepresentative("Kultur och fritid", ERIK);

        assertThat(outcome.isAccepted()).isTrue();
        assertThat(outcome.value().administrationsWithoutRepresentative()).isEmpty();
        assertThat(outcome.value().administration("Kultur och fritid").flatMap(Administration::representative))
                .contains(ERIK);
        assertThat(LIDKOPING.administrationsWithoutRepresentative()).hasSize(1);
    }

    @Test
    void a_representative_is_appointed_only_for_an_administration_of_the_municipality_R4() {
        Outcome<Municipality> outcome = LIDKOPING.appointRepresentative("Samhällsbyggnad", ERIK);

        assertThat(outcome.isAccepted()).isFalse();
        assertThat(outcome.refusals()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEmpty();
            assertThat(r.reason()).contains("Samhällsbyggnad");
        });
    }

    @Test
    void a_municipality_cannot_have_a_unit_under_an_unknown_administration() {
        assertThatThrownBy(() -> Municipality.of(MunicipalityCode.of("1494"), "Lidköping",
                Committee.named(List.of("KS")),
                List.of(new Administration("Kommunledning", CommitteeId.of("ks"), Optional.empty())),
                Unit.named(new Unit.Draft("Biblioteket", UnitKind.UNIT, "Kultur och fritid")),
                LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Kultur och fritid");
    }

    @Test
    void a_units_committee_is_found_through_its_administration() {
        assertThat(LIDKOPING.committeeOf(LIBRARY)).contains(CommitteeId.of("kultur-och-fritidsnamnden"));
        assertThat(LIDKOPING.committeeOf(UnitId.of("okand"))).isEmpty();
        assertThat(LIDKOPING.committeeOfUnitNamed("Biblioteket")).contains(CommitteeId.of("kultur-och-fritidsnamnden"));
        assertThat(LIDKOPING.committeeOfUnitNamed("Okänd")).isEmpty();
    }

    @Test
    void a_unit_gets_its_id_from_its_first_name_and_keeps_it_when_renamed() {
        assertThat(LIDKOPING.unitNamed("Barn & Skola").map(Unit::id)).contains(UnitId.of("barn-skola"));

        Municipality renamed = LIDKOPING.renameUnit(LIBRARY, "Stadsbiblioteket").value();

        assertThat(renamed.unit(LIBRARY).map(Unit::name)).contains("Stadsbiblioteket");
        assertThat(renamed.unitName(LIBRARY)).isEqualTo("Stadsbiblioteket");
        assertThat(renamed.unitNamed("Biblioteket")).isEmpty();
        assertThat(renamed.committeeOf(LIBRARY)).contains(CommitteeId.of("kultur-och-fritidsnamnden"));
        assertThat(renamed.units()).extracting(Unit::id).containsExactlyElementsOf(
                LIDKOPING.units().stream().map(Unit::id).toList());
    }

    @Test
    void a_unit_cannot_be_renamed_to_another_units_name() {
        Outcome<Municipality> outcome = LIDKOPING.renameUnit(LIBRARY, " Barn & Skola ");

        assertThat(outcome.isAccepted()).isFalse();
        assertThat(outcome.refusals()).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("another unit is already called 'Barn & Skola'"));
        assertThat(LIDKOPING.renameUnit(LIBRARY, "Biblioteket").isAccepted()).isTrue();
    }

    @Test
    void only_a_unit_of_the_municipality_is_renamed() {
        assertThat(LIDKOPING.renameUnit(UnitId.of("stadsarkivet"), "Arkivet").isAccepted()).isFalse();
    }

    @Test
    void units_whose_names_give_the_same_id_get_distinct_ids_whatever_their_order() {
        Unit.Draft umlaut = new Unit.Draft("Särskolan", UnitKind.SCHOOL, "Barn och skola");
        Unit.Draft plain = new Unit.Draft("Sarskolan", UnitKind.SCHOOL, "Barn och skola");

        List<Unit> one = Unit.named(umlaut, plain);
        List<Unit> other = Unit.named(plain, umlaut);

        assertThat(one).extracting(Unit::id).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id.value()).matches("sarskolan-[0-9a-f]{8}"));
        assertThat(one).containsExactlyInAnyOrderElementsOf(other);
        assertThat(Municipality.of(MunicipalityCode.of("1494"), "Lidköping", LIDKOPING.committees(),
                LIDKOPING.administrations(), one, LocalDate.of(2025, 1, 1)).units()).hasSize(2);
    }

    @Test
    void a_municipality_cannot_have_two_units_with_the_same_id() {
        List<Unit> twice = List.of(new Unit(UnitId.of("skolan"), "Skolan", UnitKind.SCHOOL, "Barn och skola"),
                new Unit(UnitId.of("skolan"), "Skolan i Norr", UnitKind.SCHOOL, "Barn och skola"));

        assertThatThrownBy(() -> Municipality.of(MunicipalityCode.of("1494"), "Lidköping", LIDKOPING.committees(),
                LIDKOPING.administrations(), twice, LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit id 'skolan' appears twice");
    }

    @Test
    void a_committee_gets_its_id_from_its_first_name_and_keeps_it_when_renamed() {
        CommitteeId culture = CommitteeId.of("kultur-och-fritidsnamnden");

        Municipality renamed = LIDKOPING.renameCommittee(culture, "Kultur-, fritids- och turismnämnden").value();

        assertThat(renamed.committee(culture).map(Committee::name)).contains("Kultur-, fritids- och turismnämnden");
        assertThat(renamed.committeeOf(LIBRARY)).contains(culture);
    }

    @Test
    void committees_whose_names_give_the_same_id_get_distinct_ids_whatever_their_order() {
        List<Committee> one = Committee.named(List.of("Miljönämnden", "Miljonämnden"));
        List<Committee> other = Committee.named(List.of("Miljonämnden", "Miljönämnden"));

        assertThat(one).extracting(Committee::id).doesNotHaveDuplicates();
        assertThat(one).containsExactlyInAnyOrderElementsOf(other);
        assertThat(Committee.named(List.of("Barn- och skolnämnden"))).extracting(c -> c.id().value())
                .containsExactly("barn-och-skolnamnden");
    }

    @Test
    void a_committee_cannot_be_renamed_to_another_committees_name() {
        assertThat(LIDKOPING.renameCommittee(CommitteeId.of("kultur-och-fritidsnamnden"), "Barn- och skolnämnden")
                .isAccepted()).isFalse();
    }
}
