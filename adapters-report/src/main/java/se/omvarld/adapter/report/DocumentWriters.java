package se.omvarld.adapter.report;

import static com.google.common.base.Preconditions.checkNotNull;

import se.omvarld.adapter.report.chart.ChartImages;
import se.omvarld.adapter.report.compilation.CompilationRenderer;
import se.omvarld.adapter.report.csv.CsvReportWriter;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.adapter.report.docx.DocxReportWriter;
import se.omvarld.adapter.report.html.HtmlReportWriter;
import se.omvarld.adapter.report.pdf.PdfReportWriter;
import se.omvarld.adapter.report.xlsx.XlsxReportWriter;
import se.omvarld.domain.report.ReportFormat;
import se.omvarld.port.ReportRenderer;

/** Which writer writes a report in which format: the report adapter's composition, and its way in. */
public final class DocumentWriters {

    private final HtmlReportWriter html = new HtmlReportWriter();
    private final PdfReportWriter pdf = new PdfReportWriter();
    private final XlsxReportWriter xlsx = new XlsxReportWriter();

    /** Core's {@link ReportRenderer} over these writers: what the service hands the report routes. */
    public static ReportRenderer reportRenderer() {
        return new CompilationRenderer(new DocumentWriters()::write);
    }

    /** {@code document} in {@code format}; a DOCX's charts are drawn as PNG pictures in the document's language. */
    public byte[] write(ReportDocument document, ReportFormat format) {
        checkNotNull(document, "document is required");
        switch (checkNotNull(format, "format is required")) {
            case HTML:
                return html.write(document);
            case PDF:
                return pdf.write(document);
            case DOCX:
                return new DocxReportWriter(ChartImages.of(document.language())::png).write(document);
            case XLSX:
                return xlsx.write(document);
            case CSV:
            case CSV_EXCEL:
                return CsvReportWriter.of(format).writeAll(document);
            default:
                throw new IllegalArgumentException("no writer for " + format);
        }
    }
}
