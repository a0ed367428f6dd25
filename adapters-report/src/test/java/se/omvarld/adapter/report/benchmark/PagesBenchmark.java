package se.omvarld.adapter.report.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.adapter.report.html.HtmlReportWriter;
import se.omvarld.adapter.report.html.SampleReports;
import se.omvarld.adapter.report.pdf.PdfReportWriter;
import se.omvarld.domain.report.ReportLanguage;

/**
 * Times the HTML and the PDF of a report with a 1,000-row table, and of the sample compilation with its three charts:
 * a few warm-up rounds, then the median and the slowest of the measured rounds, in wall-clock time and in the CPU
 * time of the writing thread (which a machine shared with other builds inflates far less). Not a test: run it by hand,
 * e.g.
 * {@code java -cp <test classpath> se.omvarld.adapter.report.benchmark.PagesBenchmark [rounds]}.
 */
public final class PagesBenchmark {

    private static final int WARM_UP = 3;

    private PagesBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        ReportDocument rows = SampleReports.manyRows(ReportLanguage.SWEDISH, 1_000);
        ReportDocument compilation = SampleReports.lidkoping(ReportLanguage.SWEDISH);
        HtmlReportWriter html = new HtmlReportWriter();
        PdfReportWriter pdf = new PdfReportWriter();
        time("HTML, 1,000 rows", rounds, () -> html.write(rows));
        time("PDF, 1,000 rows", rounds, () -> pdf.write(rows));
        time("HTML, compilation with 3 charts", rounds, () -> html.write(compilation));
        time("PDF, compilation with 3 charts", rounds, () -> pdf.write(compilation));
    }

    private static void time(String what, int rounds, Supplier<byte[]> write) {
        int size = 0;
        for (int i = 0; i < WARM_UP; i++) {
            size = write.get().length;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[rounds];
        long[] cpu = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            write.get();
            cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
            wall[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%-32s wall median %5d ms, slowest %5d ms; CPU median %5d ms; %,d bytes (%d rounds)%n",
                what, wall[rounds / 2], wall[rounds - 1], cpu[rounds / 2], size, rounds);
    }
}
