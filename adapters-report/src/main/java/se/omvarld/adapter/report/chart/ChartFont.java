package se.omvarld.adapter.report.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font charts are measured and drawn with: the DejaVu Sans the PDF embeds, shipped in this module (beside the PDF
 * writer, under {@code pdf/fonts/}, with its licence), so that a chart's layout never depends on the fonts of the
 * server it is drawn on.
 */
final class ChartFont {

    static final String FAMILY = "DejaVu Sans";

    private static final Font REGULAR = load("DejaVuSans.ttf");
    private static final Font BOLD = load("DejaVuSans-Bold.ttf");
    private static final FontRenderContext MEASURING = new FontRenderContext(null, true, true);

    private ChartFont() {
    }

    static Font font(double size, boolean bold) {
        return (bold ? BOLD : REGULAR).deriveFont((float) size);
    }

    static double width(String text, double size, boolean bold) {
        return font(size, bold).getStringBounds(text, MEASURING).getWidth();
    }

    private static Font load(String file) {
        String resource = "/se/omvarld/adapter/report/pdf/fonts/" + file;
        try (InputStream in = ChartFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the report module ships no font " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + resource + " cannot be read", e);
        }
    }
}
