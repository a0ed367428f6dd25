package se.omvarld.adapter.report.opendata;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.hash.Hashing;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.omvarld.domain.register.PublicView;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.port.AuditEntry;
import se.omvarld.port.AuditTrail;

/**
 * An Atom 1.0 feed (RFC 4287) of the changes to the records the public view shows: the partnerships in force and the
 * current projects, from the audit trail. Only changes the public may know of become entries — a partnership
 * proposed, in force, under review, continued; a project registered, applied for, granted, started, completed — never
 * analyses, democracy plans or who made a change. The newest {@value #MAX_ENTRIES} entries, newest first.
 *
 * <p>Every id is a tag URI (RFC 4151) under the host of the feed's own address: {@code tag:<host>,2026:<code>/<kind>/
 * <record>/<version>}, where {@code <record>} is a digest of the record's id (the public view shows no ids), so an
 * entry keeps its id from one reading of the feed to the next and no two changes share one.
 */
public final class OpenDataAtom {

    /** The {@code Content-Type} the feed is served with. */
    public static final String MEDIA_TYPE = "application/atom+xml; charset=utf-8";
    /** How many entries the feed holds at most. */
    public static final int MAX_ENTRIES = 100;

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** The year Omvärld began minting these tag URIs: fixed, or every id would change. */
    private static final String TAG_YEAR = "2026";
    private static final String PARTNERSHIP = "partnership";
    private static final String PROJECT = "project";
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_INSTANT;

    /** The public actions per record kind, with their words in Swedish and English. */
    private static final Map<String, Map<String, String[]>> PUBLIC_ACTIONS = ImmutableMap.of(
            PARTNERSHIP, ImmutableMap.of(
                    "propose", new String[] {"föreslogs", "proposed"},
                    "activate", new String[] {"trädde i kraft", "came into force"},
                    "put_under_review", new String[] {"ses över", "put under review"},
                    "continue", new String[] {"fortsätter efter översyn", "continued after review"}),
            PROJECT, ImmutableMap.of(
                    "register-idea", new String[] {"registrerades", "registered"},
                    "submit_application", new String[] {"ansökan lämnades in", "application submitted"},
                    "grant", new String[] {"beviljades", "granted"},
                    "start", new String[] {"startade", "started"},
                    "complete", new String[] {"avslutades", "completed"}));

    private OpenDataAtom() {
    }

    /** One entry: the change, the record's public title and a line about it. */
    private record Change(AuditEntry entry, String kind, String title, String summary) {
    }

    /**
     * The feed of {@code view}'s records' changes as {@code trail} holds them, served at {@code self} (an absolute
     * URI whose host names the tag URIs).
     */
    public static String write(PublicView view, AuditTrail trail, URI self, ReportLanguage language) {
        checkNotNull(view, "view is required");
        checkNotNull(trail, "trail is required");
        checkNotNull(self, "self is required");
        checkNotNull(language, "language is required");
        checkArgument(self.isAbsolute() && self.getHost() != null, "the feed's address must be absolute, was %s",
                self);
        Labels labels = new Labels(language);
        List<Change> changes = new ArrayList<>();
        for (PublicView.PublicPartnership p : view.partnerships()) {
            for (AuditEntry e : trail.of(view.code(), PARTNERSHIP, p.id().toString())) {
                changes.add(new Change(e, PARTNERSHIP, p.title(), labels.kind(p.kind()) + ": " + p.partner() + ", "
                        + labels.country(p.country())));
            }
        }
        for (PublicView.PublicProject p : view.projects()) {
            for (AuditEntry e : trail.of(view.code(), PROJECT, p.id().toString())) {
                changes.add(new Change(e, PROJECT, p.title(), labels.kind(p.kind()) + ", " + p.unit()));
            }
        }
        List<Change> published = changes.stream()
                .filter(c -> PUBLIC_ACTIONS.get(c.kind()).containsKey(c.entry().action()))
                .sorted(Comparator.comparing((Change c) -> c.entry().at()).reversed()
                        .thenComparing(c -> c.entry().aggregateId()).thenComparing(c -> -c.entry().version()))
                .limit(MAX_ENTRIES)
                .toList();
        Instant updated = published.isEmpty() ? view.on().atStartOfDay(ZoneOffset.UTC).toInstant()
                : published.get(0).entry().at();
        String tag = "tag:" + self.getHost() + "," + TAG_YEAR + ":" + view.code().value() + "/";
        try {
            return document(view, published, labels, language, self, tag, updated);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the Atom feed could not be written", e);
        }
    }

    private static String document(PublicView view, List<Change> changes, Labels labels, ReportLanguage language,
            URI self, String tag, Instant updated) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language.tag());
        element(xml, 1, "id", tag + "changes");
        element(xml, 1, "title", labels.pick("Internationellt arbete i ", "International work of ") + view.name()
                + labels.pick(": ändringar", ": changes"));
        element(xml, 1, "updated", stamp(updated));
        xml.writeCharacters("\n  ");
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", "self");
        xml.writeAttribute("href", self.toString());
        xml.writeCharacters("\n  ");
        xml.writeStartElement("author");
        element(xml, 2, "name", view.name());
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        for (Change c : changes) {
            String[] words = PUBLIC_ACTIONS.get(c.kind()).get(c.entry().action());
            xml.writeCharacters("\n  ");
            xml.writeStartElement("entry");
            element(xml, 2, "id", tag + c.kind() + "/" + digest(c.kind(), c.entry().aggregateId()) + "/"
                    + c.entry().version());
            element(xml, 2, "title", c.title() + " – " + (labels.swedish() ? words[0] : words[1]));
            element(xml, 2, "updated", stamp(c.entry().at()));
            xml.writeCharacters("\n    ");
            xml.writeStartElement("content");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(c.summary());
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, int depth, String name, String text) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String stamp(Instant instant) {
        return RFC_3339.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Sixteen hex digits of the SHA-256 of the record's kind and id: stable, and no id shown. */
    private static String digest(String kind, String id) {
        return Hashing.sha256().hashString(kind + "/" + id, StandardCharsets.UTF_8).toString().substring(0, 16);
    }
}
