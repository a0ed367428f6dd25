package se.omvarld.adapter.report.compilation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.omvarld.adapter.report.document.Cell;
import se.omvarld.adapter.report.document.Chart;
import se.omvarld.adapter.report.document.ChartKind;
import se.omvarld.adapter.report.document.Paragraph;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.adapter.report.document.Section;
import se.omvarld.adapter.report.document.Table;
import se.omvarld.adapter.report.document.ValueFormats;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.report.AnnualCompilation;
import se.omvarld.domain.report.CommitteeReportSection;
import se.omvarld.domain.report.ReportFormat;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.statistics.Rate;
import se.omvarld.reference.EcbRatesCsv;

/** The compilation's document: its sections, headings and charts, on the demo and the large fixture. */
class CompilationDocumentsTest {

    private static final char NBSP = '\u00a0';

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

    @Test
    void the_activities_chart_states_each_of_the_five_years_figures() {
        // Four partnerships in force since 1997–2011 and five projects running since 2019.
        int perYear = LidkopingRegister.register().partnerships().size() + LidkopingRegister.register().projects()
                .size();

        Chart chart = chart(DemoCompilation.lidkoping(ReportLanguage.SWEDISH), ChartKind.YEARS);

        assertThat(chart.points()).extracting(Chart.Point::label).containsExactly("2021", "2022", "2023", "2024",
                "2025");
        assertThat(chart.points()).extracting(p -> p.value().intValueExact()).containsOnly(perYear);
        assertThat(chart.altText()).contains("2021: " + perYear, "2022: " + perYear, "2025: " + perYear);
    }

    @Test
    void the_map_names_every_partner_country_with_its_count_in_the_document_s_language() {
        Register register = LidkopingRegister.register();
        Map<String, Integer> expected = new TreeMap<>();
        register.partnerships().forEach(p -> expected.merge(p.country().value(), 1, Integer::sum));
        register.projects().forEach(p -> p.countries().forEach(c -> expected.merge(c.value(), 1, Integer::sum)));

        Chart swedish = chart(DemoCompilation.lidkoping(ReportLanguage.SWEDISH), ChartKind.MAP);
        Chart english = chart(DemoCompilation.lidkoping(ReportLanguage.ENGLISH), ChartKind.MAP);

        Map<String, Integer> mapped = new TreeMap<>();
        swedish.points().forEach(p -> mapped.put(p.label(), p.value().intValueExact()));
        assertThat(mapped).isEqualTo(expected);
        assertThat(swedish.altText()).contains(expected.size() + " länder", "Litauen: 2", "Zambia: 1", "Kina: 1");
        assertThat(english.altText()).contains(expected.size() + " countries", "Lithuania: 2", "China: 1");
    }

    @Test
    void the_funding_chart_states_each_programme_s_sek_and_the_total() {
        Map<String, BigDecimal> expected = fundingByProgrammeIn2024();
        BigDecimal total = expected.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        ValueFormats sv = ValueFormats.of(ReportLanguage.SWEDISH);

        Chart chart = chart(LargeCompilation.of(1000, 200), ChartKind.BARS);

        Map<String, BigDecimal> charted = new TreeMap<>();
        chart.points().forEach(p -> charted.put(p.label(), p.value()));
        assertThat(charted).isEqualTo(expected);
        expected.forEach((programme, sek) -> assertThat(chart.altText()).contains(programme + ": "
                + sv.money(sek, Money.SEK)));
        assertThat(chart.altText()).contains("Totalt " + sv.money(total, Money.SEK));
    }

    @Test
    void an_amount_without_a_rate_is_a_note_saying_so_never_a_zero() {
        long chfGrants = grantedIn2024().stream()
                .filter(p -> p.budget().externalFunding().currency().getCurrencyCode().equals("CHF")).count();

        Table conversions = LargeCompilation.of(1000, 200).sections().stream()
                .filter(s -> s.id().equals("funding")).findFirst().orElseThrow().tables().get(1);

        List<List<Cell>> chfRows = conversions.rows().stream().filter(r -> r.get(1) instanceof Cell.Amount a
                && a.currency().getCurrencyCode().equals("CHF")).map(r -> (List<Cell>) r).toList();
        assertThat(chfGrants).isPositive();
        assertThat(chfRows).hasSize((int) chfGrants).allSatisfy(row -> {
            assertThat(row.get(4)).isInstanceOf(Cell.Note.class);
            assertThat(((Cell.Note) row.get(4)).text()).startsWith("ej omräknat: ingen växelkurs för CHF den ");
        });
    }

