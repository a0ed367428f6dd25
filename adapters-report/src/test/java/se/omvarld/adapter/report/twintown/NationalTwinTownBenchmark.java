package se.omvarld.adapter.report.twintown;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.function.Supplier;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.twintown.SwedishMunicipalities;
import se.omvarld.domain.twintown.TwinTownImport;
import se.omvarld.domain.twintown.TwinTownPair;
import se.omvarld.domain.twintown.TwinTownRow;
import se.omvarld.port.TwinTownDirectory;
import se.omvarld.reference.SwedishMunicipalityCodes;
import se.omvarld.reference.TwinTownsCsv;
import se.omvarld.testkit.memory.InMemoryTwinTownDirectory;

/**
 * Times the national twin-town import of the real list (reading the file, taking Sweden's part, replacing the
 * in-memory national list, first and again) and the national view's document, in Swedish and English: the median of
 * {@value #RUNS} runs after {@value #WARM_UP} warm-up runs. Not a test: run its {@code main} from the test classpath.
 */
public final class NationalTwinTownBenchmark {

    private static final int WARM_UP = 20;
    private static final int RUNS = 30;

    private NationalTwinTownBenchmark() {
    }

    public static void main(String[] args) {
        SwedishMunicipalities municipalities = SwedishMunicipalityCodes.shipped();
        ImmutableList<TwinTownRow> rows = TwinTownsCsv.shipped();
        ImmutableList<TwinTownPair> pairs = TwinTownImport.of(rows, municipalities).pairs();
        time("read the file (26,114 rows)", () -> TwinTownsCsv.shipped());
        time("take Sweden's part (722 pairs)", () -> TwinTownImport.of(rows, municipalities));
        time("read, take and replace the national list (first import)", () -> {
            TwinTownDirectory directory = new InMemoryTwinTownDirectory();
            return directory.replaceAll(TwinTownImport.of(TwinTownsCsv.shipped(), municipalities).pairs());
        });
        TwinTownDirectory kept = new InMemoryTwinTownDirectory();
        kept.replaceAll(pairs);
        time("replace the national list with the same pairs (second import)", () -> kept.replaceAll(pairs));
        time("national view document, Swedish", () -> NationalTwinTownView.document(kept.all(),
                ReportLanguage.SWEDISH));
        time("national view document, English", () -> NationalTwinTownView.document(kept.all(),
                ReportLanguage.ENGLISH));
        ReportDocument document = NationalTwinTownView.document(kept.all(), ReportLanguage.SWEDISH);
        System.out.printf("document: %d sections, %d footnote(s)%n", document.sections().size(),
                document.footnotes().size());
    }

    private static void time(String what, Supplier<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-65s median %8.2f ms, max %8.2f ms%n", what, nanos[RUNS / 2] / 1e6,
                nanos[RUNS - 1] / 1e6);
    }
}
