package se.omvarld.domain.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.base.Strings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.shared.WordingKey;

class VisitReportTest {

    private static final MunicipalityCode TYRESO = MunicipalityCode.of("0138");
    private static final VisitId VISIT = VisitId.of("5b0c8f2e-6d1a-4c3b-9e7f-0a1b2c3d4e5f");
    private static final Instant AT = Instant.parse("2026-05-25T08:30:00.123456789Z");
    private static final byte[] PDF = "%PDF-1.7\nrapport".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ZIP = "PK\u0003\u0004rapport".getBytes(StandardCharsets.ISO_8859_1);

    private static VisitReport of(String fileName, byte[] content) {
        return VisitReport.of(TYRESO, VISIT, fileName, content, AT, "Karin Lund");
    }

    private static WordingKey refusal(String fileName, byte[] content) {
        return catchThrowableOfType(InvalidValue.class, () -> of(fileName, content)).wording().key();
    }

    @Test
    void a_pdf_is_described_by_its_trimmed_name_size_and_sha256() {
        VisitReport report = of("  Besöksrapport Kecskemét.PDF ", PDF);

        assertThat(report.fileName()).isEqualTo("Besöksrapport Kecskemét.PDF");
        assertThat(report.format()).isEqualTo(VisitReport.Format.PDF);
        assertThat(report.size()).isEqualTo(PDF.length);
        assertThat(report.sha256()).isEqualTo("015e19f52485c8bc92926d2fa78458615a23762bff6ece302c7e429784e50bb6");
        assertThat(report.uploadedAt()).isEqualTo(Instant.parse("2026-05-25T08:30:00.123456Z"));
    }

    @Test
    void a_report_describes_its_own_content_and_no_other() {
        VisitReport report = of("rapport.pdf", PDF);

        assertThat(report.describes(PDF.clone())).isTrue();
        assertThat(report.describes("%PDF-1.7\nRAPPORT".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(report.describes(ZIP)).isFalse();
    }

    @Test
    void a_zip_is_a_word_document_or_an_opendocument_text_by_its_extension() {
        assertThat(of("rapport.docx", ZIP).format().mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(of("rapport.odt", ZIP).format().mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
    }

    @Test
    void content_whose_first_bytes_are_not_what_its_name_says_is_refused() {
        assertThat(refusal("rapport.pdf", ZIP)).isEqualTo(WordingKey.FIELD_REPORT_FORMAT);
        assertThat(refusal("rapport.docx", PDF)).isEqualTo(WordingKey.FIELD_REPORT_FORMAT);
        assertThat(refusal("rapport.txt", PDF)).isEqualTo(WordingKey.FIELD_REPORT_FORMAT);
    }

    @Test
    void an_empty_or_too_large_file_is_refused() {
        byte[] tooLarge = new byte[VisitReport.MAX_SIZE + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);

        assertThat(refusal("rapport.pdf", new byte[0])).isEqualTo(WordingKey.FIELD_REPORT_EMPTY);
        assertThat(refusal("rapport.pdf", tooLarge)).isEqualTo(WordingKey.FIELD_REPORT_TOO_LARGE);
    }

    @Test
    void a_name_with_a_path_separator_or_control_character_or_too_long_is_refused() {
        assertThat(refusal("../rapport.pdf", PDF)).isEqualTo(WordingKey.FIELD_REPORT_FILE_NAME);
        assertThat(refusal("C:\\rapport.pdf", PDF)).isEqualTo(WordingKey.FIELD_REPORT_FILE_NAME);
        assertThat(refusal("rap\u0000port.pdf", PDF)).isEqualTo(WordingKey.FIELD_REPORT_FILE_NAME);
        assertThat(refusal("   ", PDF)).isEqualTo(WordingKey.FIELD_REPORT_FILE_NAME);
        assertThat(refusal(Strings.repeat("a", 197) + ".pdf", PDF)).isEqualTo(WordingKey.FIELD_REPORT_FILE_NAME);
        assertThat(of(Strings.repeat("a", 196) + ".pdf", PDF).fileName()).hasSize(200);
    }
}
