package se.omvarld.adapter.report.chart;

import java.awt.Color;
import java.util.Locale;
import se.omvarld.adapter.report.document.Xml;

/** Draws as SVG elements, every text escaped; numbers with at most one decimal to keep the markup small. */
final class SvgCanvas implements Canvas {

    private final StringBuilder svg;

    SvgCanvas(StringBuilder svg) {
        this.svg = svg;
    }

    @Override
    public void rect(double x, double y, double width, double height, Color fill) {
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" fill=\"").append(hex(fill)).append("\"/>");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke) {
        svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(hex(stroke)).append("\"/>");
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill, Color stroke) {
        svg.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(hex(fill)).append("\" stroke=\"").append(hex(stroke)).append("\"/>");
    }

    @Override
    public void path(String outline, Color fill, Color stroke, String title) {
        svg.append("<path d=\"").append(outline).append("\" fill=\"").append(hex(fill)).append("\" stroke=\"")
                .append(hex(stroke)).append('"');
        if (title == null) {
            svg.append("/>");
        } else {
            svg.append("><title>").append(Xml.escape(title)).append("</title></path>");
        }
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, Anchor anchor, Color fill) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"")
                .append(n(size)).append('"');
        if (bold) {
            svg.append(" font-weight=\"bold\"");
        }
        if (anchor != Anchor.START) {
            svg.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        svg.append(" fill=\"").append(hex(fill)).append("\">").append(Xml.escape(text)).append("</text>");
    }

    static String n(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }

    static String hex(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }
}
