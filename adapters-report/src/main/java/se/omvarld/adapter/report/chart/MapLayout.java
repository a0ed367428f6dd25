package se.omvarld.adapter.report.chart;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import se.omvarld.adapter.report.document.Chart;
import se.omvarld.adapter.report.document.ValueFormats;

/**
 * The world with each country that has a value shaded in one of four classes of its value, a legend beneath. A
 * country too small to see at this scale (Malta, Singapore) also gets a ringed dot. A code the map does not hold
 * (Kosovo has none in ISO 3166-1) is not drawn: the chart's text alternative names every country.
 */
final class MapLayout extends Layout {

    static final Color LAND = new Color(0xdd, 0xe3, 0xea);
    static final Color BORDER = Color.WHITE;
    static final Color[] CLASSES = {
        new Color(0x9e, 0xc5, 0xe8), new Color(0x5a, 0x9b, 0xd4), new Color(0x1d, 0x5f, 0xa8),
        new Color(0x0b, 0x2f, 0x66)};
    private static final double SMALL_COUNTRY = 8;
    private static final double LEGEND = 56;

    private final Chart chart;
    private final Locale locale;
    private final WorldMap world = WorldMap.world();
    private final Map<String, BigDecimal> values = new HashMap<>();
    private final double max;
    private final boolean byValue;

    MapLayout(Chart chart, ValueFormats formats, Locale locale) {
        super(formats);
        this.chart = chart;
        this.locale = locale;
        for (Chart.Point point : chart.points()) {
            if (point.value().signum() > 0) {
                values.merge(point.label().toUpperCase(Locale.ROOT), point.value(), BigDecimal::add);
            }
        }
        this.max = values.values().stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        this.byValue = max <= CLASSES.length && values.values().stream()
                .allMatch(value -> value.stripTrailingZeros().scale() <= 0);
    }

    @Override
    double height() {
        return world.height() + LEGEND;
    }

    @Override
    void draw(Canvas canvas) {
        for (WorldMap.Country country : world.countries()) {
            if (!values.containsKey(country.code())) {
                canvas.path(country.outline(), LAND, BORDER, null);
            }
        }
        for (WorldMap.Country country : world.countries()) {
            BigDecimal value = values.get(country.code());
            if (value != null) {
                canvas.path(country.outline(), colour(value), BORDER, name(country.code()) + ": " + label(value));
            }
        }
        for (WorldMap.Country country : world.countries()) {
            BigDecimal value = values.get(country.code());
            if (value != null && country.size() < SMALL_COUNTRY) {
                canvas.circle(country.centreX(), country.centreY(), 5, colour(value), INK);
            }
        }
        legend(canvas, world.height() + 20);
    }

    private void legend(Canvas canvas, double top) {
        double x = 20;
        int classes = byValue ? (int) max : CLASSES.length;
        for (int i = 0; i < classes && max > 0; i++) {
            canvas.rect(x, top, 26, 18, CLASSES[i]);
            String text = byValue ? label(BigDecimal.valueOf(i + 1))
                    : label(BigDecimal.valueOf(max * i / CLASSES.length)) + "–"
                            + label(BigDecimal.valueOf(max * (i + 1) / CLASSES.length));
            canvas.text(x + 34, top + 15, text, SMALL, false, Canvas.Anchor.START, INK);
            x += 34 + ChartFont.width(text, SMALL, false) + 24;
        }
        canvas.text(x, top + 15, chart.valueLabel(), SMALL, false, Canvas.Anchor.START, MUTED);
    }

    private Color colour(BigDecimal value) {
        if (byValue) {
            return CLASSES[value.intValue() - 1];
        }
        int index = (int) Math.ceil(value.doubleValue() / max * CLASSES.length) - 1;
        return CLASSES[Math.max(0, Math.min(CLASSES.length - 1, index))];
    }

    private String name(String code) {
        String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }
}
