package se.omvarld.domain.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.Examples;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.shared.MunicipalityCode;

class OrganisationNumberTest {

    @Test
    void a_number_is_read_with_or_without_its_hyphen() {
        assertThat(OrganisationNumber.parse("212000-1710")).isEqualTo(OrganisationNumber.parse("2120001710"));
        assertThat(OrganisationNumber.parse(" 212000-1710 ").value()).isEqualTo("2120001710");
    }

    @Test
    void a_number_is_written_with_the_hyphen_after_six_digits() {
        assertThat(OrganisationNumber.parse("2120001710")).hasToString("212000-1710");
    }

    @Test
    void the_last_digit_is_the_luhn_check_digit_of_the_first_nine() {
        // 2·2 + 1 + 2·2 + 0 + 0 + 0 + 2·1 + 7 + 2·1 = 20, so 212000-171's check digit is 0; a company's number
        // (AB Volvo, 556036-0793) follows the same rule.
        assertThat(OrganisationNumber.parse("5560360793").value()).isEqualTo("5560360793");
        for (int wrong = 1; wrong <= 9; wrong++) {
            String number = "212000171" + wrong;
            assertThatThrownBy(() -> OrganisationNumber.parse(number)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("check digit");
        }
    }

    @Test
    void anything_but_ten_digits_is_not_a_number() {
        for (String written : List.of("", "212000-171", "212000-17100", "21200-01710", "212000 1710", "21200O1710",
                "212000--1710")) {
            assertThatThrownBy(() -> OrganisationNumber.parse(written)).as(written)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ten digits");
        }
    }

    @Test
    void a_municipality_s_number_begins_212000() {
        assertThat(OrganisationNumber.parseMunicipal("212000-1710").isMunicipality()).isTrue();
        assertThat(OrganisationNumber.parse("556036-0793").isMunicipality()).isFalse();
        assertThatThrownBy(() -> OrganisationNumber.parseMunicipal("556036-0793"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("212000");
    }

    @Test
    void a_municipality_has_no_number_until_it_is_given_one() {
        Municipality municipality = Examples.municipality(MunicipalityCode.of("1494"));
        OrganisationNumber number = OrganisationNumber.parse("212000-1710");

        Outcome<Municipality> identified = municipality.identifiedBy(number);

        assertThat(municipality.organisationNumber()).isEmpty();
        assertThat(identified.value().organisationNumber()).contains(number);
        assertThat(identified.value().withVersion(3).organisationNumber()).contains(number);
        assertThat(identified.value().renameUnit(identified.value().units().get(0).id(), "Nytt namn").value()
                .organisationNumber()).contains(number);
    }

    @Test
    void a_municipality_is_never_identified_by_a_company_s_number() {
        Municipality municipality = Examples.municipality(MunicipalityCode.of("1494"));

        Outcome<Municipality> outcome = municipality.identifiedBy(OrganisationNumber.parse("556036-0793"));

        assertThat(outcome.isAccepted()).isFalse();
        assertThat(outcome.refusals()).singleElement().satisfies(r -> assertThat(r.reason()).contains("212000"));
        assertThatThrownBy(() -> Municipality.restore(municipality.code(), municipality.name(),
                municipality.committees(), municipality.administrations(), municipality.units(),
                LocalDate.of(2025, 1, 1), Optional.of(OrganisationNumber.parse("556036-0793")), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
