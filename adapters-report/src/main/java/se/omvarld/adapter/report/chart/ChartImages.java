package se.omvarld.adapter.report.chart;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import se.omvarld.adapter.report.document.Chart;
import se.omvarld.adapter.report.document.ChartKind;
import se.omvarld.adapter.report.document.ValueFormats;
import se.omvarld.adapter.report.document.Xml;
import se.omvarld.domain.report.ReportLanguage;

/**
 * Draws a report's {@link Chart} as accessible SVG (for HTML) or as PNG (for DOCX and PDF), from one layout: bars,
 * columns over years, or a world map of countries. Every SVG is {@code role="img"} with the chart's title as its
 * {@code <title>} and its text alternative as its {@code <desc>}. Values on a chart are whole numbers in the
 * language's format; the exact figures belong in the report's tables.
 *
 * <p>Charts are drawn headless with the DejaVu Sans the module ships, never with the server's fonts.
 */
public final class ChartImages {

    /** The width of every PNG in pixels: 1.6 pixels per unit of the SVG's 1000-unit view box. */
    public static final int PNG_WIDTH = 1600;

    private static final double PNG_SCALE = PNG_WIDTH / Layout.WIDTH;
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final ReportLanguage language;
    private final ValueFormats formats;

    private ChartImages(ReportLanguage language) {
        this.language = checkNotNull(language, "language is required");
        this.formats = ValueFormats.of(language);
    }

    public static ChartImages of(ReportLanguage language) {
        return new ChartImages(language);
    }

    /** The chart as a standalone SVG document, its title and description ids prefixed "chart". */
    public String svg(Chart chart) {
        return svg(chart, "chart");
    }

    /**
     * The chart as an {@code <svg>} element, to stand alone or inline in HTML.
     *
     * @param id unique in the page that holds the SVG: its {@code <title>} and {@code <desc>} are {@code id-title}
     *           and {@code id-desc}
     */
    public String svg(Chart chart, String id) {
        checkNotNull(chart, "chart is required");
        checkArgument(id != null && ID.matcher(id).matches(), "an SVG id is a letter then letters, digits, - or _");
        Layout layout = Layout.of(chart, formats, language.locale());
        StringBuilder svg = new StringBuilder(chart.kind() == ChartKind.MAP ? 100_000 : 4_000);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(SvgCanvas.n(Layout.WIDTH))
                .append(' ').append(SvgCanvas.n(layout.height())).append("\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\" font-family=\"")
                .append(ChartFont.FAMILY).append(", Verdana, sans-serif\"><title id=\"").append(id)
                .append("-title\">").append(Xml.escape(chart.title())).append("</title><desc id=\"").append(id)
                .append("-desc\">").append(Xml.escape(chart.altText())).append("</desc>");
        layout.draw(new SvgCanvas(svg));
        return svg.append("</svg>").toString();
    }

    /** The height in pixels of the chart's PNG, e.g. to size the picture in a document without decoding it. */
    public int pngHeight(Chart chart) {
        checkNotNull(chart, "chart is required");
        return pngHeight(Layout.of(chart, formats, language.locale()));
    }

    /** The chart as an opaque PNG {@link #PNG_WIDTH} pixels wide, its height in proportion to the SVG's. */
    public byte[] png(Chart chart) {
        return png(chart, PNG_WIDTH);
    }

    /**
     * The chart as an opaque PNG {@code width} pixels wide, its height in proportion to the SVG's: fewer pixels where
     * the page sets the size, as a PDF does.
     */
    public byte[] png(Chart chart, int width) {
        return png(image(chart, width), false);
    }

    /**
     * The chart as an opaque image {@code width} pixels wide, its height in proportion to the SVG's, for a writer that
     * encodes it its own way.
     */
    public BufferedImage image(Chart chart, int width) {
        checkNotNull(chart, "chart is required");
        checkArgument(width >= 100 && width <= PNG_WIDTH, "a chart is 100 to %s pixels wide, not %s", PNG_WIDTH, width);
        Layout layout = Layout.of(chart, formats, language.locale());
        double scale = width / Layout.WIDTH;
        int height = (int) Math.round(layout.height() * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.scale(scale, scale);
            layout.draw(new RasterCanvas(graphics));
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /**
     * {@code image} as PNG; {@code quick} deflates it least, for a reader that decodes it at once and compresses it
     * again its own way (PDFBox does: deflating the charts at the writer's default level was a twentieth of a PDF).
     */
    public static byte[] png(BufferedImage image, boolean quick) {
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (quick) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
        }
        try (ImageOutputStream out = ImageIO.createImageOutputStream(png)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return png.toByteArray();
    }

    private static int pngHeight(Layout layout) {
        return (int) Math.round(layout.height() * PNG_SCALE);
    }
}
