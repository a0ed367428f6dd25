package se.omvarld.adapter.report.chart;

import java.math.BigDecimal;
import se.omvarld.adapter.report.document.Chart;
import se.omvarld.adapter.report.document.ValueFormats;

/** Columns over the years in order, on a scale of round steps with grid lines. */
final class YearsLayout extends Layout {

    private static final double HEIGHT = 400;
    private static final double LEFT = 90;
    private static final double RIGHT = WIDTH - 20;
    private static final double TOP = 48;
    private static final double BOTTOM = 350;

    private final Chart chart;

    YearsLayout(Chart chart, ValueFormats formats) {
        super(formats);
        this.chart = chart;
    }

    @Override
    double height() {
        return HEIGHT;
    }

    @Override
    void draw(Canvas canvas) {
        double max = max(chart);
        double step = step(max);
        double top = Math.max(step, Math.ceil(max / step) * step);
        canvas.text(LEFT, 24, chart.valueLabel(), SMALL, false, Canvas.Anchor.START, MUTED);
        for (double tick = 0; tick <= top + step / 2; tick += step) {
            double y = BOTTOM - tick / top * (BOTTOM - TOP);
            canvas.line(LEFT, y, RIGHT, y, tick == 0 ? MUTED : RULE);
            canvas.text(LEFT - 10, y + 6, label(BigDecimal.valueOf(tick)), SMALL, false,
                    Canvas.Anchor.END, MUTED);
        }
        int count = chart.points().size();
        double slot = (RIGHT - LEFT) / Math.max(count, 1);
        double width = Math.min(slot * 0.6, 120);
        for (int i = 0; i < count; i++) {
            Chart.Point point = chart.points().get(i);
            double centre = LEFT + slot * (i + 0.5);
            double height = point.value().doubleValue() / top * (BOTTOM - TOP);
            canvas.rect(centre - width / 2, BOTTOM - height, width, height, BAR);
            canvas.text(centre, BOTTOM - height - 8, label(point.value()), TEXT, true, Canvas.Anchor.MIDDLE, INK);
            canvas.text(centre, BOTTOM + 28, fit(point.label(), slot - 4, TEXT), TEXT, false, Canvas.Anchor.MIDDLE,
                    INK);
        }
    }

    /** A round step (1, 2 or 5 times a power of ten) giving four or five grid lines; never below 1. */
    static double step(double max) {
        if (max <= 4) {
            return 1;
        }
        double raw = max / 4;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
