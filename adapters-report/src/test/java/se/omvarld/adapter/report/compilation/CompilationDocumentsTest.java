package se.omvarld.adapter.report.compilation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.omvarld.adapter.report.document.Chart;
import se.omvarld.adapter.report.document.ChartKind;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.adapter.report.document.Section;
import se.omvarld.domain.report.ReportLanguage;

/** The compilation's document: its sections, headings and charts, on the demo and the large fixture. */
class CompilationDocumentsTest {

    @Test
    void the_compilation_has_every_section_in_reading_order_in_both_languages() {
        for (ReportLanguage language : ReportLanguage.values()) {
            assertThat(DemoCompilation.lidkoping(language).sections()).extracting(Section::id)
                    .containsExactlyElementsOf(CompilationDocuments.COMPILATION_SECTIONS);
        }
    }

    @Test
    void the_swedish_headings_are_swedish() {
        ReportDocument document = DemoCompilation.lidkoping(ReportLanguage.SWEDISH);

        assertThat(document.title()).isEqualTo("Internationellt arbete 2025 – årlig sammanställning, Lidköping");
        assertThat(document.language()).isEqualTo(ReportLanguage.SWEDISH);
        assertThat(document.sections()).extracting(Section::heading).containsExactly("Sammanfattning",
                "Aktiviteter per år", "Partnerskap", "Projekt", "Externt stöd", "Föreningsbidrag", "Besök",
                "Partnerländer", "Rapporteringsskyldigheter", "Avvikelser");
    }

    @Test
    void the_english_headings_are_english() {
        ReportDocument document = DemoCompilation.lidkoping(ReportLanguage.ENGLISH);

        assertThat(document.title()).isEqualTo("International work 2025 – annual compilation, Lidköping");
        assertThat(document.sections()).extracting(Section::heading).containsExactly("Summary",
                "Activities per year", "Partnerships", "Projects", "External funding", "Association grants",
                "Visits", "Partner countries", "Reporting obligations", "Compliance findings");
    }

    @Test
    void the_large_compilation_carries_the_three_charts() {
        ReportDocument document = LargeCompilation.of(1000, 200);

        List<Chart> charts = document.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(Chart.class::isInstance).map(Chart.class::cast).toList();
        assertThat(charts).extracting(Chart::kind).containsExactly(ChartKind.YEARS, ChartKind.BARS, ChartKind.MAP);
    }
}
