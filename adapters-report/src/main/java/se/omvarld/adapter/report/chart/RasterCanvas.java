package se.omvarld.adapter.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Draws with Java2D, on a graphics already scaled from the chart's units to pixels. */
final class RasterCanvas implements Canvas {

    private final Graphics2D graphics;

    RasterCanvas(Graphics2D graphics) {
        this.graphics = graphics;
        graphics.setStroke(new BasicStroke(0.6f));
    }

    @Override
    public void rect(double x, double y, double width, double height, Color fill) {
        graphics.setColor(fill);
        graphics.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke) {
        graphics.setColor(stroke);
        graphics.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill, Color stroke) {
        Ellipse2D circle = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        graphics.setColor(fill);
        graphics.fill(circle);
        graphics.setColor(stroke);
        graphics.draw(circle);
    }

    @Override
    public void path(String outline, Color fill, Color stroke, String title) {
        Path2D shape = parse(outline);
        graphics.setColor(fill);
        graphics.fill(shape);
        graphics.setColor(stroke);
        graphics.draw(shape);
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, Anchor anchor, Color fill) {
        double width = ChartFont.width(text, size, bold);
        double left = anchor == Anchor.START ? x : anchor == Anchor.MIDDLE ? x - width / 2 : x - width;
        graphics.setFont(ChartFont.font(size, bold));
        graphics.setColor(fill);
        graphics.drawString(text, (float) left, (float) y);
    }

    /** Reads the path syntax {@link Canvas#path} names: absolute "M", then relative "l" pairs, and "z". */
    static Path2D parse(String outline) {
        Path2D.Double shape = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        int i = 0;
        int length = outline.length();
        double x = 0;
        double y = 0;
        char command = ' ';
        double[] pair = new double[2];
        while (i < length) {
            char c = outline.charAt(i);
            if (c == 'M' || c == 'l') {
                command = c;
                i++;
            } else if (c == 'z') {
                shape.closePath();
                i++;
            } else if (c == ' ') {
                i++;
            } else {
                i = number(outline, i, pair, 0);
                i = number(outline, i, pair, 1);
                if (command == 'M') {
                    x = pair[0];
                    y = pair[1];
                    shape.moveTo(x, y);
                } else {
                    x += pair[0];
                    y += pair[1];
                    shape.lineTo(x, y);
                }
            }
        }
        return shape;
    }

    private static int number(String outline, int from, double[] into, int index) {
        int i = from;
        while (outline.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        if (outline.charAt(i) == '-') {
            i++;
        }
        while (i < outline.length() && (Character.isDigit(outline.charAt(i)) || outline.charAt(i) == '.')) {
            i++;
        }
        into[index] = Double.parseDouble(outline.substring(start, i));
        return i;
    }
}
