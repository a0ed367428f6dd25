package se.omvarld.adapter.report.twintown;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.omvarld.adapter.report.document.Cell;
import se.omvarld.adapter.report.document.Chart;
import se.omvarld.adapter.report.document.ChartKind;
import se.omvarld.adapter.report.document.Column;
import se.omvarld.adapter.report.document.Paragraph;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.adapter.report.document.Section;
import se.omvarld.adapter.report.document.Table;
import se.omvarld.adapter.report.document.ValueFormats;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.twintown.TwinTownPair;

/**
 * Sweden's twin towns as one document, in Swedish or English: a summary; the countries, on a world map (twin towns
 * per country) and as bars (the {@value #TOP_COUNTRIES} countries with most), with a table of every country; and a
 * table of every municipality with its twin towns. A pair of two Swedish municipalities counts for both of them and
 * once for Sweden. Countries are named in the document's language from their ISO codes, and ordered by twin towns,
 * most first, then by name; municipalities by code, as SCB lists them.
 */
public final class NationalTwinTownView {

    /** How many countries the bar chart shows. */
    public static final int TOP_COUNTRIES = 15;
    /** How many countries a chart's text alternative names before referring to the table. */
    private static final int NAMED_IN_ALT_TEXT = 10;

    private NationalTwinTownView() {
    }

    /** The document of {@code pairs} (the national list, as {@code TwinTownDirectory.all()} gives it). */
    public static ReportDocument document(List<TwinTownPair> pairs, ReportLanguage language) {
        checkNotNull(pairs, "pairs are required");
        checkNotNull(language, "language is required");
        ValueFormats formats = ValueFormats.of(language);
        List<CountryRow> countries = countries(pairs, language.locale());
        Map<MunicipalityCode, MunicipalityRow> municipalities = municipalities(pairs);
        Paragraph summary = new Paragraph(String.format(Word.SUMMARY_TEXT.in(language), formats.count(pairs.size()),
                formats.count(municipalities.size()), formats.count(countries.size())));
        return ReportDocument.of(Word.TITLE.in(language), language, List.of(
                Section.of("summary", Word.SUMMARY.in(language), summary),
                Section.of("by-country", Word.BY_COUNTRY.in(language), map(countries, language, formats),
                        bars(countries, language, formats), countryTable(countries, language)),
                Section.of("by-municipality", Word.BY_MUNICIPALITY.in(language),
                        municipalityTable(municipalities, language))),
                List.of(Word.SOURCE.in(language)));
    }

    private record CountryRow(CountryCode code, String name, long twinTowns, long municipalities) {
    }

    private record MunicipalityRow(MunicipalityCode code, String name, List<TwinTown> twinTowns) {
    }

    private record TwinTown(String town, CountryCode country) {
    }

    private static List<CountryRow> countries(List<TwinTownPair> pairs, Locale locale) {
        Map<CountryCode, List<TwinTownPair>> byCountry = pairs.stream()
                .collect(Collectors.groupingBy(TwinTownPair::country));
        List<CountryRow> rows = new ArrayList<>();
        byCountry.forEach((country, of) -> rows.add(new CountryRow(country, name(country, locale), of.size(),
                of.stream().flatMap(NationalTwinTownView::sides).distinct().count())));
        rows.sort(Comparator.comparingLong(CountryRow::twinTowns).reversed().thenComparing(CountryRow::name));
        return rows;
    }

    /** The pair's Swedish municipalities: one, or two when the twin town is Swedish too. */
    private static Stream<MunicipalityCode> sides(TwinTownPair pair) {
        return Stream.concat(Stream.of(pair.municipality()), pair.townMunicipality().stream());
    }

    private static Map<MunicipalityCode, MunicipalityRow> municipalities(List<TwinTownPair> pairs) {
        Map<MunicipalityCode, MunicipalityRow> rows = new TreeMap<>();
        for (TwinTownPair p : pairs) {
            rows.computeIfAbsent(p.municipality(), code -> new MunicipalityRow(code, p.municipalityName(),
                    new ArrayList<>())).twinTowns().add(new TwinTown(p.town(), p.country()));
            p.townMunicipality().ifPresent(code -> rows.computeIfAbsent(code, c -> new MunicipalityRow(c, p.town(),
                    new ArrayList<>())).twinTowns().add(new TwinTown(p.municipalityName(), p.country())));
        }
        rows.values().forEach(row -> row.twinTowns().sort(Comparator.comparing(TwinTown::town)));
        return rows;
    }

    private static String name(CountryCode country, Locale locale) {
        return new Locale("", country.value()).getDisplayCountry(locale);
    }

    private static Chart map(List<CountryRow> countries, ReportLanguage language, ValueFormats formats) {
        String alt = Word.MAP_ALT.in(language) + " " + most(countries, NAMED_IN_ALT_TEXT, language, formats);
        return Chart.of(ChartKind.MAP, Word.MAP_TITLE.in(language), alt, Word.TWIN_TOWNS.in(language),
                countries.stream().map(c -> new Chart.Point(c.code().value(), BigDecimal.valueOf(c.twinTowns())))
                        .toList());
    }

