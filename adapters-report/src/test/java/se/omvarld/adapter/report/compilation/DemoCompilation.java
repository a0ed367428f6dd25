package se.omvarld.adapter.report.compilation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.application.Ports;
import se.omvarld.application.ReportUseCases;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.report.AnnualCompilation;
import se.omvarld.domain.report.CommitteeReportSection;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.testkit.memory.InMemoryPersistence;

/**
 * The fixture every format's tests can write: Lidköping's demo register ({@link LidkopingRegister}, its public page)
 * and the figures it reported for 2015, stored in core's in-memory adapter and compiled by {@link ReportUseCases} for
 * {@value #YEAR} as of {@link #TODAY}, under Lidköping's shipped profile.
 *
 * <p>What to expect: four partnerships in force (HU, LT, US, CN), five running projects in twelve countries, nine
 * activities each year 2021–2025, no external funding (the page publishes no budgets), the 2015 figures as reported
 * (98 activities, 1 800 000 kr), the compilation of 2024 overdue since 31 March 2025, and the findings the page's
 * register carries (R2, R4, and R5 for that compilation).
 */
public final class DemoCompilation {

    public static final int YEAR = 2025;
    public static final LocalDate TODAY = LocalDate.of(2026, 4, 15);

    private static final Compiled COMPILED = compile();

    private record Compiled(AnnualCompilation compilation, ImmutableList<CommitteeReportSection> sections) {
    }

    private DemoCompilation() {
    }

    /** The document of Lidköping's compilation of {@value #YEAR} in {@code language}. */
    public static ReportDocument lidkoping(ReportLanguage language) {
        return CompilationDocuments.annualCompilation(COMPILED.compilation(), language);
    }

    /** The document of Lidköping's compilation of another year, as of {@link #TODAY}. */
    public static ReportDocument lidkoping(ReportLanguage language, int year) {
        return CompilationDocuments.annualCompilation(reports().annualCompilation(LidkopingRegister.CODE, year)
                .value(), language);
    }

    /** The compilation itself, for figures a test works out from what the document should show. */
    public static AnnualCompilation compilation() {
        return COMPILED.compilation();
    }

    /** The annual report's section of each Lidköping committee with international work in {@value #YEAR}. */
    public static ImmutableList<CommitteeReportSection> committeeSections() {
        return COMPILED.sections();
    }

    /** The document of Barn- och skolnämnden's section in {@code language}. */
    public static ReportDocument committeeSection(ReportLanguage language) {
        CommitteeId school = LidkopingRegister.committee(LidkopingRegister.BARN_OCH_SKOLNAMNDEN);
        return CompilationDocuments.committeeSection(COMPILED.sections().stream()
                .filter(s -> s.committee().map(Committee::id).filter(school::equals).isPresent()).findFirst()
                .orElseThrow(), language);
    }

    private static ReportUseCases reports() {
        InMemoryPersistence persistence = InMemoryPersistence.create();
        FixturePorts.store(persistence, LidkopingRegister.register());
        LidkopingRegister.reportedFigures().forEach(persistence.reportedFigures()::save);
        Ports ports = FixturePorts.on(persistence, TODAY, PolicyProfiles::forMunicipality);
        return new ReportUseCases(ports);
    }

    private static Compiled compile() {
        ReportUseCases reports = reports();
        return new Compiled(reports.annualCompilation(LidkopingRegister.CODE, YEAR).value(),
                reports.committeeSections(LidkopingRegister.CODE, YEAR).value());
    }
}
