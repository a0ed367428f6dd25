package se.omvarld.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

class AuditArgumentsTest {

    @Test
    void every_storable_kind_of_argument_reads_back_equal() {
        ImmutableList<Object> arguments = ImmutableList.of("Kultur: och fritid s3:x\n", 2025L,
                LocalDate.of(2026, 2, 28), Money.sek("1800000.00"), Money.of("0.50", "EUR"), CountryCode.of("HU"),
                Role.UNIT_EDITOR, "");

        assertThat(AuditArguments.decode(AuditArguments.encode(arguments))).isEqualTo(arguments);
    }

    @Test
    void no_arguments_are_an_empty_line() {
        assertThat(AuditArguments.encode(ImmutableList.of())).isEmpty();
        assertThat(AuditArguments.decode("")).isEmpty();
    }

    @Test
    void a_line_the_encoder_could_not_have_written_is_refused() {
        assertThatThrownBy(() -> AuditArguments.decode("s9:short")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditArguments.decode("x1:a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditArguments.decode("s:a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditArguments.decode("d10:2026-13-01")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_enum_outside_omvarld_is_never_loaded() {
        assertThatThrownBy(() -> AuditArguments.decode("e26:java.time.DayOfWeek#MONDAY"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not one of Omvärld's enums");
    }

    @Test
    void a_stored_key_and_arguments_read_back_as_the_wording() {
        Wording wording = Wording.of(WordingKey.AUDIT_ACCOUNT_ROLE, "changed the role to viewer", Role.VIEWER);

        assertThat(AuditArguments.wording(wording.key().key(), AuditArguments.encode(wording.arguments()),
                wording.english())).isEqualTo(wording);
    }

    @Test
    void an_entry_without_a_key_or_with_an_unknown_one_reads_back_in_english() {
        assertThat(AuditArguments.wording(null, null, "registered Kecskemét")).isEqualTo(
                Wording.unkeyed("registered Kecskemét"));
        assertThat(AuditArguments.wording("audit.from-a-later-version", "s1:x", "did something")).isEqualTo(
                Wording.unkeyed("did something"));
    }

    @Test
    void an_entry_refuses_an_argument_no_adapter_could_store() {
        assertThatThrownBy(() -> new AuditEntry(MunicipalityCode.of("1494"), "anna", Instant.EPOCH, "visit", "v1", 1,
                "record", Wording.of(WordingKey.AUDIT_ACCOUNT_REMINDERS_BEFORE, "a reminder 14 days before",
                        Period.ofDays(14))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.time.Period");
    }
}
