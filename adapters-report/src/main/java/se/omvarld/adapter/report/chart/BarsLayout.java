package se.omvarld.adapter.report.chart;

import se.omvarld.adapter.report.document.Chart;
import se.omvarld.adapter.report.document.ValueFormats;

/** Horizontal bars, one per point, the label to the left and the value at the end of the bar. */
final class BarsLayout extends Layout {

    private static final double TOP = 8;
    private static final double ROW = 34;
    private static final double BAR_HEIGHT = 22;
    private static final double MAX_LABEL = 420;
    private static final double GAP = 12;

    private final Chart chart;
    private final double labelWidth;
    private final double valueWidth;

    BarsLayout(Chart chart, ValueFormats formats) {
        super(formats);
        this.chart = chart;
        double labels = 0;
        double values = 0;
        for (Chart.Point point : chart.points()) {
            labels = Math.max(labels, ChartFont.width(point.label(), TEXT, false));
            values = Math.max(values, ChartFont.width(label(point.value()), TEXT, false));
        }
        this.labelWidth = Math.min(labels, MAX_LABEL) + GAP + 4;
        this.valueWidth = values + GAP;
    }

    @Override
    double height() {
        return TOP + chart.points().size() * ROW + 40;
    }

    @Override
    void draw(Canvas canvas) {
        double max = max(chart);
        double room = WIDTH - labelWidth - valueWidth - GAP;
        double y = TOP;
        for (Chart.Point point : chart.points()) {
            double length = max == 0 ? 0 : point.value().doubleValue() / max * room;
            double baseline = y + ROW / 2 + 6;
            canvas.text(labelWidth - GAP, baseline, fit(point.label(), MAX_LABEL, TEXT), TEXT, false,
                    Canvas.Anchor.END, INK);
            canvas.rect(labelWidth, y + (ROW - BAR_HEIGHT) / 2, length, BAR_HEIGHT, BAR);
            canvas.text(labelWidth + length + 8, baseline, label(point.value()), TEXT, false, Canvas.Anchor.START,
                    INK);
            y += ROW;
        }
        canvas.line(labelWidth, TOP, labelWidth, y, MUTED);
        canvas.text(labelWidth, y + 28, chart.valueLabel(), SMALL, false, Canvas.Anchor.START, MUTED);
    }
}
