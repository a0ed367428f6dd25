package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.service.ReminderMailboxes.daysBefore;
import static se.omvarld.service.ReminderMailboxes.digest;
import static se.omvarld.service.ReminderMailboxes.person;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import se.omvarld.adapter.db.Database;
import se.omvarld.adapter.db.DbSettings;
import se.omvarld.application.Ports;
import se.omvarld.domain.access.ReminderPreferences;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.service.mail.ReminderRun;
import se.omvarld.service.mail.SmtpSettings;

/**
 * Reminders sent over real SMTP to GreenMail, from Lidköping's register on H2: a Swedish coordinator and an English
 * editor of the library, each reminded of a call's deadline seven days ahead; each message is sent once, across runs
 * and a restart; a failed send is retried by a later run; the digest goes out on Mondays. Lidköping's policy makes
 * it owe the compilation of 2024 (overdue since 31 March 2025) and of 2025 (due 31 March 2026), which the
 * coordinator's digest lists.
 */
class RemindersByMailTest {

    /** A Tuesday: no digest is due. */
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    /** Seven days after Tuesday: the reminders seven days ahead are due on Tuesday. */
    private static final LocalDate DEADLINE = LocalDate.of(2026, 3, 10);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path directory;

    private final ReminderMailboxes.SettableClock clock = new ReminderMailboxes.SettableClock(TUESDAY);
    private Database database;
    private ReminderRun run;

    private DbSettings fileDatabase() {
        return new DbSettings("jdbc:h2:file:" + directory.resolve("omvarld") + DbSettings.H2_FLAGS,
                DbSettings.DEFAULT_USER, DbSettings.DEFAULT_PASSWORD, 2, Optional.empty());
    }

    /** Starts the service's database and a reminder run over it, sending to {@code smtpPort}. */
    private Ports start(int smtpPort) {
        return start(ReminderMailboxes.smtp(smtpPort));
    }

    private Ports start(SmtpSettings smtp) {
        database = Database.start(fileDatabase());
        run = ReminderMailboxes.run(database, clock, smtp);
        return ReminderMailboxes.ports(database, clock);
    }

    private static SmtpSettings login(String user, String password) {
        SmtpSettings plain = ReminderMailboxes.smtp(SMTP.getSmtp().getPort());
        return new SmtpSettings(plain.host(), plain.port(), Optional.of(user), Optional.of(password), plain.tls(),
                plain.from(), plain.interval());
    }

    private void stop() {
        run.close();
        database.close();
    }

    @AfterEach
    void stopAll() {
        if (database != null) {
            stop();
        }
    }

    /** Stores the account of a person who wants e-mail. */
    private void wants(UserAccount person) {
        database.persistence().accounts().save(person);
    }

    private Call registerLidkopingWithACall(Ports ports, String title) {
        ReminderMailboxes.registerLidkoping(ports);
        return ReminderMailboxes.publishCall(ports, title, DEADLINE);
    }

    @Test
    void each_person_is_reminded_in_their_own_language_and_no_one_else_is() throws Exception {
        Ports ports = start(SMTP.getSmtp().getPort());
        Call call = registerLidkopingWithACall(ports, "Skolsamarbeten 2026");
        wants(person("eva", "Eva Holm", Role.COORDINATOR, ReportLanguage.SWEDISH, daysBefore(7)));
        wants(person("john", "John Smith", Role.UNIT_EDITOR, ReportLanguage.ENGLISH, daysBefore(7)));
        wants(person("vera", "Vera Lund", Role.VIEWER, ReportLanguage.SWEDISH, daysBefore(7)));
        wants(person("olle", "Olle Berg", Role.COORDINATOR, ReportLanguage.SWEDISH, daysBefore(7))
                .disable(clock.now()));
        wants(person("anna", "Anna Ek", Role.COORDINATOR, ReportLanguage.SWEDISH, daysBefore(6)));

        assertThat(run.runOnce()).isEqualTo(new ReminderRun.Outcome(2, 0, 0));

        MimeMessage toEva = receivedBy("eva@lidkoping.se");
        assertThat(toEva.getSubject())
                .isEqualTo("Påminnelse: sista ansökningsdag för Skolsamarbeten 2026 är 10 mars 2026");
        assertThat(toEva.getContentLanguage()).containsExactly("sv");
        assertThat(text(toEva)).contains("Hej Eva Holm!",
                "Sista ansökningsdag för utlysningen Skolsamarbeten 2026 är 10 mars 2026.",
                "https://omvarld.lidkoping.se/app/funding#calls-" + call.id());
        MimeMessage toJohn = receivedBy("john@lidkoping.se");
        assertThat(toJohn.getSubject())
                .isEqualTo("Reminder: the application deadline for Skolsamarbeten 2026 is 10 March 2026");
        assertThat(text(toJohn)).contains("Hello John Smith,", "The application deadline of the call"
                + " Skolsamarbeten 2026 is 10 March 2026.");
        assertThat(recipients()).containsExactlyInAnyOrder("eva@lidkoping.se", "john@lidkoping.se");
    }

