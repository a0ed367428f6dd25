package se.omvarld.adapter.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.MunicipalityCode;

class SessionsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = new Ticker() {
        @Override
        public long read() {
            return nanos.get();
        }
    };
    private final Sessions sessions = new Sessions(new WebSettings(false, Duration.ofMinutes(30),
            Duration.ofHours(8), 5, Duration.ofMinutes(15)), ticker);
    private final SignedIn coordinator = new SignedIn("a-1", "Sara", MunicipalityCode.of("1494"),
            Role.COORDINATOR, Optional.empty());

    @Test
    void a_session_id_and_its_token_are_256_bit_random_values() {
        Session one = sessions.begin(Optional.empty());
        Session two = sessions.begin(Optional.empty());

        assertThat(one.id()).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(two.id());
        assertThat(one.csrfToken()).hasSize(43).isNotEqualTo(one.id()).isNotEqualTo(two.csrfToken());
    }

    @Test
    void a_session_lives_while_it_is_used_within_the_idle_time() {
        Session session = sessions.begin(Optional.empty());
        for (int i = 0; i < 10; i++) {
            advance(Duration.ofMinutes(29));
            assertThat(sessions.find(session.id())).as("after " + (i + 1) * 29 + " minutes").isPresent();
        }
    }

    @Test
    void a_session_ends_after_thirty_minutes_without_a_request() {
        Session session = sessions.begin(Optional.empty());

        advance(Duration.ofMinutes(30));

        assertThat(sessions.find(session.id())).isEmpty();
    }

    @Test
    void a_session_ends_eight_hours_after_sign_in_however_busy() {
        Session session = sessions.signIn(sessions.begin(Optional.empty()), coordinator, ReportLanguage.SWEDISH);
        for (int i = 0; i < 47; i++) {
            advance(Duration.ofMinutes(10));
            assertThat(sessions.find(session.id())).isPresent();
        }

        advance(Duration.ofMinutes(10));

        assertThat(sessions.find(session.id())).isEmpty();
    }

    @Test
    void signing_in_ends_the_session_it_began_in_and_starts_one_under_a_new_id_and_token() {
        Session before = sessions.begin(Optional.empty());

        Session after = sessions.signIn(before, coordinator, ReportLanguage.ENGLISH);

        assertThat(sessions.find(before.id())).isEmpty();
        assertThat(after.id()).isNotEqualTo(before.id());
        assertThat(after.csrfToken()).isNotEqualTo(before.csrfToken());
        assertThat(sessions.find(after.id())).hasValueSatisfying(s -> {
            assertThat(s.user()).hasValue(coordinator);
            assertThat(s.language()).hasValue(ReportLanguage.ENGLISH);
        });
    }

    @Test
    void an_ended_session_is_not_found_and_an_unknown_or_missing_id_neither() {
        Session session = sessions.begin(Optional.empty());

        sessions.end(session);

        assertThat(sessions.find(session.id())).isEmpty();
        assertThat(sessions.find("made-up")).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
    }

    @Test
    void only_the_sessions_own_token_matches() {
        Session session = sessions.begin(Optional.empty());
        Session other = sessions.begin(Optional.empty());

        assertThat(Sessions.tokenMatches(session, session.csrfToken())).isTrue();
        assertThat(Sessions.tokenMatches(session, other.csrfToken())).isFalse();
        assertThat(Sessions.tokenMatches(session, "")).isFalse();
        assertThat(Sessions.tokenMatches(session, null)).isFalse();
    }

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }
}
