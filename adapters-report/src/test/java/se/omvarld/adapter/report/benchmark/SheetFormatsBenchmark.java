package se.omvarld.adapter.report.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import se.omvarld.adapter.report.csv.CsvReportWriter;
import se.omvarld.adapter.report.document.Chart;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.adapter.report.docx.DocxReportWriter;
import se.omvarld.adapter.report.sheets.SampleReports;
import se.omvarld.adapter.report.xlsx.XlsxReportWriter;
import se.omvarld.domain.report.ReportLanguage;

/**
 * Times the DOCX, XLSX and CSV writers on a report of one table of ~1,000 rows (five columns of every kind, one
 * chart), after a warm-up: a rough figure for the "under 1 s each", not a timed test. Run with
 * {@code java -Djava.awt.headless=true -cp <test classpath> se.omvarld.adapter.report.benchmark.SheetFormatsBenchmark
 * [rows]}; it prints the median and the slowest of ten runs per format, and the median CPU time of the writing
 * thread, which says more than the wall clock on a machine shared with other builds.
 */
public final class SheetFormatsBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 10;

    private SheetFormatsBenchmark() {
    }

    public static void main(String[] arguments) {
        int rows = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 1_000;
        ReportDocument document = SampleReports.large(ReportLanguage.SWEDISH, rows);
        Function<Chart, byte[]> painter = BenchmarkCharts::png;
        DocxReportWriter docx = new DocxReportWriter(painter);
        XlsxReportWriter xlsx = new XlsxReportWriter();
        CsvReportWriter rfc = CsvReportWriter.rfc4180();
        CsvReportWriter excel = CsvReportWriter.swedishExcel();
        System.out.printf("%d rows%n", rows);
        time("DOCX", () -> docx.write(document));
        time("XLSX", () -> xlsx.write(document));
        time("CSV RFC 4180", () -> rfc.write(document, "projects"));
        time("CSV Swedish Excel", () -> excel.write(document, "projects"));
        time("CSV all tables, long form", () -> rfc.writeAll(document));
    }

    private static void time(String format, Supplier<byte[]> write) {
        for (int i = 0; i < WARM_UP; i++) {
            write.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[RUNS];
        long[] cpu = new long[RUNS];
        int size = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            size = write.get().length;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%-26s median %7.1f ms (CPU %7.1f ms), slowest %7.1f ms, %,d bytes%n",
                format, nanos[RUNS / 2] / 1e6, cpu[RUNS / 2] / 1e6, nanos[RUNS - 1] / 1e6, size);
    }

    /** A 1200 × 600 PNG, the size of a real chart, so the picture's cost is in the DOCX figure. */
    private static final class BenchmarkCharts {
        static byte[] png(Chart chart) {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1200, 600,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D graphics = image.createGraphics();
            graphics.setColor(java.awt.Color.WHITE);
            graphics.fillRect(0, 0, 1200, 600);
            graphics.setColor(java.awt.Color.DARK_GRAY);
            for (int i = 0; i < chart.points().size(); i++) {
                graphics.fillRect(50 + i * 200, 100, 150, 450);
            }
            graphics.dispose();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try {
                javax.imageio.ImageIO.write(image, "png", bytes);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    }
}
