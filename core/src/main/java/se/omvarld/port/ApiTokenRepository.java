package se.omvarld.port;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import se.omvarld.domain.access.ApiToken;
import se.omvarld.domain.shared.MunicipalityCode;

/** The API tokens, by their hashes; a token is stored once, and later only revoked. */
public interface ApiTokenRepository {

    /**
     * Stores a new token, or the revocation of a stored one (nothing else about a stored token ever changes); saving
     * a stored token unchanged changes nothing. A token's id is unique in its municipality, its hash in every
     * municipality. Instants are kept to the microsecond.
     *
     * @throws IllegalArgumentException if another token has the same id or hash, or the change is not a revocation
     */
    ApiToken save(ApiToken token);

    Optional<ApiToken> findByHash(String hash);

    Optional<ApiToken> find(MunicipalityCode municipality, String id);

    /** The municipality's tokens, revoked ones included, oldest first, then by id. */
    ImmutableList<ApiToken> of(MunicipalityCode municipality);

    /**
     * The stored municipalities that have no token at all (a revoked one counts as a token), in code order: those a
     * start gives a first admin token. One question to the store, however many municipalities it holds.
     */
    ImmutableList<MunicipalityCode> municipalitiesWithoutTokens();
}
