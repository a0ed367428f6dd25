package se.omvarld.adapter.report.html;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.omvarld.adapter.report.document.Cell;
import se.omvarld.adapter.report.document.Chart;
import se.omvarld.adapter.report.document.ChartKind;
import se.omvarld.adapter.report.document.Column;
import se.omvarld.adapter.report.document.Paragraph;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.adapter.report.document.Section;
import se.omvarld.adapter.report.document.Table;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.Money;

/**
 * A rich annual compilation for Lidköping with every block and cell kind (text, count, amount, date, empty, note),
 * in Swedish and English, for the page writers' tests. Its raw figures are public so that a test computes what a
 * cell must show without reading the document.
 */
public final class SampleReports {

    public static final Currency SEK = Currency.getInstance("SEK");
    public static final Currency EUR = Currency.getInstance("EUR");

    /** One external grant: a programme, a funder, the day of the decision (or none yet), the amount in SEK or none. */
    public record Grant(String programme, String funder, LocalDate decided, BigDecimal sek) {
    }

    public static final List<Grant> GRANTS = List.of(
            new Grant("Erasmus+ Skolsamverkan", "Europeiska kommissionen", LocalDate.of(2025, 3, 31),
                    new BigDecimal("1250000.00")),
            new Grant("ICLD Kommunala partnerskap", "ICLD", LocalDate.of(2025, 6, 12), new BigDecimal("412500.50")),
            new Grant("Interreg Öresund–Kattegatt–Skagerrak", "Region Västra Götaland", null,
                    new BigDecimal("137499.50")),
            new Grant("Nordplus Junior", "Nordiska ministerrådet", LocalDate.of(2025, 11, 3), null));

    public static final Map<Integer, Integer> ACTIVITIES_PER_YEAR = yearly();

    /** Partner countries and their number of partnerships; Kosovo has no ISO code on the map and Malta is tiny. */
    public static final Map<String, Integer> PARTNER_COUNTRIES = partners();

    public static final String FOOTNOTE_SV = "Belopp i euro är omräknade till kronor efter Europeiska centralbankens "
            + "kurs den 31 mars 2026 (källa: ECB).";
    public static final String FOOTNOTE_EN = "Amounts in euro are converted to kronor at the European Central Bank's "
            + "rate of 31 March 2026 (source: ECB).";
    public static final String UNCONVERTIBLE_SV = "Ej omräkningsbart: ingen kurs för NOK den 3 november 2025";
    public static final String UNCONVERTIBLE_EN = "Not convertible: no NOK rate on 3 November 2025";

    private SampleReports() {
    }

    public static ReportDocument lidkoping(ReportLanguage language) {
        boolean sv = language == ReportLanguage.SWEDISH;
        Section overview = Section.of("oversikt", sv ? "Översikt" : "Overview",
                new Paragraph(sv ? "Lidköpings kommuns internationella arbete under 2025: vänorter, projekt och "
                        + "besök. Tecken som ska gå att söka efter: å ä ö Å Ä Ö é ü & < > \" '."
                        : "Lidköping municipality's international work in 2025: twin towns, projects and visits. "
                                + "Characters that must be searchable: å ä ö Å Ä Ö é ü & < > \" '."),
                Table.of(sv ? "Nyckeltal 2025" : "Key figures 2025",
                        List.of(Column.text(sv ? "Mått" : "Measure"), Column.count(sv ? "Antal" : "Number")),
                        List.of(List.of(Cell.text(sv ? "Aktiva partnerskap" : "Active partnerships"),
                                        Cell.count(totalPartnerships())),
                                List.of(Cell.text(sv ? "Internationella aktiviteter" : "International activities"),
                                        Cell.count(ACTIVITIES_PER_YEAR.get(2025))))));
        Section funding = Section.of("extern-finansiering", sv ? "Extern finansiering" : "External funding",
                grantsTable(sv),
                Chart.of(ChartKind.BARS, sv ? "Extern finansiering per program" : "External funding by programme",
                        sv ? "Stapeldiagram: Erasmus+ Skolsamverkan 1 250 000 kr, ICLD Kommunala partnerskap "
                                + "412 500 kr, Interreg 137 500 kr."
                                : "Bar chart: Erasmus+ school cooperation SEK 1,250,000, ICLD SEK 412,500, "
                                        + "Interreg SEK 137,500.",
                        sv ? "Kronor" : "SEK",
                        GRANTS.stream().filter(grant -> grant.sek() != null)
                                .map(grant -> new Chart.Point(grant.programme(), grant.sek())).toList()));
        Section activities = Section.of("aktiviteter", sv ? "Aktiviteter per år" : "Activities per year",
                Chart.of(ChartKind.YEARS, sv ? "Internationella aktiviteter 2021–2025"
                                : "International activities 2021–2025",
                        sv ? "Stapeldiagram över antalet aktiviteter: 2021 41, 2022 63, 2023 77, 2024 85, 2025 98."
                                : "Column chart of activities: 2021 41, 2022 63, 2023 77, 2024 85, 2025 98.",
                        sv ? "Antal aktiviteter" : "Number of activities",
                        ACTIVITIES_PER_YEAR.entrySet().stream()
                                .map(e -> new Chart.Point(e.getKey().toString(), BigDecimal.valueOf(e.getValue())))
                                .toList()),
                Table.of(sv ? "Aktiviteter per år" : "Activities per year",
                        List.of(Column.text(sv ? "År" : "Year"), Column.count(sv ? "Aktiviteter" : "Activities")),
                        ACTIVITIES_PER_YEAR.entrySet().stream()
                                .map(e -> List.of(Cell.text(e.getKey().toString()), Cell.count(e.getValue())))
                                .toList()));
        Section partners = Section.of("partnerlander", sv ? "Partnerländer" : "Partner countries",
                Chart.of(ChartKind.MAP, sv ? "Partnerländer på världskartan" : "Partner countries on the world map",
                        sv ? "Världskarta där Tyskland, Polen, Litauen, Malta, Kenya och Kosovo är markerade; "
                                + "Tyskland har tre partnerskap."
                                : "World map marking Germany, Poland, Lithuania, Malta, Kenya and Kosovo; Germany "
                                        + "has three partnerships.",
                        sv ? "Partnerskap" : "Partnerships",
                        PARTNER_COUNTRIES.entrySet().stream()
                                .map(e -> new Chart.Point(e.getKey(), BigDecimal.valueOf(e.getValue()))).toList()),
                new Paragraph(sv ? "Vänorten i Kosovo saknar landskod i ISO 3166-1 och visas därför inte på kartan."
                        : "The twin town in Kosovo has no ISO 3166-1 code and is therefore not on the map."));
        String title = sv ? "Internationellt arbete i Lidköping 2025" : "International work in Lidköping 2025";
        return ReportDocument.of(title, language, List.of(overview, funding, activities, partners),
                List.of(sv ? FOOTNOTE_SV : FOOTNOTE_EN,
                        sv ? "Siffrorna för tidigare år är de som kommunen redovisade då."
                                : "The figures for earlier years are those the municipality reported then."));
    }

