package se.omvarld.adapter.report.pdf;

import static com.google.common.base.Preconditions.checkNotNull;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import se.omvarld.adapter.report.chart.ChartImages;
import se.omvarld.adapter.report.document.Chart;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.adapter.report.document.Section;
import se.omvarld.adapter.report.document.Xml;
import se.omvarld.adapter.report.html.ReportMarkup;

/**
 * Writes a report as an archivable, accessible PDF: PDF/A-3a and PDF/UA-1, A4, "page / pages" in the bottom margin,
 * a bookmark per section, the document's language and title in the catalog and the metadata, real text in the
 * DejaVu Sans shipped in this module (embedded, so that å, ä and ö extract as themselves), every chart an image with
 * the chart's text alternative. The layout is the HTML page's, by openhtmltopdf. Loading this class sets PDFBox's
 * deflate level ({@value #DEFLATE_LEVEL}) to 1, the quickest, unless the JVM was given one.
 */
public final class PdfReportWriter {

    private static final String FAMILY = "DejaVu Sans";
    private static final byte[] REGULAR = withoutGlyphSubstitution(resource("fonts/DejaVuSans.ttf"));
    private static final byte[] BOLD = withoutGlyphSubstitution(resource("fonts/DejaVuSans-Bold.ttf"));
    // PDF/A needs an RGB output intent; the JDK's own sRGB profile is enough and ships with every JVM.
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** A chart spans the text's 186 mm: 1,100 pixels are 150 dpi, as sharp as print needs and a third of the work. */
    private static final int CHART_WIDTH = 1_100;
    // A4 is narrower than a screen: tables of seven columns fit only in smaller type, with dates allowed to wrap;
    // the partnerships' ten columns fit only if a long word may break too (else the last column fell off the page).
    private static final String PDF_STYLE = """
            <style>
            html { font-family: "DejaVu Sans"; }
            table { -fs-table-paginate: paginate; }
            @page { margin: 18mm 12mm 20mm 12mm; }
            th, td { font-size: 7.5pt; padding: 2pt 3pt; word-wrap: break-word; }
            td.date { white-space: normal; }
            </style>
            """;

    /** PDFBox's deflate level, a JVM-wide system property ({@code -D…=6} keeps PDFBox's default). */
    static final String DEFLATE_LEVEL = "org.apache.pdfbox.filter.deflatelevel";

    static {
        XRLog.setLoggerImpl(new OpenHtmlToPdfLog());
        // Deflating the page contents and object streams at PDFBox's default level 6 was a third of writing a
        // compilation (profiled); level 1 takes a tenth more bytes. PDFBox reads the level only from this property.
        if (System.getProperty(DEFLATE_LEVEL) == null) {
            System.setProperty(DEFLATE_LEVEL, "1");
        }
    }

    public byte[] write(ReportDocument document) {
        checkNotNull(document, "document is required");
        ChartImages charts = ChartImages.of(document.language());
        String page = ReportMarkup.page(document, (chart, id) -> image(charts, chart),
                subject(document) + bookmarks(document) + PDF_STYLE);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(SRGB);
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
        builder.withProducer("Omvärld");
        builder.withHtmlContent(page, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF of " + document.title() + " could not be written", e);
        }
        return pdf.toByteArray();
    }

    /** The metadata's subject, which PDF/UA asks for: openhtmltopdf takes it from this meta element. */
    private static String subject(ReportDocument document) {
        return "<meta name=\"subject\" content=\"" + Xml.escape(ReportMarkup.description(document))
                + "\"/>\n";
    }

    /** openhtmltopdf's own head element: one outline entry per section, pointing at the section's heading. */
    private static String bookmarks(ReportDocument document) {
        StringBuilder bookmarks = new StringBuilder("<bookmarks>\n");
        for (Section section : document.sections()) {
            bookmarks.append("<bookmark name=\"").append(Xml.escape(section.heading()))
                    .append("\" href=\"#").append(section.id()).append("\"/>\n");
        }
        return bookmarks.append("</bookmarks>\n").toString();
    }

    private static String image(ChartImages charts, Chart chart) {
        return "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(
                ChartImages.png(charts.image(chart, CHART_WIDTH), true))
                + "\" alt=\"" + Xml.escape(chart.altText()) + "\"/>";
    }

    /**
     * The font with its glyph substitution table renamed, so PDFBox leaves it alone: the table holds no Latin
     * ligature a report uses, and applying it to every string was an eighth of the writing (profiled).
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        byte[] copy = font.clone();
        int tables = ((copy[4] & 0xFF) << 8) | (copy[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (copy[record] == 'G' && copy[record + 1] == 'S' && copy[record + 2] == 'U' && copy[record + 3] == 'B') {
                copy[record + 1] = 'X';
            }
        }
        return copy;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the report module ships no " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
