package se.omvarld.service.mail;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.net.URI;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import se.omvarld.domain.reminder.DueItem;
import se.omvarld.domain.reminder.MessageKind;
import se.omvarld.domain.reminder.ReminderMessage;
import se.omvarld.domain.reminder.ReminderSchedule;
import se.omvarld.domain.report.ReportLanguage;

/**
 * Writes a reminder or digest as an e-mail in the recipient's language: a subject, a plain-text body and the same in
 * HTML, with the words from {@code mail/messages_<language>.properties}, dates written out ("31 mars 2026",
 * "31 March 2026"), and a link to each record in the web app: {@code /app/obligations} for an obligation (the list
 * it is settled from), {@code /app/funding#calls-<id>} for a call (its row in the list of calls), under the service's public address. Every text from the
 * register is escaped in the HTML part, so a title holding markup reads as that text.
 */
public final class ReminderMail {

    /** An e-mail's words, ready to send. */
    public record Content(String subject, String text, String html, ReportLanguage language) {
    }

    private static final Escaper HTML = HtmlEscapers.htmlEscaper();

    private final String base;

    /** Links under {@code publicAddress}, e.g. {@code https://omvarld.lidkoping.se}. */
    public ReminderMail(URI publicAddress) {
        String address = checkNotNull(publicAddress, "publicAddress is required").toString();
        this.base = address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    public Content write(ReminderMessage message) {
        checkNotNull(message, "message is required");
        Words words = new Words(message.recipient().language());
        return message.kind() == MessageKind.REMINDER ? reminder(message, words) : digest(message, words);
    }

    private Content reminder(ReminderMessage message, Words words) {
        DueItem item = message.upcoming().get(0);
        boolean obligation = item.kind() == DueItem.Kind.OBLIGATION;
        String name = words.name(item);
        String due = words.date(item);
        String subject = words.format(obligation ? "reminder.subject.obligation" : "reminder.subject.call", name,
                due);
        String intro = obligation ? "reminder.intro.obligation" : "reminder.intro.call";
        String link = link(item);
        String text = words.format("greeting", message.recipient().name()) + "\n\n"
                + words.format(intro, name, due) + "\n\n"
                + words.format("link", link) + "\n\n"
                + "-- \n" + words.text("footer") + "\n";
        String html = page(words, "<p>" + words.html("greeting", message.recipient().name()) + "</p>\n"
                + "<p>" + words.html(intro, name, due) + "</p>\n"
                + "<p><a href=\"" + HTML.escape(link) + "\">" + HTML.escape(words.text("link.text")) + "</a></p>\n");
        return new Content(subject, text, html, message.recipient().language());
    }

    private Content digest(ReminderMessage message, Words words) {
        String week = String.valueOf(message.on().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        String subject = words.format("digest.subject", week, String.valueOf(message.upcoming().size()),
                String.valueOf(message.overdue().size()));
        String upcoming = words.format("digest.upcoming", String.valueOf(ReminderSchedule.DIGEST_DAYS));
        String overdue = words.text("digest.overdue");
        String text = words.format("greeting", message.recipient().name()) + "\n\n"
                + words.text("digest.intro") + "\n\n"
                + section(words, upcoming, message.upcoming())
                + section(words, overdue, message.overdue())
                + "-- \n" + words.text("footer") + "\n";
        String html = page(words, "<p>" + words.html("greeting", message.recipient().name()) + "</p>\n"
                + "<p>" + HTML.escape(words.text("digest.intro")) + "</p>\n"
                + htmlSection(words, upcoming, message.upcoming())
                + htmlSection(words, overdue, message.overdue()));
        return new Content(subject, text, html, message.recipient().language());
    }

    private String section(Words words, String heading, List<DueItem> items) {
        StringBuilder text = new StringBuilder(heading).append(":\n");
        if (items.isEmpty()) {
            text.append("  ").append(words.text("digest.nothing")).append('\n');
        }
        for (DueItem item : items) {
            text.append("- ").append(words.item(item)).append("\n  ").append(link(item)).append('\n');
        }
        return text.append('\n').toString();
    }

    private String htmlSection(Words words, String heading, List<DueItem> items) {
        StringBuilder html = new StringBuilder("<h2>").append(HTML.escape(heading)).append("</h2>\n");
        if (items.isEmpty()) {
            return html.append("<p>").append(HTML.escape(words.text("digest.nothing"))).append("</p>\n").toString();
        }
        html.append("<ul>\n");
        for (DueItem item : items) {
            html.append("<li><a href=\"").append(HTML.escape(link(item))).append("\">")
                    .append(HTML.escape(words.item(item))).append("</a></li>\n");
        }
        return html.append("</ul>\n").toString();
    }

    private static String page(Words words, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + words.language.tag() + "\">\n<head><meta charset=\"utf-8\">"
                + "<title>Omvärld</title></head>\n<body>\n" + body
                + "<hr>\n<p><small>" + HTML.escape(words.text("footer")) + "</small></p>\n</body>\n</html>\n";
    }

    /** The web app's page of the item. */
    String link(DueItem item) {
        return item.kind() == DueItem.Kind.OBLIGATION ? base + "/app/obligations"
                : base + "/app/funding#calls-" + item.reference();
    }

    /** The bundle of one language, and its dates. */
    private static final class Words {
        private final ReportLanguage language;
        private final ResourceBundle bundle;
        private final DateTimeFormatter dates;

        Words(ReportLanguage language) {
            this.language = language;
            Locale locale = language.locale();
            this.bundle = ResourceBundle.getBundle("mail.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        }

        String text(String key) {
            return bundle.getString(key);
        }

        String format(String key, String... arguments) {
            return new MessageFormat(text(key), language.locale()).format(arguments);
        }

        /**
         * The message as HTML: formatted with a marker in place of each argument, escaped, and then each marker
         * replaced by its argument escaped, so that neither the words nor the register's texts can make markup.
         */
        String html(String key, String... arguments) {
            String[] markers = new String[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                markers[i] = "\u0000" + i + "\u0000";
            }
            String html = HTML.escape(format(key, markers));
            for (int i = 0; i < arguments.length; i++) {
                html = html.replace(markers[i], HTML.escape(arguments[i]));
            }
            return html;
        }

        String date(DueItem item) {
            return dates.format(item.due());
        }

        /** An obligation by its kind and subject ("Årlig sammanställning – 2025"), a call by its title. */
        String name(DueItem item) {
            return item.obligation().map(kind -> text("kind." + kind.name()) + " – " + item.title())
                    .orElse(item.title());
        }

        String item(DueItem item) {
            return format(item.kind() == DueItem.Kind.OBLIGATION ? "item.obligation" : "item.call", name(item),
                    date(item));
        }
    }
}
