package se.omvarld.adapter.http.web;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.time.Duration;
import java.util.Locale;

/**
 * Slows password guessing: after {@link WebSettings#signInFailures()} failed sign-ins for one e-mail address, or
 * {@value #CLIENT_FACTOR} times as many from one client address, further attempts for it are refused, without looking
 * at the password, until {@link WebSettings#signInLockout()} has passed since the last failure. A client address gets
 * more: a municipality's coordinators often share one behind its firewall, and one person's typos must not lock out
 * the others. An address that names no account is counted
 * like one that does, so the lockout tells nothing about which accounts exist. A successful sign-in clears its e-mail
 * address's count, not its client's: one known account must not reset a client's guessing at others.
 */
final class SignInThrottle {

    static final int CLIENT_FACTOR = 4;

    private final int maxFailures;
    private final Duration lockout;
    private final Cache<String, Integer> failures;

    SignInThrottle(WebSettings settings, Ticker ticker) {
        this.maxFailures = settings.signInFailures();
        this.lockout = settings.signInLockout();
        this.failures = CacheBuilder.newBuilder().ticker(ticker).expireAfterWrite(lockout).maximumSize(100_000)
                .build();
    }

    /** Whether attempts for {@code email} or from {@code client} are refused now. */
    boolean isLockedOut(String email, String client) {
        return count(emailKey(email)) >= maxFailures || count(clientKey(client)) >= maxFailures * CLIENT_FACTOR;
    }

    void failed(String email, String client) {
        failures.asMap().merge(emailKey(email), 1, Integer::sum);
        failures.asMap().merge(clientKey(client), 1, Integer::sum);
    }

    void succeeded(String email) {
        failures.invalidate(emailKey(email));
    }

    /** How long a locked-out address waits at most, in whole minutes, for the message. */
    long lockoutMinutes() {
        return Math.max(1, lockout.toMinutes());
    }

    private int count(String key) {
        Integer n = failures.getIfPresent(key);
        return n == null ? 0 : n;
    }

    private static String emailKey(String email) {
        return "email:" + email.trim().toLowerCase(Locale.ROOT);
    }

    private static String clientKey(String client) {
        return "client:" + client;
    }
}
