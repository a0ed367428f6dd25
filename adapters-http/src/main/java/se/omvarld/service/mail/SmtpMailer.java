package se.omvarld.service.mail;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import se.omvarld.domain.access.UserAccount;

/**
 * Sends e-mail over SMTP with Jakarta Mail (Eclipse Angus): one message per call, {@code multipart/alternative} with
 * a {@code text/plain} part and a {@code text/html} part, both UTF-8, the subject encoded as RFC 2047 wants. A
 * connection is opened per message: a run sends a handful, and a connection kept between hourly runs would only time
 * out. Connecting, reading and writing each give up after {@link #TIMEOUT_MILLIS}, so an unanswering server fails a
 * send rather than holding the run.
 */
public final class SmtpMailer {

    static final int TIMEOUT_MILLIS = 20_000;

    private final SmtpSettings settings;
    private final Session session;

    public SmtpMailer(SmtpSettings settings) {
        this.settings = checkNotNull(settings, "settings are required");
        this.session = Session.getInstance(properties(settings));
    }

    private static Properties properties(SmtpSettings settings) {
        String protocol = settings.tls() == SmtpSettings.Tls.TLS ? "smtps" : "smtp";
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", protocol);
        String prefix = "mail." + protocol + ".";
        p.setProperty(prefix + "host", settings.host());
        p.setProperty(prefix + "port", String.valueOf(settings.port()));
        p.setProperty(prefix + "auth", String.valueOf(settings.user().isPresent()));
        p.setProperty(prefix + "connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        p.setProperty(prefix + "timeout", String.valueOf(TIMEOUT_MILLIS));
        p.setProperty(prefix + "writetimeout", String.valueOf(TIMEOUT_MILLIS));
        p.setProperty("mail.mime.charset", StandardCharsets.UTF_8.name());
        if (settings.tls() == SmtpSettings.Tls.STARTTLS) {
            p.setProperty(prefix + "starttls.enable", "true");
            p.setProperty(prefix + "starttls.required", "true");
        }
        if (settings.tls() != SmtpSettings.Tls.NONE) {
            p.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return p;
    }

    /**
     * Sends {@code content} to {@code recipient}'s address.
     *
     * @throws MessagingException if the server cannot be reached or refuses the message
     */
    public void send(UserAccount recipient, ReminderMail.Content content) throws MessagingException {
        checkNotNull(recipient, "recipient is required");
        checkNotNull(content, "content is required");
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from().value()));
        try {
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient.email().value(),
                    recipient.name(), StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        message.setSubject(content.subject(), StandardCharsets.UTF_8.name());
        message.setHeader("Content-Language", content.language().tag());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(content.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(content.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        if (settings.user().isPresent()) {
            Transport.send(message, settings.user().get(), settings.password().orElseThrow());
        } else {
            Transport.send(message);
        }
    }
}
