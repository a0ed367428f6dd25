package se.omvarld.adapter.report.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;

/**
 * A chart, given as its data so that each format draws it its own way (SVG in HTML and PDF, PNG in DOCX), always with
 * a text alternative that says what the chart shows for readers who cannot see it.
 *
 * @param points the chart's values in order; for a {@link ChartKind#MAP} each label is an ISO 3166-1 alpha-2 code
 */
public record Chart(ChartKind kind, String title, String altText, String valueLabel, ImmutableList<Point> points)
        implements Block {

    public Chart {
        checkNotNull(kind, "kind is required");
        checkArgument(title != null && !title.isBlank(), "a chart needs a title");
        checkArgument(altText != null && !altText.isBlank(), "chart %s needs a text alternative", title);
        checkArgument(valueLabel != null && !valueLabel.isBlank(), "chart %s needs a label for its values", title);
        points = ImmutableList.copyOf(checkNotNull(points, "points are required"));
    }

    public static Chart of(ChartKind kind, String title, String altText, String valueLabel, List<Point> points) {
        return new Chart(kind, title, altText, valueLabel, ImmutableList.copyOf(points));
    }

    /** One value of a chart: a bar, a year, a country. */
    public record Point(String label, BigDecimal value) {
        public Point {
            checkArgument(label != null && !label.isBlank(), "a chart point needs a label");
            checkNotNull(value, "point %s needs a value", label);
            checkArgument(value.signum() >= 0, "point %s has a negative value %s", label, value);
        }
    }
}