    @Test
    void a_reminder_is_plain_text_and_html_in_utf_8_with_the_register_s_text_escaped() throws Exception {
        Ports ports = start(SMTP.getSmtp().getPort());
        registerLidkopingWithACall(ports, "Utbyte <script>alert(1)</script> & Åland");
        wants(person("eva", "Eva Holm", Role.COORDINATOR, ReportLanguage.SWEDISH, daysBefore(7)));

        run.runOnce();

        MimeMessage toEva = receivedBy("eva@lidkoping.se");
        MimeMultipart alternative = (MimeMultipart) toEva.getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getCount()).isEqualTo(2);
        BodyPart plain = alternative.getBodyPart(0);
        BodyPart html = alternative.getBodyPart(1);
        assertThat(plain.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat((String) plain.getContent()).contains("Utbyte <script>alert(1)</script> & Åland");
        assertThat((String) html.getContent()).contains("<html lang=\"sv\">",
                "Utbyte &lt;script&gt;alert(1)&lt;/script&gt; &amp; Åland").doesNotContain("<script>");
        assertThat(toEva.getSubject()).contains("Utbyte <script>alert(1)</script> & Åland");
    }

    @Test
    void a_reminder_is_sent_once_across_two_runs() throws Exception {
        Ports ports = start(SMTP.getSmtp().getPort());
        registerLidkopingWithACall(ports, "Skolsamarbeten 2026");
        wants(person("eva", "Eva Holm", Role.COORDINATOR, ReportLanguage.SWEDISH, daysBefore(7)));

        assertThat(run.runOnce().sent()).isEqualTo(1);
        clock.later(Duration.ofHours(1));
        assertThat(run.runOnce()).isEqualTo(new ReminderRun.Outcome(0, 0, 1));
        clock.set(TUESDAY.plusDays(2));
        assertThat(run.runOnce()).isEqualTo(new ReminderRun.Outcome(0, 0, 1));

        assertThat(recipients()).containsExactly("eva@lidkoping.se");
    }

    @Test
    void a_reminder_is_sent_once_across_a_restart_of_the_service() throws Exception {
        Ports ports = start(SMTP.getSmtp().getPort());
        registerLidkopingWithACall(ports, "Skolsamarbeten 2026");
        wants(person("eva", "Eva Holm", Role.COORDINATOR, ReportLanguage.SWEDISH, daysBefore(7)));
        assertThat(run.runOnce().sent()).isEqualTo(1);
        stop();

        clock.later(Duration.ofMinutes(5));
        start(SMTP.getSmtp().getPort());

        assertThat(run.runOnce()).isEqualTo(new ReminderRun.Outcome(0, 0, 1));
        assertThat(recipients()).containsExactly("eva@lidkoping.se");
    }

