package se.omvarld.adapter.http.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebSettingsTest {

    private static final URI HTTPS = URI.create("https://omvarld.lidkoping.se");
    private static final URI HTTP = URI.create("http://localhost:8080");

    @Test
    void the_session_cookie_is_secure_by_default_when_the_service_is_reached_over_https() {
        assertThat(WebSettings.fromEnvironment(Map.of(), HTTPS).secureCookies()).isTrue();
        assertThat(WebSettings.fromEnvironment(Map.of(), HTTP).secureCookies()).isFalse();
    }

    @Test
    void a_tls_terminating_proxy_in_front_of_a_plain_address_is_told_by_the_setting() {
        assertThat(WebSettings.fromEnvironment(Map.of(WebSettings.SECURE_COOKIES, "true"), HTTP).secureCookies())
                .isTrue();
    }

    @Test
    void the_defaults_are_thirty_minutes_idle_eight_hours_at_most_and_five_failures_for_fifteen_minutes() {
        WebSettings settings = WebSettings.fromEnvironment(Map.of(), HTTP);

        assertThat(settings.sessionIdle()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.sessionMax()).isEqualTo(Duration.ofHours(8));
        assertThat(settings.signInFailures()).isEqualTo(5);
        assertThat(settings.signInLockout()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void the_durations_are_read_as_iso_8601() {
        WebSettings settings = WebSettings.fromEnvironment(Map.of(WebSettings.SESSION_IDLE, "PT10M",
                WebSettings.SESSION_MAX, "PT2H", WebSettings.SIGN_IN_LOCKOUT, "PT1H"), HTTP);

        assertThat(settings.sessionIdle()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.sessionMax()).isEqualTo(Duration.ofHours(2));
        assertThat(settings.signInLockout()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_setting_that_cannot_be_read_names_itself() {
        assertThatThrownBy(() -> WebSettings.fromEnvironment(Map.of(WebSettings.SESSION_IDLE, "30 minutes"), HTTP))
                .hasMessageContaining(WebSettings.SESSION_IDLE);
        assertThatThrownBy(() -> WebSettings.fromEnvironment(Map.of(WebSettings.SECURE_COOKIES, "yes"), HTTP))
                .hasMessageContaining(WebSettings.SECURE_COOKIES);
        assertThatThrownBy(() -> WebSettings.fromEnvironment(Map.of(WebSettings.SESSION_MAX, "PT10M"), HTTP))
                .as("shorter than the idle time").hasMessageContaining(WebSettings.SESSION_MAX);
    }
}
