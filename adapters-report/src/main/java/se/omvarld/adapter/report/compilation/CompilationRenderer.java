package se.omvarld.adapter.report.compilation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.BiFunction;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.domain.report.AnnualCompilation;
import se.omvarld.domain.report.CommitteeReportSection;
import se.omvarld.domain.report.ReportFormat;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.port.RenderedReport;
import se.omvarld.port.ReportRenderer;

/**
 * Core's {@link ReportRenderer} for the compilation and the annual report's section: makes the document in the
 * language asked for ({@link CompilationDocuments}), has {@code writer} write it in the format asked for, and names
 * the download. Which writer writes which format is the composition's to say.
 */
public final class CompilationRenderer implements ReportRenderer {

    private final BiFunction<ReportDocument, ReportFormat, byte[]> writer;

    /** @param writer writes a document in a format: HTML, PDF, DOCX, XLSX, CSV or CSV for Swedish Excel */
    public CompilationRenderer(BiFunction<ReportDocument, ReportFormat, byte[]> writer) {
        this.writer = checkNotNull(writer, "writer is required");
    }

    @Override
    public RenderedReport annualCompilation(AnnualCompilation compilation, ReportFormat format,
            ReportLanguage language) {
        return rendered(CompilationDocuments.annualCompilation(compilation, language), format,
                CompilationDocuments.fileName(compilation, format, language));
    }

    @Override
    public RenderedReport committeeSection(CommitteeReportSection section, ReportFormat format,
            ReportLanguage language) {
        return rendered(CompilationDocuments.committeeSection(section, language), format,
                CompilationDocuments.fileName(section, format, language));
    }

    private RenderedReport rendered(ReportDocument document, ReportFormat format, String fileName) {
        return new RenderedReport(fileName, format.mediaType(), checkNotNull(writer.apply(document, format),
                "the writer wrote nothing for %s", format));
    }
}
