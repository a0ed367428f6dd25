package se.omvarld.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.omvarld.domain.access.ApiToken;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.ApiTokenRepository;

/** API tokens in a map keyed by (municipality, id); a hash is unique across every municipality. */
final class InMemoryApiTokenRepository implements ApiTokenRepository {

    private static final Comparator<ApiToken> OLDEST_FIRST = Comparator.comparing(ApiToken::createdAt)
            .thenComparing(ApiToken::id);

    private final MemoryStore store;

    InMemoryApiTokenRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public ApiToken save(ApiToken token) {
        checkNotNull(token, "token is required");
        return store.locked(() -> {
            Scoped<String> key = Scoped.of(token.municipality(), token.id());
            ApiToken stored = store.tokens.get(key);
            if (stored == null) {
                checkArgument(store.tokens.values().stream().noneMatch(t -> t.hash().equals(token.hash())),
                        "another token has the same hash");
                store.tokens.put(key, token);
                return token;
            }
            if (stored.equals(token)) {
                return stored;
            }
            checkArgument(!stored.isRevoked() && token.isRevoked()
                            && stored.revoke(token.revokedAt().orElseThrow()).equals(token),
                    "token %s is stored already; only its revocation can be saved", token.id());
            store.tokens.put(key, token);
            return token;
        });
    }

    @Override
    public Optional<ApiToken> findByHash(String hash) {
        checkNotNull(hash, "hash is required");
        return store.locked(() -> store.tokens.values().stream().filter(t -> t.hash().equals(hash)).findFirst());
    }

    @Override
    public Optional<ApiToken> find(MunicipalityCode municipality, String id) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(id, "id is required");
        return store.locked(() -> Optional.ofNullable(store.tokens.get(Scoped.of(municipality, id))));
    }

    @Override
    public ImmutableList<ApiToken> of(MunicipalityCode municipality) {
        checkNotNull(municipality, "municipality is required");
        return store.locked(() -> store.tokens.values().stream().filter(t -> t.municipality().equals(municipality))
                .sorted(OLDEST_FIRST).collect(ImmutableList.toImmutableList()));
    }

    @Override
    public ImmutableList<MunicipalityCode> municipalitiesWithoutTokens() {
        return store.locked(() -> {
            Set<MunicipalityCode> withTokens = store.tokens.values().stream().map(ApiToken::municipality)
                    .collect(Collectors.toSet());
            return store.municipalities.where(m -> !withTokens.contains(m.code())).stream().map(Municipality::code)
                    .sorted().collect(ImmutableList.toImmutableList());
        });
    }
}
