package se.omvarld.domain.access;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.shared.UnitId;

/**
 * A bearer token for the API, bound to one municipality and one role; a unit editor's token also names its unit.
 * Only the token's SHA-256 hash is kept (64 lower-case hex digits): the secret itself is shown once, when it is
 * created, and can never be read back.
 */
public record ApiToken(String id, MunicipalityCode municipality, Role role, Optional<UnitId> unit, String owner,
        String hash, Instant createdAt, Optional<Instant> revokedAt) {

    public ApiToken {
        id = Text.required("id", id);
        checkNotNull(municipality, "municipality is required");
        checkNotNull(role, "role is required");
        checkNotNull(unit, "unit is required (may be empty)");
        checkArgument(unit.isPresent() == (role == Role.UNIT_EDITOR),
                "a unit editor's token names its unit, and only a unit editor's does");
        owner = Text.required("owner", owner);
        checkArgument(owner.length() <= 200, "owner must be at most 200 characters");
        checkNotNull(hash, "hash is required");
        checkArgument(hash.matches("[0-9a-f]{64}"), "hash must be a SHA-256 hash in 64 lower-case hex digits");
        checkNotNull(createdAt, "createdAt is required");
        checkNotNull(revokedAt, "revokedAt is required (may be empty)");
        revokedAt.ifPresent(at -> checkArgument(!at.isBefore(createdAt), "a token cannot be revoked before it was created"));
    }

    /** A new, unrevoked token. */
    public static ApiToken issue(String id, MunicipalityCode municipality, Role role, Optional<UnitId> unit,
            String owner, String hash, Instant at) {
        return new ApiToken(id, municipality, role, unit, owner, hash, at, Optional.empty());
    }

    public boolean isRevoked() {
        return revokedAt.isPresent();
    }

    /** This token, revoked at {@code at}; a revoked token stays revoked when it was. */
    public ApiToken revoke(Instant at) {
        return isRevoked() ? this : new ApiToken(id, municipality, role, unit, owner, hash, createdAt, Optional.of(at));
    }
}