    private static Chart bars(List<CountryRow> countries, ReportLanguage language, ValueFormats formats) {
        List<CountryRow> top = countries.subList(0, Math.min(TOP_COUNTRIES, countries.size()));
        String alt = String.format(Word.BARS_ALT.in(language), top.size()) + " "
                + most(top, top.size(), language, formats);
        return Chart.of(ChartKind.BARS, String.format(Word.BARS_TITLE.in(language), top.size()), alt,
                Word.TWIN_TOWNS.in(language),
                top.stream().map(c -> new Chart.Point(c.name(), BigDecimal.valueOf(c.twinTowns()))).toList());
    }

    /** "Finland 131, Norway 86, …" for the first {@code n} countries, and where to find the rest. */
    private static String most(List<CountryRow> countries, int n, ReportLanguage language, ValueFormats formats) {
        if (countries.isEmpty()) {
            return Word.NONE.in(language);
        }
        String named = countries.stream().limit(n).map(c -> c.name() + " " + formats.count(c.twinTowns()))
                .collect(Collectors.joining(", "));
        return countries.size() > n ? named + ". " + Word.REST.in(language) : named + ".";
    }

    private static Table countryTable(List<CountryRow> countries, ReportLanguage language) {
        List<Column> columns = List.of(Column.text(Word.COUNTRY.in(language)), Column.text(Word.ISO_CODE.in(language)),
                Column.count(Word.TWIN_TOWNS.in(language)), Column.count(Word.MUNICIPALITIES.in(language)));
        return Table.of(Word.COUNTRY_CAPTION.in(language), columns, countries.stream()
                .map(c -> List.of(Cell.text(c.name()), Cell.text(c.code().value()), Cell.count(c.twinTowns()),
                        Cell.count(c.municipalities())))
                .toList());
    }

    private static Table municipalityTable(Map<MunicipalityCode, MunicipalityRow> municipalities,
            ReportLanguage language) {
        Locale locale = language.locale();
        List<Column> columns = List.of(Column.text(Word.MUNICIPALITY.in(language)),
                Column.text(Word.MUNICIPALITY_CODE.in(language)), Column.count(Word.TWIN_TOWNS.in(language)),
                Column.text(Word.TWIN_TOWN_LIST.in(language)));
        return Table.of(Word.MUNICIPALITY_CAPTION.in(language), columns, municipalities.values().stream()
                .map(m -> List.of(Cell.text(m.name()), Cell.text(m.code().value()), Cell.count(m.twinTowns().size()),
                        Cell.text(m.twinTowns().stream().map(t -> t.town() + " (" + name(t.country(), locale) + ")")
                                .collect(Collectors.joining(", ")))))
                .toList());
    }

    /** The document's words, each in Swedish and in English. */
    private enum Word {
        TITLE("Sveriges vänorter", "Sweden's twin towns"),
        SUMMARY("Sammanfattning", "Summary"),
        BY_COUNTRY("Per land", "By country"),
        BY_MUNICIPALITY("Per kommun", "By municipality"),
        SUMMARY_TEXT("Den nationella vänortslistan har %s vänortspar i %s kommuner, med vänorter i %s länder.",
                "The national list of twin towns has %s pairs in %s municipalities, with twin towns in %s countries."),
        MAP_TITLE("Vänorter per land", "Twin towns by country"),
        MAP_ALT("Världskarta där varje land är skuggat efter antalet svenska vänorter i landet. Flest vänorter:",
                "World map with each country shaded by the number of Swedish twin towns in it. Most twin towns:"),
        BARS_TITLE("De %s länder som har flest svenska vänorter", "The %s countries with most Swedish twin towns"),
        BARS_ALT("Stapeldiagram över de %s länder som har flest svenska vänorter:",
                "Bar chart of the %s countries with most Swedish twin towns:"),
        REST("Tabellen Vänorter per land nedan listar varje land.",
                "The table Twin towns by country below lists every country."),
        NONE("Inga vänorter.", "No twin towns."),
        TWIN_TOWNS("Vänorter", "Twin towns"),
        COUNTRY("Land", "Country"),
        ISO_CODE("ISO-kod", "ISO code"),
        MUNICIPALITIES("Kommuner", "Municipalities"),
        COUNTRY_CAPTION("Vänorter per land", "Twin towns by country"),
        MUNICIPALITY("Kommun", "Municipality"),
        MUNICIPALITY_CODE("Kommunkod", "Municipality code"),
        TWIN_TOWN_LIST("Vänorter (land)", "Twin towns (country)"),
        MUNICIPALITY_CAPTION("Vänorter per kommun", "Twin towns by municipality"),
        SOURCE("Källa: Wikipedias listor över vänorter (CC BY-SA), som Hekman/twincities samlat dem; länder enligt "
                + "ISO 3166-1 och kommuner enligt SCB:s kommunkoder. Rader som inte kunde tolkas säkert är inte med: "
                + "importen redovisar dem med radnummer och skäl.",
                "Source: Wikipedia's lists of twin towns and sister cities (CC BY-SA), as collected by "
                        + "Hekman/twincities; countries by ISO 3166-1, municipalities by SCB's municipality codes. "
                        + "Rows that could not be read with certainty are left out: the import reports each with its "
                        + "line and reason.");

        private final String swedish;
        private final String english;

        Word(String swedish, String english) {
            this.swedish = swedish;
            this.english = english;
        }

        String in(ReportLanguage language) {
            return language == ReportLanguage.SWEDISH ? swedish : english;
        }
    }
}
