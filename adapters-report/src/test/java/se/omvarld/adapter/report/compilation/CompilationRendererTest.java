package se.omvarld.adapter.report.compilation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.report.ReportFormat;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.port.RenderedReport;

class CompilationRendererTest {

    /** A writer that writes the document's title and the format, so the test sees what it was given. */
    private final CompilationRenderer renderer = new CompilationRenderer((document, format) ->
            (document.title() + " | " + document.language() + " | " + format).getBytes(StandardCharsets.UTF_8));

    @Test
    void the_compilation_is_written_in_the_language_and_format_asked_for_and_named_for_download() {
        RenderedReport report = renderer.annualCompilation(DemoCompilation.compilation(), ReportFormat.PDF,
                ReportLanguage.ENGLISH);

        assertThat(report.fileName()).isEqualTo("annual-compilation-lidkoping-2025.pdf");
        assertThat(report.mediaType()).isEqualTo("application/pdf");
        assertThat(new String(report.content(), StandardCharsets.UTF_8))
                .isEqualTo("International work 2025 – annual compilation, Lidköping | ENGLISH | PDF");
    }

    @Test
    void a_committee_section_is_written_with_its_committee_in_the_name() {
        RenderedReport report = renderer.committeeSection(DemoCompilation.committeeSections().get(0),
                ReportFormat.CSV_EXCEL, ReportLanguage.SWEDISH);

        assertThat(report.fileName()).startsWith("arsredovisning-internationellt-").endsWith("-2025-excel.csv");
        assertThat(report.mediaType()).isEqualTo(ReportFormat.CSV_EXCEL.mediaType());
        assertThat(new String(report.content(), StandardCharsets.UTF_8)).endsWith("avsnitt i årsredovisningen"
                + " | SWEDISH | CSV_EXCEL");
    }
}
