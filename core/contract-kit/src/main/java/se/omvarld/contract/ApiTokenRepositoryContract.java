package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.ApiToken;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.ApiTokenRepository;
import se.omvarld.testkit.Fixtures;

/**
 * What every {@link ApiTokenRepository} must do. Instants are kept to the microsecond (as PostgreSQL keeps them):
 * the tokens here are made at whole microseconds.
 */
public abstract class ApiTokenRepositoryContract extends PersistenceContract {

    /** 2026-11-29 10:15:30.123456 UTC: microseconds, which every store keeps. */
    private static final Instant CREATED = Instant.parse("2026-11-29T10:15:30.123456Z");

    private ApiTokenRepository tokens() {
        return persistence().tokens();
    }

    /** The SHA-256 hash of a fresh random secret: unique to this token, in every store. */
    private static String freshHash() {
        return Hashing.sha256().hashString(UUID.randomUUID().toString(), StandardCharsets.UTF_8).toString();
    }

    private static String freshId() {
        return "tok-" + UUID.randomUUID();
    }

    private static ApiToken coordinator(MunicipalityCode municipality, String id, Instant at) {
        return ApiToken.issue(id, municipality, Role.COORDINATOR, Optional.empty(), "Anna Lindqvist", freshHash(),
                at);
    }

    private static ApiToken coordinator(MunicipalityCode municipality) {
        return coordinator(municipality, freshId(), CREATED);
    }

    @Test
    void a_stored_token_is_found_by_its_municipality_and_id() {
        MunicipalityCode municipality = newMunicipality();
        ApiToken token = coordinator(municipality);

        ApiToken saved = tokens().save(token);

        assertThat(saved).isEqualTo(token);
        assertThat(tokens().find(municipality, token.id())).contains(token);
    }

    @Test
    void a_stored_token_is_found_by_its_hash() {
        MunicipalityCode municipality = newMunicipality();
        ApiToken token = store(coordinator(municipality));

        assertThat(tokens().findByHash(token.hash())).contains(token);
        assertThat(tokens().findByHash(freshHash())).isEmpty();
    }

    @Test
    void a_unit_editor_s_token_keeps_its_unit() {
        MunicipalityCode municipality = newMunicipality();
        ApiToken editor = store(ApiToken.issue(freshId(), municipality, Role.UNIT_EDITOR,
                Optional.of(Fixtures.LIBRARY_ID), "Bibliotekarien", freshHash(), CREATED));

        assertThat(tokens().find(municipality, editor.id())).get().extracting(ApiToken::unit)
                .isEqualTo(Optional.of(Fixtures.LIBRARY_ID));
        assertThat(tokens().findByHash(editor.hash())).contains(editor);
    }

    @Test
    void every_role_is_kept() {
        MunicipalityCode municipality = newMunicipality();
        for (Role role : Role.values()) {
            ApiToken token = store(ApiToken.issue(freshId(), municipality, role,
                    role == Role.UNIT_EDITOR ? Optional.of(Fixtures.LIBRARY_ID) : Optional.empty(), "Anna",
                    freshHash(), CREATED));
            assertThat(tokens().find(municipality, token.id())).as(role.name()).contains(token);
        }
    }

    @Test
    void an_unknown_token_is_not_found() {
        assertThat(tokens().find(newMunicipality(), freshId())).isEmpty();
    }

    @Test
    void of_lists_the_municipality_s_tokens_oldest_first_then_by_id_as_string_compare_to_does() {
        MunicipalityCode municipality = newMunicipality();
        ApiToken newest = store(coordinator(municipality, "a-newest", CREATED.plusSeconds(60)));
        ApiToken alpha = store(coordinator(municipality, "alpha", CREATED));
        ApiToken oldest = store(coordinator(municipality, "z-oldest", CREATED.minusSeconds(60)));
        ApiToken bravo = store(coordinator(municipality, "Bravo", CREATED));
        ApiToken revoked = store(coordinator(municipality, "Ängelholm", CREATED).revoke(CREATED.plusSeconds(1)));

        assertThat(tokens().of(municipality)).containsExactly(oldest, bravo, alpha, revoked, newest);
    }

    @Test
    void a_revocation_is_stored() {
        MunicipalityCode municipality = newMunicipality();
        ApiToken token = store(coordinator(municipality));
        ApiToken revoked = token.revoke(CREATED.plusSeconds(3600));

        ApiToken saved = tokens().save(revoked);

        assertThat(saved).isEqualTo(revoked);
        assertThat(tokens().find(municipality, token.id())).contains(revoked);
        assertThat(tokens().findByHash(token.hash())).get().extracting(ApiToken::isRevoked).isEqualTo(true);
        assertThat(tokens().of(municipality)).containsExactly(revoked);
    }

