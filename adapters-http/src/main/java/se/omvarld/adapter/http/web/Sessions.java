package se.omvarld.adapter.http.web;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import se.omvarld.domain.report.ReportLanguage;

/**
 * The web app's sessions, in memory: each under a 256-bit random id, ended after {@link WebSettings#sessionIdle()}
 * without a request and {@link WebSettings#sessionMax()} after it began, whatever happens. Signing in ends the
 * session it began in and starts a new one under a new id (a fixed id cannot be planted before sign-in). A restart
 * signs everyone out. At most {@value #MAX_SESSIONS} sessions are kept; beyond that, the least recently used ends.
 */
public final class Sessions {

    /** Bounds the memory that anonymous visits can take; far more than one municipality's coordinators. */
    static final int MAX_SESSIONS = 100_000;
    private static final int ID_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final Ticker ticker;
    private final long maxNanos;
    private final Cache<String, Session> sessions;

    public Sessions(WebSettings settings, Ticker ticker) {
        this.ticker = checkNotNull(ticker, "ticker is required");
        this.maxNanos = settings.sessionMax().toNanos();
        this.sessions = CacheBuilder.newBuilder().ticker(ticker).maximumSize(MAX_SESSIONS)
                .expireAfterAccess(settings.sessionIdle().toNanos(), TimeUnit.NANOSECONDS).build();
    }

    /** The live session of this id, if there is one; reading it counts as activity. */
    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Session session = sessions.getIfPresent(id);
        if (session == null) {
            return Optional.empty();
        }
        if (ticker.read() - session.startedNanos() >= maxNanos) {
            sessions.invalidate(id);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    /** A new session without a user, in {@code language} if one was chosen. */
    public Session begin(Optional<ReportLanguage> language) {
        Session session = new Session(newSecret(), newSecret(), ticker.read(), Optional.empty(), language);
        sessions.put(session.id(), session);
        return session;
    }

    /** Ends {@code before} and begins a session for {@code user} under a new id, with a new token. */
    public Session signIn(Session before, SignedIn user, ReportLanguage language) {
        sessions.invalidate(before.id());
        Session session = new Session(newSecret(), newSecret(), ticker.read(), Optional.of(user),
                Optional.of(language));
        sessions.put(session.id(), session);
        return session;
    }

    /** Stores a changed session under its id, unless it has ended meanwhile. */
    public void update(Session changed) {
        sessions.asMap().computeIfPresent(changed.id(), (id, old) -> changed);
    }

    public void end(Session session) {
        sessions.invalidate(session.id());
    }

    /** Whether {@code given} is the session's synchroniser token, compared in constant time. */
    public static boolean tokenMatches(Session session, String given) {
        return given != null && MessageDigest.isEqual(session.csrfToken().getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    /** How long a session lasts at most; the cookie lives no longer. */
    Duration max() {
        return Duration.ofNanos(maxNanos);
    }

    private String newSecret() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
