package se.omvarld.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.omvarld.application.Scenarios.COORDINATOR;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.domain.visit.Direction;
import se.omvarld.domain.visit.Visit;
import se.omvarld.domain.visit.VisitReport;
import se.omvarld.port.AuditEntry;
import se.omvarld.port.Violation;

/** A visit's report (R8): attached, replaced, read back, audited. */
class VisitReportUseCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final String PDF_TYPE = "application/pdf";
    private static final byte[] PDF = "%PDF-1.7\nBesöksrapport".getBytes(StandardCharsets.UTF_8);

    private final Ports ports = TestPorts.on(TODAY);
    private final VisitUseCases visits = new VisitUseCases(ports);

    private Visit recordedVisit() {
        Scenarios.registerLidkoping(ports);
        return visits.record(new VisitCommands.Record(COORDINATOR, "1494", null, Direction.INCOMING,
                LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 7), "Vänortsbesök från Utena", 6, false,
                Set.of())).value();
    }

    private Result<VisitUseCases.AttachedReport> attach(Visit visit, String municipality, String fileName,
            String mediaType, byte[] content) {
        return visits.attachReport(new VisitCommands.AttachReport(COORDINATOR, municipality, visit.id().toString(),
                fileName, mediaType, content));
    }

    @Test
    void an_attached_report_is_read_back_with_its_bytes_and_audited_on_its_visit() {
        Visit visit = recordedVisit();

        VisitUseCases.AttachedReport attached = attach(visit, "1494", "rapport.pdf", PDF_TYPE, PDF).value();

        assertThat(attached.replaced()).isFalse();
        assertThat(attached.report().uploadedBy()).isEqualTo(COORDINATOR);
        assertThat(visits.report(visit.municipality(), visit.id()).value()).contains(attached.report());
        assertThat(visits.reportFile(visit.municipality(), visit.id()).value().orElseThrow().content())
                .isEqualTo(PDF);
        AuditEntry entry = ports.audit().of(visit.municipality(), "visit", visit.id().toString()).reverse().get(0);
        assertThat(entry.action()).isEqualTo("attach-report");
        assertThat(entry.change().key()).isEqualTo(WordingKey.AUDIT_VISIT_REPORT_ATTACHED);
        assertThat(entry.change().arguments()).containsExactly("rapport.pdf");
    }

    @Test
    void a_later_report_replaces_the_earlier_one() {
        Visit visit = recordedVisit();
        attach(visit, "1494", "utkast.pdf", PDF_TYPE, PDF);
        byte[] odt = "PK\u0003\u0004slutlig".getBytes(StandardCharsets.ISO_8859_1);

        VisitUseCases.AttachedReport attached = attach(visit, "1494", "rapport.odt", null, odt).value();

        assertThat(attached.replaced()).isTrue();
        assertThat(visits.report(visit.municipality(), visit.id()).value()).get()
                .extracting(VisitReport::fileName).isEqualTo("rapport.odt");
    }

    @Test
    void a_report_whose_claimed_type_is_not_what_its_content_is_names_the_file_field() {
        Visit visit = recordedVisit();

        Result.Invalid<?> invalid = (Result.Invalid<?>) attach(visit, "1494", "rapport.pdf",
                "application/vnd.oasis.opendocument.text", PDF);

        assertThat(invalid.violations()).extracting(Violation::field, v -> v.wording().key())
                .containsExactly(tuple("file", WordingKey.FIELD_REPORT_CLAIMED_FORMAT));
        assertThat(visits.report(visit.municipality(), visit.id()).value()).isEmpty();
    }

    @Test
    void a_report_of_another_municipality_s_visit_is_not_found_and_nothing_is_kept() {
        Visit visit = recordedVisit();
        Scenarios.registerEksjo(ports);

        assertThat(attach(visit, "0686", "rapport.pdf", PDF_TYPE, PDF)).isInstanceOf(Result.NotFound.class);
        assertThat(visits.report(MunicipalityCode.of("0686"), visit.id())).isInstanceOf(Result.NotFound.class);
        assertThat(visits.report(visit.municipality(), visit.id()).value()).isEmpty();
    }
}
