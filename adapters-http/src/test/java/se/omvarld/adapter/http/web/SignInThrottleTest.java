package se.omvarld.adapter.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final AtomicLong nanos = new AtomicLong();
    private final SignInThrottle throttle = new SignInThrottle(new WebSettings(false, Duration.ofMinutes(30),
            Duration.ofHours(8), 5, Duration.ofMinutes(15)), new Ticker() {
                @Override
                public long read() {
                    return nanos.get();
                }
            });

    @Test
    void five_failures_for_an_address_lock_it_out_from_every_client() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("anna@lidkoping.se", "10.0.0." + i);
            assertThat(throttle.isLockedOut("anna@lidkoping.se", "10.0.0.99")).isFalse();
        }

        throttle.failed("anna@lidkoping.se", "10.0.0.4");

        assertThat(throttle.isLockedOut("anna@lidkoping.se", "10.0.0.99")).isTrue();
        assertThat(throttle.isLockedOut(" ANNA@lidkoping.se", "10.0.0.99")).as("however it is typed").isTrue();
        assertThat(throttle.isLockedOut("bo@lidkoping.se", "10.0.0.99")).as("others are not").isFalse();
    }

    @Test
    void the_lockout_ends_fifteen_minutes_after_the_last_failure() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("anna@lidkoping.se", "10.0.0.1");
        }
        nanos.addAndGet(Duration.ofMinutes(14).toNanos());
        assertThat(throttle.isLockedOut("anna@lidkoping.se", "10.0.0.2")).isTrue();

        nanos.addAndGet(Duration.ofMinutes(1).toNanos());

        assertThat(throttle.isLockedOut("anna@lidkoping.se", "10.0.0.2")).isFalse();
    }

    @Test
    void a_client_guessing_at_many_addresses_is_locked_out_after_four_times_as_many_failures() {
        for (int i = 0; i < 5 * SignInThrottle.CLIENT_FACTOR - 1; i++) {
            throttle.failed("guess" + i + "@lidkoping.se", "10.6.6.6");
        }
        assertThat(throttle.isLockedOut("someone@lidkoping.se", "10.6.6.6")).isFalse();

        throttle.failed("guess-last@lidkoping.se", "10.6.6.6");

        assertThat(throttle.isLockedOut("someone@lidkoping.se", "10.6.6.6")).isTrue();
        assertThat(throttle.isLockedOut("someone@lidkoping.se", "10.0.0.1")).as("from elsewhere").isFalse();
    }

    @Test
    void a_successful_sign_in_clears_its_addresss_failures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("anna@lidkoping.se", "10.0.0.1");
        }

        throttle.succeeded("anna@lidkoping.se");
        throttle.failed("anna@lidkoping.se", "10.0.0.1");

        assertThat(throttle.isLockedOut("anna@lidkoping.se", "10.0.0.2")).isFalse();
    }

    @Test
    void a_successful_sign_in_does_not_clear_its_clients_failures() {
        for (int i = 0; i < 5 * SignInThrottle.CLIENT_FACTOR - 1; i++) {
            throttle.failed("guess" + i + "@lidkoping.se", "10.6.6.6");
        }

        throttle.succeeded("known@lidkoping.se");
        throttle.failed("guess-last@lidkoping.se", "10.6.6.6");

        assertThat(throttle.isLockedOut("known@lidkoping.se", "10.6.6.6")).isTrue();
    }
}
