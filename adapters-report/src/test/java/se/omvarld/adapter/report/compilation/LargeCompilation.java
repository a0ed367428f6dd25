package se.omvarld.adapter.report.compilation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.application.ReportUseCases;
import se.omvarld.domain.report.AnnualCompilation;
import se.omvarld.domain.report.CommitteeReportSection;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.testkit.memory.InMemoryPersistence;

/**
 * The benchmark's fixture: the compilation of {@value #YEAR} of a large synthetic register ({@link SyntheticRegister},
 * "Storkommun" under Tyresö's rules), stored in core's in-memory adapter and compiled by {@link ReportUseCases} as of
 * {@link #TODAY}, with the ECB's real rates. The same sizes give the same document on every run; each size is
 * compiled once per JVM, so a benchmark times the writing, not the compiling.
 */
public final class LargeCompilation {

    public static final int YEAR = 2024;
    public static final LocalDate TODAY = LocalDate.of(2025, 4, 15);

    private static final Map<String, Compiled> COMPILED = new ConcurrentHashMap<>();

    private record Compiled(AnnualCompilation compilation, ImmutableList<CommitteeReportSection> sections) {
    }

    private LargeCompilation() {
    }

    /** The Swedish document of a register of {@code projects} projects and {@code partnerships} partnerships. */
    public static ReportDocument of(int projects, int partnerships) {
        return of(projects, partnerships, ReportLanguage.SWEDISH);
    }

    public static ReportDocument of(int projects, int partnerships, ReportLanguage language) {
        return CompilationDocuments.annualCompilation(compilation(projects, partnerships), language);
    }

    /** The compilation itself, for figures a test works out from what the document should show. */
    public static AnnualCompilation compilation(int projects, int partnerships) {
        return compiled(projects, partnerships).compilation();
    }

    /** The annual report's sections of the same register: one per committee with international work (R6). */
    public static ImmutableList<CommitteeReportSection> committeeSections(int projects, int partnerships) {
        return compiled(projects, partnerships).sections();
    }

    /** The document of the committee's section with the most projects. */
    public static ReportDocument committeeSection(int projects, int partnerships, ReportLanguage language) {
        return CompilationDocuments.committeeSection(committeeSections(projects, partnerships).stream()
                .max(Comparator.comparingInt(s -> s.projects().size())).orElseThrow(), language);
    }

    private static Compiled compiled(int projects, int partnerships) {
        return COMPILED.computeIfAbsent(projects + "/" + partnerships, key -> compile(projects, partnerships));
    }

    private static Compiled compile(int projects, int partnerships) {
        InMemoryPersistence persistence = InMemoryPersistence.create();
        FixturePorts.store(persistence, SyntheticRegister.of(projects, partnerships));
        ReportUseCases reports = new ReportUseCases(FixturePorts.on(persistence, TODAY,
                code -> code.equals(SyntheticRegister.CODE) ? Optional.of(SyntheticRegister.PROFILE)
                        : Optional.empty()));
        return new Compiled(reports.annualCompilation(SyntheticRegister.CODE, YEAR).value(),
                reports.committeeSections(SyntheticRegister.CODE, YEAR).value());
    }
}