    /** A document of one section whose table has the given number of rows, for the benchmark and paging tests. */
    public static ReportDocument manyRows(ReportLanguage language, int rows) {
        List<List<Cell>> cells = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            cells.add(List.of(Cell.text("Projekt nr " + i + " – Lidköping och Åbo"), Cell.count(i),
                    Cell.money(new Money(BigDecimal.valueOf(i * 1234567L, 2), SEK)),
                    Cell.date(LocalDate.of(2025, 1, 1).plusDays(i % 365))));
        }
        Table table = Table.of("Projekt", List.of(Column.text("Projekt"), Column.count("Nummer"),
                Column.money("Budget"), Column.date("Start")), cells);
        return ReportDocument.of("Projektförteckning", language, List.of(Section.of("projekt", "Projekt", table),
                Section.of("slut", "Slut", new Paragraph("Förteckningens slut."))), List.of());
    }

    public static BigDecimal totalSek() {
        return GRANTS.stream().map(Grant::sek).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static int totalPartnerships() {
        return PARTNER_COUNTRIES.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Table grantsTable(boolean sv) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Grant grant : GRANTS) {
            rows.add(List.of(Cell.text(grant.programme()), Cell.text(grant.funder()), Cell.date(grant.decided()),
                    grant.sek() == null ? Cell.note(sv ? UNCONVERTIBLE_SV : UNCONVERTIBLE_EN)
                            : new Cell.Amount(grant.sek(), SEK)));
        }
        rows.add(List.of(Cell.text(sv ? "Summa" : "Total"), Cell.empty(), Cell.empty(),
                new Cell.Amount(totalSek(), SEK)));
        return Table.of(sv ? "Beviljad extern finansiering 2025" : "External funding granted in 2025",
                List.of(Column.text(sv ? "Program" : "Programme"), Column.text(sv ? "Finansiär" : "Funder"),
                        Column.date(sv ? "Beslutsdag" : "Decided"), Column.money(sv ? "Belopp" : "Amount")),
                rows);
    }

    private static Map<Integer, Integer> yearly() {
        Map<Integer, Integer> years = new LinkedHashMap<>();
        years.put(2021, 41);
        years.put(2022, 63);
        years.put(2023, 77);
        years.put(2024, 85);
        years.put(2025, 98);
        return years;
    }

    private static Map<String, Integer> partners() {
        Map<String, Integer> countries = new LinkedHashMap<>();
        countries.put("DE", 3);
        countries.put("PL", 1);
        countries.put("LT", 2);
        countries.put("MT", 1);
        countries.put("KE", 1);
        countries.put("XK", 1);
        return countries;
    }
}
