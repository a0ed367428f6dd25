package se.omvarld.service.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    private static Map<String, String> environment(String... pairs) {
        Map<String, String> environment = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            environment.put(pairs[i], pairs[i + 1]);
        }
        return environment;
    }

    private static Map<String, String> withHost(String... pairs) {
        Map<String, String> environment = environment(pairs);
        environment.putIfAbsent(SmtpSettings.HOST, "smtp.lidkoping.se");
        environment.putIfAbsent(SmtpSettings.FROM, "omvarld@lidkoping.se");
        return environment;
    }

    @Test
    void without_a_host_no_reminders_are_sent() {
        assertThat(SmtpSettings.fromEnvironment(environment())).isEmpty();
        assertThat(SmtpSettings.fromEnvironment(environment(SmtpSettings.HOST, "  ",
                SmtpSettings.FROM, "omvarld@lidkoping.se"))).isEmpty();
    }

    @Test
    void a_host_alone_with_a_sender_means_starttls_on_the_submission_port_every_hour_without_login() {
        SmtpSettings settings = SmtpSettings.fromEnvironment(withHost()).orElseThrow();

        assertThat(settings.host()).isEqualTo("smtp.lidkoping.se");
        assertThat(settings.tls()).isEqualTo(SmtpSettings.Tls.STARTTLS);
        assertThat(settings.port()).isEqualTo(587);
        assertThat(settings.user()).isEmpty();
        assertThat(settings.from().value()).isEqualTo("omvarld@lidkoping.se");
        assertThat(settings.interval()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void each_tls_choice_has_its_usual_port_unless_one_is_given() {
        assertThat(SmtpSettings.fromEnvironment(withHost(SmtpSettings.TLS, "none")).orElseThrow().port())
                .isEqualTo(25);
        assertThat(SmtpSettings.fromEnvironment(withHost(SmtpSettings.TLS, "TLS")).orElseThrow().port())
                .isEqualTo(465);
        assertThat(SmtpSettings.fromEnvironment(withHost(SmtpSettings.TLS, "tls", SmtpSettings.PORT, "2465"))
                .orElseThrow().port()).isEqualTo(2465);
    }

    @Test
    void a_login_and_an_interval_are_read() {
        SmtpSettings settings = SmtpSettings.fromEnvironment(withHost(SmtpSettings.USER, "omvarld",
                SmtpSettings.PASSWORD, "hemligt ord", SmtpSettings.INTERVAL, "PT15M")).orElseThrow();

        assertThat(settings.user()).contains("omvarld");
        assertThat(settings.password()).contains("hemligt ord");
        assertThat(settings.interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.toString()).doesNotContain("hemligt");
    }

    @Test
    void a_bad_value_is_refused_naming_its_variable() {
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(withHost(SmtpSettings.TLS, "ssl")))
                .hasMessageContaining(SmtpSettings.TLS).hasMessageContaining("'ssl'");
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(withHost(SmtpSettings.PORT, "smtp")))
                .hasMessageContaining(SmtpSettings.PORT);
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(withHost(SmtpSettings.PORT, "70000")))
                .hasMessageContaining(SmtpSettings.PORT);
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(withHost(SmtpSettings.FROM, "omvarld")))
                .hasMessageContaining(SmtpSettings.FROM);
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(withHost(SmtpSettings.INTERVAL, "hourly")))
                .hasMessageContaining(SmtpSettings.INTERVAL);
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(withHost(SmtpSettings.INTERVAL, "PT30S")))
                .hasMessageContaining(SmtpSettings.INTERVAL);
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(withHost(SmtpSettings.HOST, "smtp server")))
                .hasMessageContaining(SmtpSettings.HOST);
    }

    @Test
    void a_host_without_a_sender_is_refused() {
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(environment(SmtpSettings.HOST, "smtp.lidkoping.se")))
                .hasMessageContaining(SmtpSettings.FROM);
    }

    @Test
    void a_user_without_a_password_is_refused() {
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(withHost(SmtpSettings.USER, "omvarld")))
                .hasMessageContaining(SmtpSettings.USER).hasMessageContaining(SmtpSettings.PASSWORD);
        assertThat(SmtpSettings.fromEnvironment(withHost()).map(SmtpSettings::password)).contains(Optional.empty());
    }
}
