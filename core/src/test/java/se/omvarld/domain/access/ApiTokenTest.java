package se.omvarld.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.UnitId;

class ApiTokenTest {

    private static final MunicipalityCode LIDKOPING = MunicipalityCode.of("1494");
    private static final UnitId SCHOOL = UnitId.of("de-la-gardiegymnasiet");
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Instant CREATED = Instant.parse("2026-11-29T10:15:30Z");

    private static ApiToken coordinator() {
        return ApiToken.issue("t-1", LIDKOPING, Role.COORDINATOR, Optional.empty(), "Anna Lindqvist", HASH, CREATED);
    }

    @Test
    void an_issued_token_is_not_revoked() {
        ApiToken token = coordinator();

        assertThat(token.isRevoked()).isFalse();
        assertThat(token.revokedAt()).isEmpty();
        assertThat(token.createdAt()).isEqualTo(CREATED);
    }

    @Test
    void a_unit_editor_s_token_names_its_unit() {
        ApiToken token = ApiToken.issue("t-2", LIDKOPING, Role.UNIT_EDITOR, Optional.of(SCHOOL), "Rektor", HASH,
                CREATED);

        assertThat(token.unit()).contains(SCHOOL);
    }

    @Test
    void a_unit_editor_s_token_without_a_unit_cannot_exist() {
        assertThatThrownBy(() -> ApiToken.issue("t-2", LIDKOPING, Role.UNIT_EDITOR, Optional.empty(), "Rektor",
                HASH, CREATED)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit");
    }

    @Test
    void only_a_unit_editor_s_token_names_a_unit() {
        for (Role role : new Role[] {Role.ADMIN, Role.COORDINATOR, Role.VIEWER}) {
            assertThatThrownBy(() -> ApiToken.issue("t-3", LIDKOPING, role, Optional.of(SCHOOL), "Anna", HASH,
                    CREATED)).as(role.name()).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void the_hash_is_64_lower_case_hex_digits() {
        assertThatThrownBy(() -> ApiToken.issue("t-4", LIDKOPING, Role.VIEWER, Optional.empty(), "Anna",
                HASH.toUpperCase(), CREATED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiToken.issue("t-4", LIDKOPING, Role.VIEWER, Optional.empty(), "Anna",
                HASH.substring(1), CREATED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiToken.issue("t-4", LIDKOPING, Role.VIEWER, Optional.empty(), "Anna",
                "the secret itself", CREATED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiToken.issue("t-4", LIDKOPING, Role.VIEWER, Optional.empty(), "Anna", null,
                CREATED)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void the_owner_is_required_and_at_most_200_characters() {
        assertThatThrownBy(() -> ApiToken.issue("t-5", LIDKOPING, Role.VIEWER, Optional.empty(), " ", HASH,
                CREATED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiToken.issue("t-5", LIDKOPING, Role.VIEWER, Optional.empty(), "x".repeat(201),
                HASH, CREATED)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ApiToken.issue("t-5", LIDKOPING, Role.VIEWER, Optional.empty(), "x".repeat(200), HASH, CREATED)
                .owner()).hasSize(200);
    }

    @Test
    void the_id_is_required() {
        assertThatThrownBy(() -> ApiToken.issue(" ", LIDKOPING, Role.VIEWER, Optional.empty(), "Anna", HASH,
                CREATED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_revoked_token_keeps_everything_else() {
        Instant later = CREATED.plusSeconds(3600);

        ApiToken revoked = coordinator().revoke(later);

        assertThat(revoked.isRevoked()).isTrue();
        assertThat(revoked.revokedAt()).contains(later);
        assertThat(revoked).isEqualTo(new ApiToken("t-1", LIDKOPING, Role.COORDINATOR, Optional.empty(),
                "Anna Lindqvist", HASH, CREATED, Optional.of(later)));
    }

    @Test
    void a_token_can_be_revoked_the_instant_it_was_created() {
        assertThat(coordinator().revoke(CREATED).revokedAt()).contains(CREATED);
    }

    @Test
    void a_revoked_token_stays_revoked_when_it_was() {
        ApiToken revoked = coordinator().revoke(CREATED.plusSeconds(60));

        assertThat(revoked.revoke(CREATED.plusSeconds(120))).isSameAs(revoked);
    }

    @Test
    void a_token_cannot_be_revoked_before_it_was_created() {
        assertThatThrownBy(() -> coordinator().revoke(CREATED.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_admins_and_coordinators_change_the_whole_register() {
        assertThat(Role.ADMIN.changesTheWholeRegister()).isTrue();
        assertThat(Role.COORDINATOR.changesTheWholeRegister()).isTrue();
        assertThat(Role.UNIT_EDITOR.changesTheWholeRegister()).isFalse();
        assertThat(Role.VIEWER.changesTheWholeRegister()).isFalse();
    }
}
