package se.omvarld.adapter.report.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.register.PublicView;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Wording;
import se.omvarld.port.AuditEntry;
import se.omvarld.port.AuditTrail;

/** The feed read back with the JDK's DOM parser, namespace-aware (the writer is StAX). */
class OpenDataAtomTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final URI SELF = URI.create("https://www.lidkoping.se/omvarld/andringar.atom");
    private static final MunicipalityCode CODE = LidkopingRegister.CODE;

    /** The audit trail as the port gives it: one aggregate's entries, oldest first. */
    private record Trail(List<AuditEntry> entries) implements AuditTrail {

        @Override
        public void append(AuditEntry entry) {
            throw new UnsupportedOperationException("the feed only reads");
        }

        @Override
        public ImmutableList<AuditEntry> of(MunicipalityCode municipality, String aggregateType, String id) {
            return entries.stream().filter(e -> e.municipality().equals(municipality)
                    && e.aggregateType().equals(aggregateType) && e.aggregateId().equals(id))
                    .collect(ImmutableList.toImmutableList());
        }

        @Override
        public ImmutableList<AuditEntry> latest(MunicipalityCode municipality, int limit) {
            return Lists.reverse(entries).stream().filter(e -> e.municipality().equals(municipality)).limit(limit)
                    .collect(ImmutableList.toImmutableList());
        }
    }

    private static AuditEntry entry(String type, Object id, long version, String action, String at) {
        return new AuditEntry(CODE, "anna.andersson@lidkoping.se", Instant.parse(at), type, id.toString(), version,
                action, Wording.unkeyed("internal description of version " + version));
    }

    private static final Trail TRAIL = new Trail(List.of(
            entry("partnership", LidkopingRegister.UTENA_TWIN_TOWN, 1, "propose", "2025-01-02T08:00:00Z"),
            entry("partnership", LidkopingRegister.UTENA_TWIN_TOWN, 2, "activate", "2025-01-03T08:00:00Z"),
            entry("partnership", LidkopingRegister.UTENA_TWIN_TOWN, 3, "record-analysis", "2025-02-01T08:00:00Z"),
            entry("project", LidkopingRegister.EXCHANGE_WITH_ZAMBIA, 1, "register-idea", "2025-03-01T08:00:00Z"),
            entry("project", LidkopingRegister.EXCHANGE_WITH_ZAMBIA, 2, "start", "2025-04-01T09:30:00.250Z"),
            entry("project", LidkopingRegister.EXCHANGE_WITH_ZAMBIA, 3, "record-democracy-plan",
                    "2025-05-01T08:00:00Z"),
            entry("partner", LidkopingRegister.UTENA, 1, "register", "2025-01-01T08:00:00Z")));

    private static Document parse(String feed) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> entries(Document feed) {
        NodeList nodes = feed.getElementsByTagNameNS(ATOM, "entry");
        List<Element> entries = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            entries.add((Element) nodes.item(i));
        }
        return entries;
    }

    private static String child(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    @Test
    void only_public_changes_to_public_records_become_entries_newest_first() throws Exception {
        Document feed = parse(OpenDataAtom.write(PublicViews.lidkoping(), TRAIL, SELF, ReportLanguage.SWEDISH));

        assertThat(entries(feed)).extracting(e -> child(e, "title")).containsExactly(
                "Utbyte med Zambia (exchange with Zambia) – startade",
                "Utbyte med Zambia (exchange with Zambia) – registrerades",
                "Utena, Litauen: vänortsavtal – trädde i kraft",
                "Utena, Litauen: vänortsavtal – föreslogs");
        assertThat(entries(feed)).extracting(e -> child(e, "updated")).containsExactly("2025-04-01T09:30:00Z",
                "2025-03-01T08:00:00Z", "2025-01-03T08:00:00Z", "2025-01-02T08:00:00Z");
        String whole = OpenDataAtom.write(PublicViews.lidkoping(), TRAIL, SELF, ReportLanguage.SWEDISH);
        assertThat(whole).doesNotContain("anna.andersson").doesNotContain("internal description")
                .doesNotContain(LidkopingRegister.UTENA_TWIN_TOWN.toString());
    }

    @Test
    void the_feed_has_the_elements_atom_requires_and_names_itself() throws Exception {
        Document feed = parse(OpenDataAtom.write(PublicViews.lidkoping(), TRAIL, SELF, ReportLanguage.ENGLISH));
        Element root = feed.getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("en");
        assertThat(child(root, "id")).isEqualTo("tag:www.lidkoping.se,2026:1494/changes");
        assertThat(child(root, "title")).isEqualTo("International work of Lidköping: changes");
        assertThat(child(root, "updated")).isEqualTo("2025-04-01T09:30:00Z");
        assertThat(child(root, "name")).isEqualTo("Lidköping");
        Element link = (Element) root.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(link.getAttribute("rel")).isEqualTo("self");
        assertThat(link.getAttribute("href")).isEqualTo(SELF.toString());
        for (Element entry : entries(feed)) {
            assertThat(child(entry, "id")).startsWith("tag:www.lidkoping.se,2026:1494/");
            assertThat(child(entry, "content")).isNotBlank();
        }
    }

    @Test
    void an_entry_keeps_its_id_across_readings_and_no_two_share_one() throws Exception {
        List<String> first = entries(parse(OpenDataAtom.write(PublicViews.lidkoping(), TRAIL, SELF,
                ReportLanguage.SWEDISH))).stream().map(e -> child(e, "id")).toList();
        List<String> again = entries(parse(OpenDataAtom.write(PublicViews.lidkoping(), TRAIL, SELF,
                ReportLanguage.ENGLISH))).stream().map(e -> child(e, "id")).toList();

        assertThat(again).isEqualTo(first);
        Set<String> unique = new HashSet<>(first);
        assertThat(unique).hasSize(first.size());
        assertThat(first).allSatisfy(id -> assertThat(URI.create(id).getScheme()).isEqualTo("tag"));
    }

    @Test
    void a_record_no_longer_public_drops_out_of_the_feed() throws Exception {
        PublicView withoutProjects = new PublicView(CODE, "Lidköping", PublicViews.TODAY,
                PublicViews.lidkoping().partnerships(), ImmutableList.of());

        Document feed = parse(OpenDataAtom.write(withoutProjects, TRAIL, SELF, ReportLanguage.SWEDISH));

        assertThat(entries(feed)).extracting(e -> child(e, "title")).containsExactly(
                "Utena, Litauen: vänortsavtal – trädde i kraft", "Utena, Litauen: vänortsavtal – föreslogs");
    }

    @Test
    void a_feed_without_changes_is_still_valid_and_dated_by_the_view() throws Exception {
        Document feed = parse(OpenDataAtom.write(PublicViews.empty(), TRAIL, SELF, ReportLanguage.SWEDISH));

        assertThat(entries(feed)).isEmpty();
        assertThat(child(feed.getDocumentElement(), "updated")).isEqualTo("2026-12-07T00:00:00Z");
    }

    @Test
    void markup_in_a_title_is_text_in_the_feed() throws Exception {
        PublicView tricky = PublicViews.tricky();
        Trail trail = new Trail(List.of(new AuditEntry(tricky.code(), "x", Instant.parse("2026-01-01T00:00:00Z"),
                "project", tricky.projects().get(0).id().toString(), 1, "register-idea", Wording.unkeyed("x"))));

        Document feed = parse(OpenDataAtom.write(tricky, trail, SELF, ReportLanguage.SWEDISH));

        assertThat(child(entries(feed).get(0), "title")).isEqualTo(PublicViews.TRICKY + " – registrerades");
    }

    @Test
    void a_relative_address_is_refused() {
        assertThatThrownBy(() -> OpenDataAtom.write(PublicViews.empty(), TRAIL, URI.create("/feed.atom"),
                ReportLanguage.SWEDISH)).isInstanceOf(IllegalArgumentException.class);
    }
}
