package se.omvarld.adapter.report.chart;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import se.omvarld.adapter.report.document.Chart;
import se.omvarld.adapter.report.document.ValueFormats;

/** A chart placed in a box {@link #WIDTH} units wide, ready to be drawn on any {@link Canvas}. */
abstract class Layout {

    static final double WIDTH = 1000;

    static final Color INK = new Color(0x1f, 0x29, 0x37);
    static final Color MUTED = new Color(0x4b, 0x55, 0x63);
    static final Color RULE = new Color(0xd1, 0xd5, 0xdb);
    static final Color BAR = new Color(0x1d, 0x5f, 0xa8);
    static final double TEXT = 20;
    static final double SMALL = 17;

    private final ValueFormats formats;

    Layout(ValueFormats formats) {
        this.formats = formats;
    }

    static Layout of(Chart chart, ValueFormats formats, Locale locale) {
        return switch (chart.kind()) {
            case BARS -> new BarsLayout(chart, formats);
            case YEARS -> new YearsLayout(chart, formats);
            case MAP -> new MapLayout(chart, formats, locale);
        };
    }

    abstract double height();

    abstract void draw(Canvas canvas);

    /** A value as a chart labels it: whole, in the document's number format (the tables give the exact figures). */
    final String label(BigDecimal value) {
        return formats.count(value.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    static double max(Chart chart) {
        return chart.points().stream().mapToDouble(point -> point.value().doubleValue()).max().orElse(0);
    }

    /** The text cut with an ellipsis to fit the width. */
    static String fit(String text, double width, double size) {
        if (ChartFont.width(text, size, false) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && ChartFont.width(cut + "…", size, false) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }
}