    @Test
    void two_instances_running_at_once_send_each_reminder_once() throws Exception {
        Ports ports = start(SMTP.getSmtp().getPort());
        registerLidkopingWithACall(ports, "Skolsamarbeten 2026");
        wants(person("eva", "Eva Holm", Role.COORDINATOR, ReportLanguage.SWEDISH, daysBefore(7)));
        wants(person("john", "John Smith", Role.UNIT_EDITOR, ReportLanguage.ENGLISH, daysBefore(7)));
        ReminderRun other = ReminderMailboxes.run(database, clock, SMTP.getSmtp().getPort());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<ReminderRun.Outcome> first = instances.submit(() -> {
                start.await();
                return run.runOnce();
            });
            Future<ReminderRun.Outcome> second = instances.submit(() -> {
                start.await();
                return other.runOnce();
            });
            start.countDown();

            assertThat(first.get(60, TimeUnit.SECONDS).sent() + second.get(60, TimeUnit.SECONDS).sent())
                    .isEqualTo(2);
        } finally {
            instances.shutdownNow();
            other.close();
        }
        assertThat(recipients()).containsExactlyInAnyOrder("eva@lidkoping.se", "john@lidkoping.se");
    }

    @Test
    void a_send_that_fails_while_the_mail_server_is_down_is_retried_and_delivered_by_a_later_run()
            throws Exception {
        int port = freePort();
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        Ports ports = start(port);
        registerLidkopingWithACall(ports, "Skolsamarbeten 2026");
        wants(person("eva", "Eva Holm", Role.COORDINATOR, ReportLanguage.SWEDISH, daysBefore(7)));

        assertThat(run.runOnce()).isEqualTo(new ReminderRun.Outcome(0, 1, 0));
        server.start();
        try {
            clock.later(Duration.ofMinutes(10));
            assertThat(run.runOnce()).as("before its retry time").isEqualTo(new ReminderRun.Outcome(0, 0, 1));
            clock.later(Duration.ofHours(1));
            assertThat(run.runOnce()).isEqualTo(new ReminderRun.Outcome(1, 0, 0));
            assertThat(Arrays.stream(server.getReceivedMessages()).map(RemindersByMailTest::recipient))
                    .containsExactly("eva@lidkoping.se");
        } finally {
            server.stop();
        }
    }

    @Test
    void a_login_the_mail_server_refuses_fails_the_send_and_the_corrected_one_after_a_restart_delivers_it()
            throws Exception {
        SMTP.setUser("omvarld@lidkoping.se", "omvarld", "rätt lösenord");
        Ports ports = start(login("omvarld", "fel lösenord"));
        registerLidkopingWithACall(ports, "Skolsamarbeten 2026");
        wants(person("eva", "Eva Holm", Role.COORDINATOR, ReportLanguage.SWEDISH, daysBefore(7)));

        assertThat(run.runOnce()).isEqualTo(new ReminderRun.Outcome(0, 1, 0));
        stop();
        clock.later(Duration.ofHours(1));
        start(login("omvarld", "rätt lösenord"));

        assertThat(run.runOnce()).isEqualTo(new ReminderRun.Outcome(1, 0, 0));
        assertThat(recipients()).containsExactly("eva@lidkoping.se");
    }

    @Test
    void the_digest_goes_out_on_a_monday_and_on_no_other_day() throws Exception {
        clock.set(MONDAY.minusDays(1));
        Ports ports = start(SMTP.getSmtp().getPort());
        registerLidkopingWithACall(ports, "Skolsamarbeten 2026");
        wants(person("eva", "Eva Holm", Role.COORDINATOR, ReportLanguage.SWEDISH, digest()));

        assertThat(run.runOnce().sent()).as("Sunday").isZero();
        clock.set(MONDAY);
        assertThat(run.runOnce().sent()).as("Monday").isEqualTo(1);
        clock.set(MONDAY.plusDays(1));
        assertThat(run.runOnce().sent()).as("Tuesday").isZero();

        MimeMessage digest = receivedBy("eva@lidkoping.se");
        assertThat(digest.getSubject()).isEqualTo("Omvärld vecka 10: att göra 2, försenat 1");
        assertThat(text(digest)).contains("Förfaller de närmaste 30 dagarna",
                "Sista ansökningsdag: Skolsamarbeten 2026, 10 mars 2026",
                "Årlig sammanställning – International work in 2025, senast 31 mars 2026",
                "Försenat:", "- Årlig sammanställning – International work in 2024, senast 31 mars 2025",
                "https://omvarld.lidkoping.se/app/obligations");
    }

    @Test
    void a_person_who_wants_both_gets_the_reminder_and_the_digest_as_two_messages() throws Exception {
        clock.set(MONDAY);
        Ports ports = start(SMTP.getSmtp().getPort());
        ReminderMailboxes.registerLidkoping(ports);
        ReminderMailboxes.publishCall(ports, "Skolsamarbeten 2026", MONDAY.plusDays(3));
        wants(person("eva", "Eva Holm", Role.COORDINATOR, ReportLanguage.ENGLISH,
                new ReminderPreferences(true, Optional.of(3))));

        assertThat(run.runOnce().sent()).isEqualTo(2);

        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(RemindersByMailTest::subject)).containsExactly(
                "Reminder: the application deadline for Skolsamarbeten 2026 is 5 March 2026",
                "Omvärld week 10: 2 to do, 1 overdue");
    }

    @Test
    void the_service_configured_with_an_smtp_server_runs_the_reminders_over_its_own_database() throws Exception {
        ServiceSettings settings = new ServiceSettings(0, true, Optional.empty(),
                DbSettings.inMemory("reminders_" + UUID.randomUUID().toString().replace("-", "")));
        try (Service service = Service.start(settings, Optional.of(ReminderMailboxes.smtp(SMTP.getSmtp().getPort())))) {
            LocalDate today = service.ports().clock().today();
            ReminderMailboxes.publishCall(service.ports(), "Skolsamarbeten i dag", today.plusDays(3));
            service.database().persistence().accounts().save(person("eva", "Eva Holm", Role.COORDINATOR,
                    ReportLanguage.SWEDISH, new ReminderPreferences(false, Optional.of(3))));

            ReminderRun.Outcome outcome = service.reminders().orElseThrow().runOnce();

            assertThat(outcome.failed()).isZero();
            assertThat(outcome.sent()).isPositive();
            assertThat(SMTP.getReceivedMessages()).hasSize(outcome.sent());
            assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(RemindersByMailTest::subject))
                    .anyMatch(subject -> subject.contains("Skolsamarbeten i dag"));
            assertThat(service.reminders().orElseThrow().runOnce().sent()).as("sent once").isZero();
        }
    }

    private static MimeMessage receivedBy(String address) {
        List<MimeMessage> received = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> recipient(m).equals(address)).toList();
        assertThat(received).as("messages to %s", address).hasSize(1);
        return received.get(0);
    }

    private static List<String> recipients() {
        return Arrays.stream(SMTP.getReceivedMessages()).map(RemindersByMailTest::recipient).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
