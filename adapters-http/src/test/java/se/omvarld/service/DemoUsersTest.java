package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.omvarld.adapter.http.Passwords;
import se.omvarld.domain.access.EmailAddress;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.project.Project;
import se.omvarld.port.UserAccountRepository;

/** The demo's two accounts for Lidköping, as a real start on an empty embedded database opens and prints them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoUsersTest {

    private static final Pattern PRINTED = Pattern.compile(
            "Demo user for .* \\(1494\\), [a-z ]+(?: of [a-z0-9-]+)?: (\\S+), password shown only now: (\\S+)");

    private RunningService running;
    /** The e-mail address and password of each demo user, as the start printed them. */
    private final Map<String, String> printed = new LinkedHashMap<>();

    @BeforeAll
    void startTheServiceReadingWhatItPrints() {
        PrintStream original = System.out;
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new Tee(original, copy), true, StandardCharsets.UTF_8));
        try {
            running = RunningService.start(RunningService.Store.H2);
        } finally {
            System.setOut(original);
        }
        Matcher m = PRINTED.matcher(copy.toString(StandardCharsets.UTF_8));
        while (m.find()) {
            printed.put(m.group(1), m.group(2));
        }
    }

    @AfterAll
    void stop() {
        running.close();
    }

    private UserAccountRepository accounts() {
        return running.service().database().persistence().accounts();
    }

    @Test
    void a_start_opens_a_coordinator_and_a_unit_editor_for_lidkoping_at_demo_addresses() {
        assertThat(accounts().of(RunningService.LIDKOPING)).extracting(UserAccount::role)
                .containsExactlyInAnyOrder(Role.COORDINATOR, Role.UNIT_EDITOR);
        assertThat(running.service().demoUsers()).extracting(c -> c.account().role())
                .containsExactly(Role.COORDINATOR, Role.UNIT_EDITOR);
        assertThat(accounts().of(RunningService.LIDKOPING)).extracting(a -> a.email().value())
                .allMatch(email -> email.endsWith("@lidkoping.example.se"));
    }

    @Test
    void the_unit_editor_edits_a_unit_that_has_projects_in_the_demo_register() {
        UserAccount editor = running.service().demoUsers().get(1).account();

        assertThat(running.service().ports().projects().all(RunningService.LIDKOPING))
                .extracting(Project::owningUnit).contains(editor.unit().orElseThrow());
    }

    @Test
    void each_printed_password_is_sixteen_characters_and_verifies_against_the_stored_hash() {
        assertThat(printed).hasSize(2);
        printed.forEach((email, password) -> {
            UserAccount stored = accounts().findByEmail(EmailAddress.of(email)).orElseThrow();
            assertThat(password).hasSize(16);
            assertThat(Passwords.verifies(password.toCharArray(), stored.passwordHash())).as(email).isTrue();
            assertThat(stored.passwordHash()).doesNotContain(password);
        });
    }

    @Test
    void the_service_hands_tests_the_printed_credentials() {
        assertThat(running.service().demoUsers()).allSatisfy(c -> assertThat(printed)
                .containsEntry(c.account().email().value(), c.password()));
        assertThat(running.service().demoUsers()).extracting(Object::toString)
                .noneMatch(shown -> printed.values().stream().anyMatch(shown::contains));
    }

    @Test
    void a_municipality_with_accounts_gets_no_more_demo_users() {
        assertThat(DemoUsers.openIfAbsent(running.service().ports(), accounts())).isEmpty();
        assertThat(accounts().of(RunningService.LIDKOPING)).hasSize(2);
    }

    /** Writes to two streams: the console still shows the start, and the test reads it. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            first.flush();
            second.flush();
        }
    }
}
