package se.omvarld.port;

import se.omvarld.domain.report.AnnualCompilation;
import se.omvarld.domain.report.CommitteeReportSection;
import se.omvarld.domain.report.ReportFormat;
import se.omvarld.domain.report.ReportLanguage;

/**
 * Writes the reports of a year in a format and a language: what the service calls with what the report use cases
 * compiled. The report adapter implements it; core neither knows nor cares how a PDF is made.
 */
public interface ReportRenderer {

    /** The annual compilation (R5) in {@code format}, its labels and values in {@code language}. */
    RenderedReport annualCompilation(AnnualCompilation compilation, ReportFormat format, ReportLanguage language);

    /** A committee's, or the municipality's, section of the annual report (R6). */
    RenderedReport committeeSection(CommitteeReportSection section, ReportFormat format, ReportLanguage language);
}
