package se.omvarld.adapter.report.sheets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import se.omvarld.adapter.report.document.Cell;
import se.omvarld.adapter.report.document.Chart;
import se.omvarld.adapter.report.document.ChartKind;
import se.omvarld.adapter.report.document.Column;
import se.omvarld.adapter.report.document.Paragraph;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.adapter.report.document.Section;
import se.omvarld.adapter.report.document.Table;
import se.omvarld.domain.report.ReportLanguage;

/**
 * Report documents for the DOCX, XLSX and CSV tests, with every block and cell kind, in Swedish and in English. The
 * figures are kept as constants so that a test compares what it reads back with values it did not take from the
 * writer.
 */
public final class SampleReports {

    public static final Currency SEK = Currency.getInstance("SEK");
    public static final Currency EUR = Currency.getInstance("EUR");

    /** The granted amounts of the funding table, in SEK, in row order; the third row has no rate and is a note. */
    public static final List<BigDecimal> GRANTED_SEK = List.of(new BigDecimal("1800000.00"),
            new BigDecimal("245750.50"), new BigDecimal("-1250.00"));
    public static final List<LocalDate> DECIDED = List.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 11, 4),
            LocalDate.of(2024, 12, 31));
    public static final String NO_RATE_SV = "Kan inte räknas om: ingen ECB-kurs för MKD den 31 mars 2026";
    public static final String NO_RATE_EN = "Cannot be converted: no ECB rate for MKD on 31 March 2026";
    public static final List<Long> ACTIVITIES = List.of(98L, 104L, 87L, 112L, 120L);
    public static final int FIRST_ACTIVITY_YEAR = 2021;
    /** A text with every character CSV must quote, a line break, and letters Excel must not mangle. */
    public static final String AWKWARD_SV = "Åtgärd; \"Vänort\", Växjö–Jönköping\r\nandra raden";
    public static final String AWKWARD_EN = "Action; \"Twin town\", Växjö–Jönköping\nsecond line";

    private SampleReports() {
    }

    public static ReportDocument swedish() {
        return document(ReportLanguage.SWEDISH);
    }

    public static ReportDocument english() {
        return document(ReportLanguage.ENGLISH);
    }

    public static ReportDocument of(ReportLanguage language) {
        return document(language);
    }

    private static ReportDocument document(ReportLanguage language) {
        boolean sv = language == ReportLanguage.SWEDISH;
        Section partnerships = Section.of("partnerships", sv ? "Vänorter och partnerskap" : "Twin towns and partnerships",
                new Paragraph(sv ? "Lidköping har fyra vänorter i Norden och ett partnerskap i Östafrika."
                        : "Lidköping has four twin towns in the Nordic countries and one partnership in East Africa."),
                Table.of(sv ? "Partnerskap med status" : "Partnerships with status",
                        List.of(Column.text(sv ? "Partner" : "Partner"), Column.text(sv ? "Land" : "Country"),
                                Column.date(sv ? "Beslutat" : "Decided"),
                                Column.count(sv ? "Besök" : "Visits")),
                        List.of(List.of(Cell.text("Skagen"), Cell.text(sv ? "Danmark" : "Denmark"),
                                        Cell.date(LocalDate.of(1947, 5, 17)), Cell.count(3)),
                                List.of(Cell.text("Hämeenlinna"), Cell.text(sv ? "Finland" : "Finland"),
                                        Cell.date(LocalDate.of(1949, 9, 1)), Cell.count(0)),
                                List.of(Cell.text(sv ? AWKWARD_SV : AWKWARD_EN), Cell.empty(), Cell.empty(),
                                        Cell.count(12)))),
                Chart.of(ChartKind.MAP, sv ? "Partnerländer" : "Partner countries",
                        sv ? "Karta över partnerländerna: Danmark, Finland och Kenya."
                                : "Map of the partner countries: Denmark, Finland and Kenya.",
                        sv ? "Partnerskap" : "Partnerships",
                        List.of(new Chart.Point("DK", BigDecimal.ONE), new Chart.Point("FI", BigDecimal.ONE),
                                new Chart.Point("KE", BigDecimal.ONE))));
        List<List<Cell>> funding = List.of(
                List.of(Cell.text("Erasmus+"), new Cell.Amount(GRANTED_SEK.get(0), SEK), Cell.date(DECIDED.get(0))),
                List.of(Cell.text(sv ? "ICLD kommunala partnerskap" : "ICLD municipal partnerships"),
                        new Cell.Amount(GRANTED_SEK.get(1), SEK), Cell.date(DECIDED.get(1))),
                List.of(Cell.text("Interreg Öresund-Kattegat-Skagerrak"),
                        new Cell.Amount(GRANTED_SEK.get(2), SEK), Cell.date(DECIDED.get(2))),
                List.of(Cell.text(sv ? "Nordplus (Skopje)" : "Nordplus (Skopje)"),
                        Cell.note(sv ? NO_RATE_SV : NO_RATE_EN), Cell.empty()));
        Section externalFunding = Section.of("external-funding", sv ? "Extern finansiering" : "External funding",
                Table.of(sv ? "Beviljade medel per program" : "Granted funds by programme",
                        List.of(Column.text(sv ? "Program" : "Programme"), Column.money(sv ? "Beviljat" : "Granted"),
                                Column.date(sv ? "Beslutsdatum" : "Date of decision")),
                        funding),
                Chart.of(ChartKind.BARS, sv ? "Extern finansiering per program" : "External funding by programme",
                        sv ? "Stapeldiagram: Erasmus+ 1 800 000 kr, ICLD 245 750,50 kr."
                                : "Bar chart: Erasmus+ SEK 1,800,000, ICLD SEK 245,750.50.",
                        sv ? "kr" : "SEK",
                        List.of(new Chart.Point("Erasmus+", GRANTED_SEK.get(0)),
                                new Chart.Point("ICLD", GRANTED_SEK.get(1)))));
        List<List<Cell>> activityRows = new ArrayList<>();
        List<Chart.Point> activityPoints = new ArrayList<>();
        for (int i = 0; i < ACTIVITIES.size(); i++) {
            activityRows.add(List.of(Cell.text(Integer.toString(FIRST_ACTIVITY_YEAR + i)),
                    Cell.count(ACTIVITIES.get(i))));
            activityPoints.add(new Chart.Point(Integer.toString(FIRST_ACTIVITY_YEAR + i),
                    BigDecimal.valueOf(ACTIVITIES.get(i))));
        }
        Section activities = Section.of("activities", sv ? "Internationella aktiviteter" : "International activities",
                Chart.of(ChartKind.YEARS, sv ? "Aktiviteter per år" : "Activities per year",
                        sv ? "Stapeldiagram över aktiviteter per år 2021–2025." : "Column chart of activities per year, 2021–2025.",
                        sv ? "Aktiviteter" : "Activities", activityPoints),
                Table.of(sv ? "Aktiviteter per år" : "Activities per year",
                        List.of(Column.text(sv ? "År" : "Year"), Column.count(sv ? "Antal" : "Number")),
                        activityRows));
        Section obligations = Section.of("obligations", sv ? "Åtaganden: uppfyllda/försenade [2025]?"
                        : "Obligations: met/overdue [2025]?",
                Table.of(sv ? "Uppfyllda åtaganden" : "Obligations met",
                        List.of(Column.text(sv ? "Åtagande" : "Obligation"), Column.date(sv ? "Klart" : "Done")),
                        List.of(List.of(Cell.text(sv ? "Slutrapport till ICLD" : "Final report to ICLD"),
                                Cell.date(LocalDate.of(2025, 2, 28))))),
                Table.of(sv ? "Försenade åtaganden" : "Overdue obligations",
                        List.of(Column.text(sv ? "Åtagande" : "Obligation"), Column.date(sv ? "Förföll" : "Due"),
                                Column.money(sv ? "Återkrav" : "Repayment claimed")),
                        List.of(List.of(Cell.text(sv ? "Reserapport Skagen" : "Visit report Skagen"),
                                        Cell.date(LocalDate.of(2025, 10, 1)),
                                        new Cell.Amount(new BigDecimal("1200.00"), EUR)),
                                List.of(Cell.text(sv ? "Utvärdering Hämeenlinna" : "Evaluation Hämeenlinna"),
                                        Cell.date(LocalDate.of(2025, 12, 1)),
                                        new Cell.Amount(new BigDecimal("300.00"), SEK)))));
        // Two headings that agree in their first 31 characters, and one a spreadsheet reserves.
        Section earlierA = Section.of("earlier-years-a", sv ? "Tidigare års redovisade siffror, del A"
                        : "Figures reported in earlier years, part A",
                new Paragraph(sv ? "Lidköping redovisade 2015: 98 aktiviteter och 1,8 miljoner kronor."
                        : "Lidköping reported for 2015: 98 activities and SEK 1.8 million."));
        Section earlierB = Section.of("earlier-years-b", sv ? "Tidigare års redovisade siffror, del B"
                        : "Figures reported in earlier years, part B",
                new Paragraph(sv ? "Inga siffror redovisades 2016." : "No figures were reported for 2016."));
        Section history = Section.of("history", "History",
                new Paragraph(sv ? "Vänortsarbetet började 1947." : "The twin-town work began in 1947."));
        return ReportDocument.of(sv ? "Internationell sammanställning 2025 – Lidköpings kommun"
                        : "International compilation 2025 – Lidköping Municipality", language,
                List.of(partnerships, externalFunding, activities, obligations, earlierA, earlierB, history),
                List.of(sv ? "Alla belopp i kronor är omräknade till ECB:s referenskurs den 31 mars 2026."
                                : "All SEK amounts are converted at the ECB reference rate of 31 March 2026.",
                        sv ? "Källa: Lidköpings kommuns register över internationellt arbete."
                                : "Source: Lidköping Municipality's register of international work."));
    }

    /** A report of one section whose table has {@code rows} rows of every column kind, for the benchmark. */
    public static ReportDocument large(ReportLanguage language, int rows) {
        List<List<Cell>> cells = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            cells.add(List.of(Cell.text("Projekt nr " + i + " – Växjö och Åbo"), Cell.count(i % 97),
                    new Cell.Amount(BigDecimal.valueOf(1_000_000L + i * 137L, 2), SEK),
                    Cell.date(LocalDate.of(2020, 1, 1).plusDays(i)),
                    i % 50 == 0 ? Cell.note(NO_RATE_SV) : new Cell.Amount(BigDecimal.valueOf(i * 1_001L, 2), SEK)));
        }
        Table table = Table.of("Projekt", List.of(Column.text("Namn"), Column.count("Deltagare"),
                Column.money("Budget"), Column.date("Start"), Column.money("Extern finansiering")), cells);
        Chart chart = Chart.of(ChartKind.YEARS, "Projekt per år", "Stapeldiagram över projekt per år.", "Projekt",
                List.of(new Chart.Point("2024", BigDecimal.TEN), new Chart.Point("2025", BigDecimal.ONE)));
        return ReportDocument.of("Stor rapport", language, List.of(Section.of("projects", "Projekt", chart, table)),
                List.of("Belopp i kronor."));
    }
}
