package se.omvarld.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.EmailAddress;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.port.Violation;
import se.omvarld.testkit.memory.InMemoryPersistence;

/** Every finding, refusal and invalid field the use cases answer carries a stable key beside its English. */
class WordingKeysTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final MunicipalityCode EKSJO = MunicipalityCode.of("0686");

    /** A command's fields under the constraints the commands use. */
    record Sample(@NotBlank String title, @Size(max = 3) String code,
            @Pattern(regexp = PartnershipCommands.CODE, message = "must be a four-digit municipality code")
            String municipality) {
    }

    private final Ports ports = TestPorts.on(InMemoryPersistence.create(), TODAY, PolicyProfiles.all());

    @Test
    void every_finding_of_the_compliance_check_carries_a_finding_key() {
        Scenarios.registerEksjo(ports);

        List<Finding> findings = new RegisterUseCases(ports).compliance(EKSJO).value();

        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.wording().key().isFinding())
                .as(f.toString()).isTrue());
    }

    @Test
    void a_negative_look_ahead_is_a_keyed_field_error() {
        Result.Invalid<?> invalid = (Result.Invalid<?>) new RegisterUseCases(ports).overview(EKSJO, -1);

        assertThat(invalid.violations()).extracting(v -> v.wording().key()).containsExactly(WordingKey.FIELD_NEGATIVE);
        assertThat(invalid.violations().get(0).reason()).isEqualTo("must not be negative");
    }

    @Test
    void a_value_types_own_check_becomes_the_fields_keyed_error() {
        Input input = new Input();

        input.field("email", () -> EmailAddress.of("not an address"));

        InvalidInput invalid = catchThrowableOfType(input::check, InvalidInput.class);
        assertThat(invalid.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("email");
            assertThat(v.wording().key()).isEqualTo(WordingKey.FIELD_EMAIL_SHAPE);
            assertThat(v.reason()).isEqualTo("email must be an address such as name@kommun.se");
        });
    }

    @Test
    void a_check_without_a_key_falls_back_to_its_english_words() {
        Input input = new Input();

        input.field("anything", () -> {
            throw new IllegalArgumentException("an unkeyed reason");
        });

        InvalidInput invalid = catchThrowableOfType(input::check, InvalidInput.class);
        assertThat(invalid.violations().get(0).wording()).isEqualTo(Wording.unkeyed("an unkeyed reason"));
    }

    @Test
    void a_constraint_is_keyed_by_its_name_with_its_attributes_and_a_pattern_by_what_it_is_for() {
        Map<String, Wording> wordings;
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            wordings = factory.getValidator().validate(new Sample(" ", "ABCD", "14")).stream()
                    .map(ConstraintWording::violation).collect(Collectors.toMap(Violation::field, Violation::wording));
        }

        assertThat(wordings.get("title").key()).isEqualTo(WordingKey.FIELD_CONSTRAINT_NOT_BLANK);
        assertThat(wordings.get("code").key()).isEqualTo(WordingKey.FIELD_CONSTRAINT_SIZE);
        assertThat(wordings.get("code").arguments()).containsExactly(0, 3);
        assertThat(wordings.get("municipality")).isEqualTo(Wording.of(WordingKey.FIELD_PATTERN_MUNICIPALITY_CODE,
                "must be a four-digit municipality code"));
    }
}
