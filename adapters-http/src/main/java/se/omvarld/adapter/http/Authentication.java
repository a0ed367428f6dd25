package se.omvarld.adapter.http;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import se.omvarld.domain.access.ApiToken;
import se.omvarld.port.ApiTokenRepository;

/**
 * Finds the caller of a request by its bearer token. A client (by address) that fails {@value #MAX_FAILURES} times
 * within a minute has its further failed attempts answered with 429 until the minute has passed; a valid token still
 * passes, since many users may share one address behind a municipality's firewall, and a 256-bit secret is not
 * guessed. Tokens are remembered for a few seconds so that a busy client costs no query per request; a token revoked
 * here is forgotten at once.
 */
public final class Authentication {

    static final int MAX_FAILURES = 10;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(1);
    private static final Duration REMEMBERED = Duration.ofSeconds(10);

    private final ApiTokenRepository tokens;
    private final Cache<String, AtomicInteger> failures;
    private final Cache<String, Optional<ApiToken>> known;

    public Authentication(ApiTokenRepository tokens, Ticker ticker) {
        this.tokens = tokens;
        this.failures = CacheBuilder.newBuilder().ticker(ticker).expireAfterWrite(FAILURE_WINDOW)
                .maximumSize(100_000).build();
        this.known = CacheBuilder.newBuilder().ticker(ticker).expireAfterWrite(REMEMBERED).maximumSize(10_000)
                .build();
    }

    /** The caller the {@code Authorization} header names, or the problem (401 or 429) that ends the request. */
    Caller authenticate(String authorization, String client) {
        if (authorization == null || authorization.isBlank()) {
            throw unauthorized(client, "the request needs a bearer token: Authorization: Bearer omv_…", false);
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized(client, "the Authorization header must be a bearer token: Bearer omv_…", true);
        }
        String secret = authorization.substring(7).trim();
        Optional<ApiToken> token = TokenSecrets.wellFormed(secret) ? lookUp(TokenSecrets.hash(secret))
                : Optional.empty();
        if (token.isEmpty() || token.get().isRevoked()) {
            throw unauthorized(client, "the token is unknown or revoked", true);
        }
        ApiToken t = token.get();
        return new Caller(t.id(), t.municipality(), t.role(), t.unit(), t.owner());
    }

    /** Forgets a token this service revoked, so that it is refused from the next request on. */
    public void forget(String hash) {
        known.invalidate(hash);
    }

    private Optional<ApiToken> lookUp(String hash) {
        try {
            return known.get(hash, () -> tokens.findByHash(hash));
        } catch (ExecutionException e) {
            throw new IllegalStateException("the token store failed", e.getCause());
        }
    }

    private ProblemException unauthorized(String client, String detail, boolean counts) {
        AtomicInteger failed = failures.getIfPresent(client);
        if (failed != null && failed.get() >= MAX_FAILURES) {
            return new ProblemException(Problem.of(429, "Too many requests",
                    "too many failed authentications from this client: try again in a minute"));
        }
        if (counts) {
            try {
                failures.get(client, AtomicInteger::new).incrementAndGet();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return new ProblemException(Problem.of(401, "Unauthorized", detail));
    }
}
