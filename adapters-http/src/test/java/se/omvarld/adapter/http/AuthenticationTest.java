package se.omvarld.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.base.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.ApiToken;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.ApiTokenRepository;
import se.omvarld.testkit.memory.InMemoryPersistence;

/** Bearer tokens by their hashes, and the throttle on clients that keep failing: on a fake clock, never asleep. */
class AuthenticationTest {

    private static final MunicipalityCode LIDKOPING = MunicipalityCode.of("1494");
    private static final Instant ISSUED = Instant.parse("2025-03-14T09:00:00Z");
    private static final String CLIENT = "192.0.2.7";

    private final FakeTicker ticker = new FakeTicker();
    private final ApiTokenRepository tokens = InMemoryPersistence.create().tokens();
    private final Authentication authentication = new Authentication(tokens, ticker);

    @Test
    void a_valid_token_names_its_caller() {
        String secret = issue("t-1", Role.COORDINATOR);

        Caller caller = authentication.authenticate("Bearer " + secret, CLIENT);

        assertThat(caller.tokenId()).isEqualTo("t-1");
        assertThat(caller.municipality()).isEqualTo(LIDKOPING);
        assertThat(caller.role()).isEqualTo(Role.COORDINATOR);
        assertThat(authentication.authenticate("bearer " + secret, CLIENT).tokenId()).isEqualTo("t-1");
    }

    @Test
    void ten_failures_within_a_minute_refuse_the_clients_further_attempts_with_429_until_the_minute_has_passed() {
        for (int i = 0; i < Authentication.MAX_FAILURES; i++) {
            assertThat(status("Bearer " + TokenSecrets.newSecret(), CLIENT)).as("failure %s", i + 1).isEqualTo(401);
            ticker.advance(Duration.ofSeconds(5));
        }

        assertThat(status("Bearer " + TokenSecrets.newSecret(), CLIENT)).as("while throttled").isEqualTo(429);
        assertThat(status("Bearer " + TokenSecrets.newSecret(), "192.0.2.8")).as("another client").isEqualTo(401);

        ticker.advance(Duration.ofSeconds(9));
        assertThat(status("Bearer " + TokenSecrets.newSecret(), CLIENT)).as("59 s after the first failure")
                .isEqualTo(429);
        ticker.advance(Duration.ofSeconds(2));
        assertThat(status("Bearer " + TokenSecrets.newSecret(), CLIENT)).as("after the minute").isEqualTo(401);
    }

    @Test
    void a_valid_token_passes_while_its_client_address_is_throttled() {
        String secret = issue("t-1", Role.ADMIN);
        for (int i = 0; i < Authentication.MAX_FAILURES; i++) {
            status("Bearer " + TokenSecrets.newSecret(), CLIENT);
        }

        assertThat(status("Bearer " + secret, CLIENT)).as("many users may share one address behind a"
                + " municipality's firewall").isEqualTo(200);
    }

    @Test
    void nine_failures_are_not_throttled() {
        String secret = issue("t-1", Role.ADMIN);
        for (int i = 0; i < Authentication.MAX_FAILURES - 1; i++) {
            assertThat(status("Bearer omv_short", CLIENT)).isEqualTo(401);
        }
        assertThat(status("Bearer " + secret, CLIENT)).isEqualTo(200);
    }

    @Test
    void a_malformed_header_is_401_and_counts_as_a_failure() {
        for (String header : new String[] {"Basic dXNlcjpwYXNz", "Bearer", "Bearer omv_", "Bearer not-a-token",
                "Token omv_x", "Bearer " + TokenSecrets.newSecret() + "x"}) {
            ProblemException e = catchThrowableOfType(ProblemException.class,
                    () -> authentication.authenticate(header, CLIENT));
            assertThat(e).as(header).isNotNull();
            assertThat(e.problem().status()).as(header).isEqualTo(401);
        }
        for (int i = 0; i < Authentication.MAX_FAILURES - 6; i++) {
            status("Basic x", CLIENT);
        }
        assertThat(status("Basic x", CLIENT)).isEqualTo(429);
    }

    @Test
    void a_missing_header_is_401_and_does_not_count() {
        String secret = issue("t-1", Role.VIEWER);
        for (int i = 0; i < 2 * Authentication.MAX_FAILURES; i++) {
            assertThat(status(null, CLIENT)).isEqualTo(401);
            assertThat(status("  ", CLIENT)).isEqualTo(401);
        }
        assertThat(status("Bearer " + secret, CLIENT)).isEqualTo(200);
    }

    @Test
    void a_revoked_token_is_401() {
        String secret = TokenSecrets.newSecret();
        tokens.save(ApiToken.issue("t-1", LIDKOPING, Role.ADMIN, Optional.empty(), "Ada", TokenSecrets.hash(secret),
                ISSUED).revoke(ISSUED.plusSeconds(60)));

        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> authentication.authenticate("Bearer " + secret, CLIENT));

        assertThat(e.problem().status()).isEqualTo(401);
        assertThat(e.problem().detail()).contains("revoked");
    }

    @Test
    void a_token_revoked_here_is_refused_at_once_once_forgotten() {
        String secret = issue("t-1", Role.ADMIN);
        assertThat(status("Bearer " + secret, CLIENT)).isEqualTo(200);
        ApiToken token = tokens.findByHash(TokenSecrets.hash(secret)).orElseThrow();
        tokens.save(token.revoke(ISSUED.plusSeconds(60)));
        assertThat(status("Bearer " + secret, CLIENT)).as("remembered for a few seconds").isEqualTo(200);

        authentication.forget(TokenSecrets.hash(secret));

        assertThat(status("Bearer " + secret, CLIENT)).isEqualTo(401);
    }

    @Test
    void a_token_revoked_elsewhere_is_refused_within_seconds() {
        String secret = issue("t-1", Role.ADMIN);
        assertThat(status("Bearer " + secret, CLIENT)).isEqualTo(200);
        tokens.save(tokens.findByHash(TokenSecrets.hash(secret)).orElseThrow().revoke(ISSUED.plusSeconds(60)));

        ticker.advance(Duration.ofSeconds(11));

        assertThat(status("Bearer " + secret, CLIENT)).isEqualTo(401);
    }

    private String issue(String id, Role role) {
        String secret = TokenSecrets.newSecret();
        tokens.save(ApiToken.issue(id, LIDKOPING, role, Optional.empty(), "Ada Lovelace", TokenSecrets.hash(secret),
                ISSUED));
        return secret;
    }

    private int status(String header, String client) {
        try {
            authentication.authenticate(header, client);
            return 200;
        } catch (ProblemException e) {
            return e.problem().status();
        }
    }

    private static final class FakeTicker extends Ticker {
        private final AtomicLong nanos = new AtomicLong();

        @Override
        public long read() {
            return nanos.get();
        }

        void advance(Duration d) {
            nanos.addAndGet(d.toNanos());
        }
    }
}
