package se.omvarld.adapter.report.document;

/** How a chart shows its points. */
public enum ChartKind {
    /** Horizontal bars, one per label, e.g. external funding by programme. */
    BARS,
    /** Columns over consecutive years, e.g. activities per year over the last five years. */
    YEARS,
    /** Countries shaded on a world map, labels being ISO 3166-1 alpha-2 codes. */
    MAP
}
