package se.omvarld.adapter.report.html;

import java.nio.charset.StandardCharsets;
import se.omvarld.adapter.report.chart.ChartImages;
import se.omvarld.adapter.report.document.ReportDocument;

/**
 * Writes a report as one self-contained, printable, accessible HTML5 page: no script and no external resource, the
 * style in the page and every chart inline as SVG ({@code role="img"} with a title and a description) in a
 * {@code <figure>} with a {@code <figcaption>}.
 */
public final class HtmlReportWriter {

    /** The page in UTF-8. */
    public byte[] write(ReportDocument document) {
        return page(document).getBytes(StandardCharsets.UTF_8);
    }

    public String page(ReportDocument document) {
        ChartImages charts = ChartImages.of(document.language());
        return ReportMarkup.page(document, charts::svg, "");
    }
}