    @Test
    void a_token_stored_revoked_is_found_revoked() {
        MunicipalityCode municipality = newMunicipality();
        ApiToken revoked = store(coordinator(municipality).revoke(CREATED));

        assertThat(tokens().find(municipality, revoked.id())).contains(revoked);
    }

    @Test
    void saving_a_stored_token_unchanged_changes_nothing() {
        MunicipalityCode municipality = newMunicipality();
        ApiToken token = store(coordinator(municipality));
        ApiToken revoked = store(token.revoke(CREATED.plusSeconds(5)));

        assertThat(tokens().save(revoked)).isEqualTo(revoked);
        assertThat(tokens().find(municipality, token.id())).contains(revoked);
    }

    @Test
    void a_change_other_than_a_revocation_is_refused_and_changes_nothing() {
        MunicipalityCode municipality = newMunicipality();
        ApiToken token = store(coordinator(municipality));
        ApiToken otherOwner = new ApiToken(token.id(), municipality, Role.ADMIN, Optional.empty(), "Someone else",
                token.hash(), token.createdAt(), Optional.empty());

        assertThatThrownBy(() -> tokens().save(otherOwner)).isInstanceOf(IllegalArgumentException.class);
        assertThat(tokens().find(municipality, token.id())).contains(token);
    }

    @Test
    void a_revoked_token_cannot_be_unrevoked_nor_revoked_again_at_another_instant() {
        MunicipalityCode municipality = newMunicipality();
        ApiToken token = coordinator(municipality);
        ApiToken revoked = store(token.revoke(CREATED.plusSeconds(5)));

        assertThatThrownBy(() -> tokens().save(token)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens().save(token.revoke(CREATED.plusSeconds(9))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(tokens().find(municipality, token.id())).contains(revoked);
    }

    @Test
    void a_new_token_with_a_hash_already_stored_is_refused_in_any_municipality() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        ApiToken stored = store(coordinator(a));
        ApiToken sameHashInA = ApiToken.issue(freshId(), a, Role.VIEWER, Optional.empty(), "Eve", stored.hash(),
                CREATED);
        ApiToken sameHashInB = ApiToken.issue(freshId(), b, Role.VIEWER, Optional.empty(), "Eve", stored.hash(),
                CREATED);

        assertThatThrownBy(() -> tokens().save(sameHashInA)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens().save(sameHashInB)).isInstanceOf(IllegalArgumentException.class);
        assertThat(tokens().findByHash(stored.hash())).contains(stored);
        assertThat(tokens().of(a)).containsExactly(stored);
        assertThat(tokens().of(b)).isEmpty();
    }

    @Test
    void a_new_token_under_an_id_already_stored_is_refused() {
        MunicipalityCode municipality = newMunicipality();
        ApiToken stored = store(coordinator(municipality));
        ApiToken sameId = coordinator(municipality, stored.id(), CREATED.plusSeconds(1));

        assertThatThrownBy(() -> tokens().save(sameId)).isInstanceOf(IllegalArgumentException.class);
        assertThat(tokens().find(municipality, stored.id())).contains(stored);
        assertThat(tokens().findByHash(sameId.hash())).isEmpty();
    }

    @Test
    void a_token_is_not_found_through_another_municipality() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        ApiToken ofA = store(coordinator(a));

        assertThat(tokens().find(b, ofA.id())).isEmpty();
        assertThat(tokens().of(b)).isEmpty();
    }

    @Test
    void the_same_id_in_another_municipality_is_another_token() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        ApiToken ofA = store(coordinator(a));
        ApiToken ofB = store(coordinator(b, ofA.id(), CREATED));

        assertThat(tokens().find(a, ofA.id())).contains(ofA);
        assertThat(tokens().find(b, ofA.id())).contains(ofB);
        assertThat(tokens().of(a)).containsExactly(ofA);
        assertThat(tokens().of(b)).containsExactly(ofB);
    }

    @Test
    void municipalities_without_tokens_are_those_with_none_not_even_a_revoked_one() {
        MunicipalityCode without = newMunicipality();
        MunicipalityCode with = newMunicipality();
        MunicipalityCode withRevoked = newMunicipality();
        store(coordinator(with));
        store(coordinator(withRevoked).revoke(CREATED));

        assertThat(tokens().municipalitiesWithoutTokens()).contains(without).doesNotContain(with, withRevoked)
                .isSorted();
    }

    @Test
    void a_municipality_leaves_those_without_tokens_with_its_first_token() {
        MunicipalityCode municipality = newMunicipality();
        assertThat(tokens().municipalitiesWithoutTokens()).contains(municipality);

        store(coordinator(municipality));

        assertThat(tokens().municipalitiesWithoutTokens()).doesNotContain(municipality);
    }
}