    @Test
    void the_footnote_names_each_rate_s_day_and_source() {
        DateTimeFormatter swedishDate = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));
        String rates = LargeCompilation.of(1000, 200).footnotes().get(0);

        List<Project> inEuro = grantedIn2024().stream()
                .filter(p -> p.budget().externalFunding().currency().equals(Money.EUR)).toList();

        assertThat(inEuro).isNotEmpty();
        for (Project p : inEuro) {
            Rate rate = ECB.rate(Money.EUR, p.reached(ProjectStatus.GRANTED).orElseThrow()).orElseThrow();
            assertThat(rates).contains("1 EUR = " + rate.sekPerUnit().toPlainString().replace('.', ',')
                    + " kr den " + swedishDate.format(rate.day()));
        }
        assertThat(rates).contains("(källa: " + EcbRatesCsv.SOURCE + ")");
    }

    @Test
    void swedish_figures_and_dates_read_1_800_000_kr_and_15_april_2026() {
        ReportDocument of2015 = DemoCompilation.lidkoping(ReportLanguage.SWEDISH, 2015);
        ReportDocument of2025 = DemoCompilation.lidkoping(ReportLanguage.SWEDISH);

        assertThat(paragraphs(of2015, "summary")).anyMatch(p -> p.contains("98 internationella aktiviteter och 1"
                + NBSP + "800" + NBSP + "000" + NBSP + "kr i externt stöd"));
        assertThat(paragraphs(of2025, "summary")).contains("Sammanställningen visar Lidköpings internationella arbete"
                + " under 2025 så som registret såg ut den 31 december 2025. Sammanställd den 15 april 2026.");
    }

    @Test
    void english_figures_and_dates_read_sek_1_800_000_and_15_april_2026() {
        ReportDocument of2015 = DemoCompilation.lidkoping(ReportLanguage.ENGLISH, 2015);
        ReportDocument of2025 = DemoCompilation.lidkoping(ReportLanguage.ENGLISH);

        assertThat(paragraphs(of2015, "summary")).anyMatch(p -> p.contains("98 international activities and SEK"
                + NBSP + "1,800,000 in external funding"));
        assertThat(paragraphs(of2025, "summary")).contains("The compilation shows Lidköping's international work in"
                + " 2025 as the register stood on 31 December 2025. Compiled on 15 April 2026.");
    }

    @Test
    void the_reported_figures_stay_typed_a_count_and_an_amount() {
        Section activities = DemoCompilation.lidkoping(ReportLanguage.SWEDISH).sections().get(1);

        Table reported = activities.tables().get(1);

        assertThat(reported.rows()).singleElement().satisfies(row -> assertThat(row.subList(0, 3)).containsExactly(
                Cell.text("2015"), Cell.count(98), new Cell.Amount(new BigDecimal("1800000.00"), Money.SEK)));
    }

    @Test
    void an_overdue_obligation_says_so_with_its_due_day() {
        Table obligations = DemoCompilation.lidkoping(ReportLanguage.SWEDISH).sections().stream()
                .filter(s -> s.id().equals("obligations")).findFirst().orElseThrow().tables().get(0);

        assertThat(obligations.rows()).singleElement().satisfies(row -> {
            assertThat(row.get(0)).isEqualTo(Cell.text("årlig sammanställning (R5)"));
            assertThat(row.get(1)).isEqualTo(Cell.text("Internationellt arbete 2024"));
            assertThat(row.get(2)).isEqualTo(Cell.date(LocalDate.of(2025, 3, 31)));
            assertThat(row.get(5)).isEqualTo(Cell.text("försenad, skulle lämnas senast den 31 mars 2025"));
        });
    }

    @Test
    void a_year_with_nothing_says_so_in_words_and_its_charts_say_there_is_nothing() {
        // Lidköping's first partnership, Utena, began in 1997.
        ReportDocument document = DemoCompilation.lidkoping(ReportLanguage.SWEDISH, 1996);

        assertThat(paragraphs(document, "projects")).containsExactly(
                "Inga projekt var i gång eller beslutades under 1996.");
        assertThat(paragraphs(document, "partnerships")).containsExactly(
                "Inga partnerskap var i kraft eller beslutades under 1996.");
        assertThat(chart(document, ChartKind.MAP).points()).isEmpty();
        assertThat(chart(document, ChartKind.MAP).altText()).contains("inget land hade partnerskap i kraft");
        assertThat(chart(document, ChartKind.BARS).altText()).contains("inget externt stöd beviljades under 1996");
        assertThat(document.footnotes()).contains("Alla belopp är i kronor; ingen valutaomräkning behövdes.");
    }

    @Test
    void a_committee_s_section_names_the_committee_and_its_projects() {
        ReportDocument document = DemoCompilation.committeeSection(ReportLanguage.SWEDISH);

        assertThat(document.title()).isEqualTo(
                "Internationellt arbete 2025 – Barn- och skolnämnden, avsnitt i årsredovisningen");
        assertThat(document.sections()).extracting(Section::id)
                .containsExactlyElementsOf(CompilationDocuments.COMMITTEE_SECTIONS);
        assertThat(document.sections().get(1).tables().get(0).rows()).extracting(r -> r.get(0))
                .containsExactly(Cell.text("Jobbskuggning (job shadowing)"));
        // Lidköping's policy has no R6: the section can be written, but is not owed.
        assertThat(paragraphs(document, "summary")).contains("Profilen kräver inget sådant avsnitt för 2025.");
    }

    @Test
    void a_committee_s_section_in_english_has_english_headings() {
        ReportDocument document = DemoCompilation.committeeSection(ReportLanguage.ENGLISH);

        assertThat(document.sections()).extracting(Section::heading).containsExactly("Summary", "Projects",
                "Partnerships", "Visits", "External funding");
    }

    @Test
    void a_committee_section_under_tyreso_s_rules_names_its_due_day_and_whether_it_was_submitted() {
        CommitteeReportSection school = LargeCompilation.committeeSections(1000, 200).stream()
                .filter(s -> s.reportedBy().equals("Barn- och utbildningsnämnden")).findFirst().orElseThrow();

        ReportDocument document = CompilationDocuments.committeeSection(school, ReportLanguage.SWEDISH);

        // Tyresö's committees deliver by 15 February; the synthetic register records this one as delivered.
        assertThat(paragraphs(document, "summary")).contains("Avsnittet ska lämnas till Kommunstyrelsen senast den"
                + " 15 februari 2025; status: inlämnad den 10 februari 2025.");
        assertThat(paragraphs(document, "summary")).anyMatch(p -> p.endsWith(
                ValueFormats.of(ReportLanguage.SWEDISH).money(school.conversions().stream()
                        .map(c -> c.sek().amount()).reduce(BigDecimal.ZERO, BigDecimal::add), Money.SEK) + "."));
    }

    @Test
    void a_download_is_named_for_the_report_the_municipality_and_the_year_in_the_report_s_language() {
        AnnualCompilation compilation = DemoCompilation.compilation();

        assertThat(CompilationDocuments.fileName(compilation, ReportFormat.PDF, ReportLanguage.SWEDISH))
                .isEqualTo("arlig-sammanstallning-lidkoping-2025.pdf");
        assertThat(CompilationDocuments.fileName(compilation, ReportFormat.CSV_EXCEL, ReportLanguage.ENGLISH))
                .isEqualTo("annual-compilation-lidkoping-2025-excel.csv");
        assertThat(CompilationDocuments.fileName(DemoCompilation.committeeSections().get(0), ReportFormat.DOCX,
                ReportLanguage.SWEDISH)).matches("arsredovisning-internationellt-[a-z-]+namnden-2025\\.docx");
    }

    @Test
    void registers_of_every_size_give_documents_whose_funding_rows_add_up_to_the_total() {
        int[][] sizes = {{0, 2}, {1, 3}, {9, 4}, {40, 12}, {120, 30}};
        int withFunding = 0;
        for (int[] size : sizes) {
            for (ReportLanguage language : ReportLanguage.values()) {
                ReportDocument document = LargeCompilation.of(size[0], size[1], language);

                Section funding = document.sections().stream().filter(s -> s.id().equals("funding")).findFirst()
                        .orElseThrow();
                BigDecimal expected = LargeCompilation.compilation(size[0], size[1]).funding().total().amount();
                if (funding.tables().isEmpty()) {
                    assertThat(expected).as("%s projects", size[0]).isZero();
                    continue;
                }
                List<BigDecimal> sums = funding.tables().get(0).rows().stream()
                        .map(r -> ((Cell.Amount) r.get(1)).amount()).toList();
                assertThat(sums.subList(0, sums.size() - 1).stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                        .as("%s projects, %s", size[0], language).isEqualByComparingTo(sums.get(sums.size() - 1))
                        .isEqualByComparingTo(expected);
                withFunding++;
            }
        }
        assertThat(withFunding).as("documents with funding tables").isPositive();
    }

    private static final EcbRatesCsv ECB = EcbRatesCsv.load();

    /** The synthetic register's projects whose grant of 2024 counts: granted then, not withdrawn, not zero. */
    private static List<Project> grantedIn2024() {
        return SyntheticRegister.of(1000, 200).projects().stream()
                .filter(p -> p.reached(ProjectStatus.GRANTED).map(d -> d.getYear() == 2024).orElse(false))
                .filter(p -> p.status() != ProjectStatus.WITHDRAWN && !p.budget().externalFunding().isZero())
                .toList();
    }

    /** Each programme's grants of 2024 in SEK, each at the ECB rate of its day; those without a rate left out. */
    private static Map<String, BigDecimal> fundingByProgrammeIn2024() {
        Register register = SyntheticRegister.of(1000, 200);
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Project p : grantedIn2024()) {
            Money amount = p.budget().externalFunding();
            LocalDate day = p.reached(ProjectStatus.GRANTED).orElseThrow();
            Optional<BigDecimal> sek = amount.currency().equals(Money.SEK) ? Optional.of(amount.amount())
                    : ECB.rate(amount.currency(), day).map(r -> amount.amount().multiply(r.sekPerUnit())
                            .setScale(2, RoundingMode.HALF_EVEN));
            String programme = register.programme(p.programme().orElseThrow()).orElseThrow().name();
            sek.ifPresent(v -> sums.merge(programme, v, BigDecimal::add));
        }
        return sums;
    }

    private static Chart chart(ReportDocument document, ChartKind kind) {
        return document.sections().stream().flatMap(s -> s.blocks().stream()).filter(Chart.class::isInstance)
                .map(Chart.class::cast).filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    private static List<String> paragraphs(ReportDocument document, String section) {
        return document.sections().stream().filter(s -> s.id().equals(section)).findFirst().orElseThrow().blocks()
                .stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).toList();
    }
}
