package se.omvarld.application;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.application.Scenarios.COORDINATOR;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.OrganisationNumber;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.Violation;

class MunicipalityOrganisationNumberTest {

    private static final MunicipalityCode LIDKOPING = MunicipalityCode.of("1494");

    private final Ports ports = TestPorts.on(LocalDate.of(2026, 12, 7));
    private final MunicipalityUseCases municipalities = new MunicipalityUseCases(ports);
    private final Municipality registered = Scenarios.registerLidkoping(ports);

    private Result<Municipality> set(String number, long expectedVersion) {
        return municipalities.setOrganisationNumber(new MunicipalityCommands.SetOrganisationNumber(COORDINATOR,
                "1494", expectedVersion, number));
    }

    @Test
    void the_organisation_number_is_stored_at_the_next_version_and_audited() {
        Result<Municipality> result = set("212000-1710", registered.version());

        assertThat(result.value().organisationNumber()).contains(OrganisationNumber.parse("2120001710"));
        assertThat(ports.municipalities().find(LIDKOPING).orElseThrow().organisationNumber())
                .contains(OrganisationNumber.parse("2120001710"));
        assertThat(result.value().version()).isEqualTo(registered.version() + 1);
        assertThat(ports.audit().of(LIDKOPING, "municipality", "1494")).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("set-organisation-number");
            assertThat(e.change().english()).contains("212000-1710");
        });
    }

    @Test
    void a_number_failing_its_check_digit_is_invalid_and_names_the_field() {
        Result<Municipality> result = set("212000-1711", registered.version());

        assertThat(result).isInstanceOf(Result.Invalid.class);
        assertThat(((Result.Invalid<Municipality>) result).violations()).extracting(Violation::field)
                .containsExactly("organisationNumber");
        assertThat(ports.municipalities().find(LIDKOPING).orElseThrow().organisationNumber()).isEmpty();
    }

    @Test
    void a_company_s_number_is_invalid_for_a_municipality() {
        Result<Municipality> result = set("556036-0793", registered.version());

        assertThat(result).isInstanceOf(Result.Invalid.class);
        assertThat(((Result.Invalid<Municipality>) result).violations().get(0).reason()).contains("212000");
    }

    @Test
    void a_stale_version_is_a_conflict() {
        Result<Municipality> result = set("212000-1710", registered.version() + 1);

        assertThat(result).isInstanceOf(Result.Conflict.class);
    }
}
