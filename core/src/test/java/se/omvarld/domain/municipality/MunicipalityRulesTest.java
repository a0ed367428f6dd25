package se.omvarld.domain.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.Examples;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.shared.MunicipalityCode;

class MunicipalityRulesTest {

    private static final Municipality LIDKOPING = Examples.municipality(MunicipalityCode.of("1494"));
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
        assertThatThrownBy(() -> Municipality.of(MunicipalityCode.of("1494"), "Lidköping", List.of("KS"),
                List.of(new Administration("Kommunledning", "KS", Optional.empty())),
                List.of(new Unit("Biblioteket", UnitKind.UNIT, "Kultur och fritid"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Kultur och fritid");
    }

    @Test
    void a_units_committee_is_found_through_its_administration() {
        assertThat(LIDKOPING.committeeOf("Biblioteket")).contains("Kultur- och fritidsnämnden");
        assertThat(LIDKOPING.committeeOf("Okänd")).isEmpty();
    }
}
