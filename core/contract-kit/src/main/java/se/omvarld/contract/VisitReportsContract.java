package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.visit.Visit;
import se.omvarld.domain.visit.VisitReport;
import se.omvarld.port.VisitReports;
import se.omvarld.testkit.Fixtures;

/**
 * What every {@link VisitReports} must do: keep a visit's report, its bytes exactly, replace it with a later one,
 * and find nothing for another municipality. Every test works on a visit of its own in a municipality of its own.
 */
public abstract class VisitReportsContract extends PersistenceContract {

    /** 2026-05-25 08:30:00.123456 UTC: microseconds, which every store keeps. */
    private static final Instant UPLOADED = Instant.parse("2026-05-25T08:30:00.123456Z");

    private VisitReports reports() {
        return persistence().visitReports();
    }

    /** A PDF's first bytes, then every byte value once, so that no store may treat the content as text. */
    private static byte[] pdf(String text) {
        byte[] head = ("%PDF-1.7\n" + text + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[head.length + 256];
        System.arraycopy(head, 0, content, 0, head.length);
        for (int i = 0; i < 256; i++) {
            content[head.length + i] = (byte) i;
        }
        return content;
    }

    private static VisitReport report(Visit visit, String fileName, byte[] content, Instant at) {
        return VisitReport.of(visit.municipality(), visit.id(), fileName, content, at, "Karin Lund");
    }

    @Test
    void a_saved_report_is_found_with_its_description_and_its_bytes_exactly() {
        Visit visit = store(Fixtures.visit(newMunicipality()));
        byte[] content = pdf("Besöksrapport Kecskemét");
        VisitReport report = report(visit, "Besöksrapport Kecskemét maj 2026.pdf", content, UPLOADED);

        boolean replaced = reports().save(report, content);

        assertThat(replaced).isFalse();
        assertThat(reports().find(visit.municipality(), visit.id())).contains(report);
        assertThat(reports().content(visit.municipality(), visit.id())).hasValueSatisfying(
                bytes -> assertThat(bytes).isEqualTo(content));
    }

    @Test
    void a_later_report_replaces_the_earlier_one() {
        Visit visit = store(Fixtures.visit(newMunicipality()));
        byte[] first = pdf("utkast");
        reports().save(report(visit, "utkast.pdf", first, UPLOADED), first);
        byte[] second = "PK\u0003\u0004 the final report".getBytes(StandardCharsets.ISO_8859_1);
        VisitReport later = report(visit, "rapport.odt", second, UPLOADED.plusSeconds(3600));

        boolean replaced = reports().save(later, second);

        assertThat(replaced).isTrue();
        assertThat(reports().find(visit.municipality(), visit.id())).contains(later);
        assertThat(reports().content(visit.municipality(), visit.id())).hasValueSatisfying(
                bytes -> assertThat(bytes).isEqualTo(second));
    }

    @Test
    void a_report_of_the_largest_size_is_kept_whole() {
        Visit visit = store(Fixtures.visit(newMunicipality()));
        byte[] content = new byte[VisitReport.MAX_SIZE];
        byte[] pdf = pdf("stor");
        for (int i = 0; i < content.length; i++) {
            content[i] = pdf[i % pdf.length];
        }

        reports().save(report(visit, "stor.pdf", content, UPLOADED), content);

        assertThat(reports().content(visit.municipality(), visit.id())).hasValueSatisfying(
                bytes -> assertThat(bytes).isEqualTo(content));
    }

    @Test
    void a_visit_without_a_report_has_neither_description_nor_bytes() {
        Visit visit = store(Fixtures.visit(newMunicipality()));

        assertThat(reports().find(visit.municipality(), visit.id())).isEmpty();
        assertThat(reports().content(visit.municipality(), visit.id())).isEmpty();
    }

    @Test
    void another_municipality_finds_no_report_under_the_same_visit_id() {
        Visit visit = store(Fixtures.visit(newMunicipality()));
        byte[] content = pdf("rapport");
        reports().save(report(visit, "rapport.pdf", content, UPLOADED), content);
        MunicipalityCode other = newMunicipality();

        assertThat(reports().find(other, visit.id())).isEmpty();
        assertThat(reports().content(other, visit.id())).isEmpty();
    }

    @Test
    void a_report_of_a_visit_not_stored_in_its_municipality_is_refused() {
        Visit elsewhere = store(Fixtures.visit(newMunicipality()));
        MunicipalityCode other = newMunicipality();
        byte[] content = pdf("rapport");
        VisitReport report = VisitReport.of(other, elsewhere.id(), "rapport.pdf", content, UPLOADED, "Karin Lund");

        assertThatThrownBy(() -> reports().save(report, content)).isInstanceOf(IllegalArgumentException.class);
        assertThat(reports().find(other, elsewhere.id())).isEmpty();
    }

    @Test
    void content_other_than_the_described_is_refused() {
        Visit visit = store(Fixtures.visit(newMunicipality()));
        VisitReport report = report(visit, "rapport.pdf", pdf("rapport"), UPLOADED);

        assertThatThrownBy(() -> reports().save(report, pdf("något annat")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(reports().find(visit.municipality(), visit.id())).isEmpty();
    }
}
