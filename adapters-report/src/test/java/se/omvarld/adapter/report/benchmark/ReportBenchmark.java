package se.omvarld.adapter.report.benchmark;

import com.google.common.collect.ImmutableList;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import se.omvarld.adapter.report.DocumentWriters;
import se.omvarld.adapter.report.Exports;
import se.omvarld.adapter.report.compilation.LargeCompilation;
import se.omvarld.domain.report.AnnualCompilation;
import se.omvarld.domain.report.ReportFormat;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.twintown.TwinTownImport;
import se.omvarld.domain.twintown.TwinTownPair;
import se.omvarld.port.ReportRenderer;
import se.omvarld.reference.SwedishMunicipalityCodes;
import se.omvarld.reference.TwinTownsCsv;

/**
 * The targets of the reports issue, as the service meets them: the annual compilation of a municipality with 1,000
 * projects and 200 partnerships in each format (target under 1 s each), and Sweden's twin towns from the real list in
 * each format (target under 5 s), each from the compiled data to the file's bytes. A few warm-up rounds, then the
 * median and the slowest of the measured rounds, in wall-clock time and in the CPU time of the writing thread (which a
 * machine shared with other work inflates far less). Not a test: run it with {@code adapters-report/benchmark/run.sh}.
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Set<String> formats = args.length > 2 ? Set.of(args[2].toUpperCase(Locale.ROOT).split(","))
                : Arrays.stream(ReportFormat.values()).map(Enum::name).collect(Collectors.toSet());
        System.out.printf("Java %s, %d processors%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        AnnualCompilation compilation = LargeCompilation.compilation(1_000, 200);
        ReportRenderer renderer = DocumentWriters.reportRenderer();
        for (ReportFormat format : chosen(formats)) {
            time("compilation, 1,000 projects, " + format, rounds, warmUp,
                    () -> renderer.annualCompilation(compilation, format, ReportLanguage.SWEDISH).content());
        }
        ImmutableList<TwinTownPair> pairs = TwinTownImport.of(TwinTownsCsv.shipped(),
                SwedishMunicipalityCodes.shipped()).pairs();
        Exports exports = new Exports();
        for (ReportFormat format : chosen(formats)) {
            time("Sweden's twin towns (" + pairs.size() + "), " + format, rounds, warmUp,
                    () -> exports.nationalTwinTowns(pairs, format, ReportLanguage.SWEDISH).content());
        }
    }

    private static List<ReportFormat> chosen(Set<String> formats) {
        return Arrays.stream(ReportFormat.values()).filter(f -> formats.contains(f.name())).toList();
    }

    private static void time(String what, int rounds, int warmUp, Supplier<byte[]> write) {
        int size = 0;
        for (int i = 0; i < warmUp; i++) {
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
        System.out.printf("%-48s wall median %5d ms, slowest %5d ms; CPU median %5d ms; %,d bytes%n",
                what, wall[rounds / 2], wall[rounds - 1], cpu[rounds / 2], size);
    }
}
