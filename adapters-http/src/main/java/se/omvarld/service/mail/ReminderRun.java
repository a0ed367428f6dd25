package se.omvarld.service.mail;

import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.omvarld.application.Ports;
import se.omvarld.application.ReminderUseCases;
import se.omvarld.domain.reminder.ReminderMessage;
import se.omvarld.port.ReminderDeliveries;
import se.omvarld.port.UserAccountRepository;

/**
 * One look at the reminders, run by a scheduled executor (every hour by default): the messages due now are computed,
 * each is claimed (so that no other run or instance sends it), sent, and marked sent; a failed send is logged and
 * marked failed, to be claimed again by a later run. A message whose sending succeeded but whose marking failed
 * stays claimed and is not sent again: once is the promise, a lost mark its price.
 */
public final class ReminderRun implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderRun.class);
    /** How long after the service starts the first run waits, so a start is not slowed by it. */
    static final Duration FIRST_RUN_AFTER = Duration.ofMinutes(1);

    /** What one run did. */
    public record Outcome(int sent, int failed, int skipped) {
    }

    private final ReminderUseCases reminders;
    private final ReminderMail mail;
    private final SmtpMailer mailer;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "reminders");
        t.setDaemon(true);
        return t;
    });

    public ReminderRun(ReminderUseCases reminders, ReminderMail mail, SmtpMailer mailer) {
        this.reminders = checkNotNull(reminders, "reminders are required");
        this.mail = checkNotNull(mail, "mail is required");
        this.mailer = checkNotNull(mailer, "mailer is required");
    }

    /**
     * The reminders of the service over {@code ports}, sent through {@code smtp} every {@link SmtpSettings#interval}
     * with links under {@code publicAddress}, the first time after {@link #FIRST_RUN_AFTER}.
     */
    public static ReminderRun over(Ports ports, UserAccountRepository accounts, ReminderDeliveries deliveries,
            SmtpSettings smtp, URI publicAddress) {
        LOG.info("Reminders by e-mail every {} through {}", smtp.interval(), smtp);
        return new ReminderRun(new ReminderUseCases(ports, accounts, deliveries), new ReminderMail(publicAddress),
                new SmtpMailer(smtp)).every(smtp.interval());
    }

    /** Runs after {@link #FIRST_RUN_AFTER}, and then every {@code every}, until closed. */
    public ReminderRun every(Duration every) {
        checkNotNull(every, "every is required");
        scheduler.scheduleWithFixedDelay(this::runLogged, FIRST_RUN_AFTER.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        return this;
    }

    /** Sends every message due now that no one sent or is sending. */
    public Outcome runOnce() {
        int sent = 0;
        int failed = 0;
        int skipped = 0;
        for (ReminderMessage message : reminders.due()) {
            if (!reminders.claim(message)) {
                skipped++;
                continue;
            }
            try {
                mailer.send(message.recipient(), mail.write(message));
            } catch (Exception e) {
                // A server's reply may run over several lines; the log and the stored reason keep one.
                String reason = (e.getClass().getSimpleName() + ": " + e.getMessage()).replaceAll("\\s+", " ")
                        .strip();
                Instant retryAt = reminders.failed(message, reason);
                LOG.warn("Reminder {} to {} not sent ({}); tried again from {}", message.key(),
                        message.recipient().email(), reason, retryAt);
                failed++;
                continue;
            }
            reminders.sent(message);
            sent++;
        }
        return new Outcome(sent, failed, skipped);
    }

    private void runLogged() {
        try {
            Outcome outcome = runOnce();
            if (outcome.sent() > 0 || outcome.failed() > 0) {
                LOG.info("Reminders: {} sent, {} failed", outcome.sent(), outcome.failed());
            }
        } catch (RuntimeException e) {
            LOG.warn("The reminders were not looked at: {}", e.toString());
        }
    }

    /** Stops the schedule, and waits a while for a run in progress, so that the database outlives it. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(SmtpMailer.TIMEOUT_MILLIS * 2L, TimeUnit.MILLISECONDS)) {
                LOG.warn("A reminder run was still going when the service stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
