package se.omvarld.adapter.report.chart;

import java.awt.Color;

/**
 * What a chart is drawn on, in the chart's own units: one layout drawn twice, as SVG markup and as pixels, so that the
 * HTML's and the DOCX's charts never differ.
 */
interface Canvas {

    /** Where a text stands relative to its x. */
    enum Anchor {
        START,
        MIDDLE,
        END
    }

    void rect(double x, double y, double width, double height, Color fill);

    void line(double x1, double y1, double x2, double y2, Color stroke);

    void circle(double cx, double cy, double r, Color fill, Color stroke);

    /**
     * An outline in the SVG path syntax of {@code world-map.tsv}: "M x y" then relative "l" pairs, closed by "z".
     *
     * @param title what a pointer or a screen reader names the shape by, or {@code null}
     */
    void path(String outline, Color fill, Color stroke, String title);

    void text(double x, double y, String text, double size, boolean bold, Anchor anchor, Color fill);
}
