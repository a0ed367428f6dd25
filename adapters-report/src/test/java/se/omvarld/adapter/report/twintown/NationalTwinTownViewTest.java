package se.omvarld.adapter.report.twintown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.omvarld.adapter.report.document.Block;
import se.omvarld.adapter.report.document.Cell;
import se.omvarld.adapter.report.document.Chart;
import se.omvarld.adapter.report.document.ChartKind;
import se.omvarld.adapter.report.document.Paragraph;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.adapter.report.document.Section;
import se.omvarld.adapter.report.document.Table;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.twintown.TwinTownImport;
import se.omvarld.domain.twintown.TwinTownPair;
import se.omvarld.reference.SwedishMunicipalityCodes;
import se.omvarld.reference.TwinTownsCsv;

/** The national view of the real list's Swedish part; every figure is counted here from the pairs themselves. */
class NationalTwinTownViewTest {

    private static final ImmutableList<TwinTownPair> PAIRS = TwinTownImport.of(TwinTownsCsv.shipped(),
            SwedishMunicipalityCodes.shipped()).pairs();
    private static final Map<CountryCode, Long> PER_COUNTRY = PAIRS.stream()
            .collect(Collectors.groupingBy(TwinTownPair::country, Collectors.counting()));
    private static final ReportDocument SWEDISH = NationalTwinTownView.document(PAIRS, ReportLanguage.SWEDISH);
    private static final ReportDocument ENGLISH = NationalTwinTownView.document(PAIRS, ReportLanguage.ENGLISH);

    private static Section section(ReportDocument document, String id) {
        return document.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static Chart chart(ReportDocument document, ChartKind kind) {
        return section(document, "by-country").blocks().stream().filter(Chart.class::isInstance)
                .map(Chart.class::cast).filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    private static String text(Cell cell) {
        return ((Cell.Text) cell).value();
    }

    private static long count(Cell cell) {
        return ((Cell.Count) cell).value();
    }

    @Test
    void the_document_is_swedish_by_default_words_and_has_its_three_sections() {
        assertThat(SWEDISH.title()).isEqualTo("Sveriges vänorter");
        assertThat(SWEDISH.language()).isEqualTo(ReportLanguage.SWEDISH);
        assertThat(SWEDISH.sections()).extracting(Section::id, Section::heading).containsExactly(
                tuple("summary", "Sammanfattning"),
                tuple("by-country", "Per land"),
                tuple("by-municipality", "Per kommun"));
        assertThat(SWEDISH.footnotes()).singleElement().asString().contains("CC BY-SA", "SCB");
    }

    @Test
    void the_summary_counts_pairs_municipalities_and_countries() {
        long municipalities = PAIRS.stream().flatMap(p -> Stream.concat(
                Stream.of(p.municipality()), p.townMunicipality().stream())).distinct().count();
        Block summary = section(SWEDISH, "summary").blocks().get(0);

        assertThat(((Paragraph) summary).text()).isEqualTo("Den nationella vänortslistan har 722 vänortspar i "
                + municipalities + " kommuner, med vänorter i " + PER_COUNTRY.size() + " länder.");
    }

    @Test
    void the_map_shades_every_country_by_its_iso_code_with_its_count() {
        Chart map = chart(SWEDISH, ChartKind.MAP);

        assertThat(map.points()).hasSize(PER_COUNTRY.size()).allSatisfy(point -> assertThat(point.value())
                .isEqualTo(BigDecimal.valueOf(PER_COUNTRY.get(CountryCode.of(point.label())))));
        assertThat(map.altText()).startsWith("Världskarta").contains("Finland " + PER_COUNTRY.get(CountryCode.of("FI")),
                "Norge " + PER_COUNTRY.get(CountryCode.of("NO")));
    }

    @Test
    void the_bars_show_the_fifteen_countries_with_most_twin_towns_most_first() {
        Chart bars = chart(SWEDISH, ChartKind.BARS);
        List<Long> largest = PER_COUNTRY.values().stream().sorted(Comparator.reverseOrder()).limit(15)
                .toList();

        assertThat(bars.points()).hasSize(15).extracting(p -> p.value().longValueExact())
                .containsExactlyElementsOf(largest);
        assertThat(bars.points().get(0).label()).isEqualTo("Finland");
        assertThat(bars.altText()).contains("15 länder", "Finland " + PER_COUNTRY.get(CountryCode.of("FI")));
    }

    @Test
    void the_country_table_has_every_country_once_and_its_counts_add_up_to_every_pair() {
        Table countries = section(SWEDISH, "by-country").tables().get(0);

        assertThat(countries.rows()).hasSize(PER_COUNTRY.size());
        assertThat(countries.rows().stream().mapToLong(row -> count(row.get(2))).sum()).isEqualTo(PAIRS.size());
        assertThat(countries.rows()).filteredOn(row -> text(row.get(1)).equals("HU")).singleElement()
                .satisfies(row -> {
                    assertThat(text(row.get(0))).isEqualTo("Ungern");
                    assertThat(count(row.get(2))).isEqualTo(PER_COUNTRY.get(CountryCode.of("HU")));
                });
    }

    @Test
    void the_municipality_table_lists_each_municipality_with_its_twin_towns_and_their_countries() {
        Table municipalities = section(SWEDISH, "by-municipality").tables().get(0);

        assertThat(municipalities.rows()).filteredOn(row -> text(row.get(1)).equals("1494")).singleElement()
                .satisfies(row -> {
                    assertThat(text(row.get(0))).isEqualTo("Lidköping");
                    assertThat(count(row.get(2))).isEqualTo(2);
                    assertThat(text(row.get(3))).isEqualTo("Kecskemét (Ungern), Utena (Litauen)");
                });
        assertThat(municipalities.rows()).filteredOn(row -> text(row.get(1)).equals("0686")).isEmpty();
        assertThat(municipalities.rows().stream().mapToLong(row -> count(row.get(2))).sum())
                .as("a pair of two Swedish municipalities counts for both").isEqualTo(PAIRS.size() + 1);
    }

    @Test
    void haninge_and_krokom_each_list_the_other() {
        Table municipalities = section(SWEDISH, "by-municipality").tables().get(0);

        assertThat(municipalities.rows()).filteredOn(row -> text(row.get(1)).equals("2309")).singleElement()
                .satisfies(row -> assertThat(text(row.get(3))).contains("Haninge (Sverige)"));
        assertThat(municipalities.rows()).filteredOn(row -> text(row.get(1)).equals("0136")).singleElement()
                .satisfies(row -> assertThat(text(row.get(3))).contains("Krokom (Sverige)"));
    }

    @Test
    void in_english_the_words_and_country_names_are_english() {
        assertThat(ENGLISH.title()).isEqualTo("Sweden's twin towns");
        assertThat(chart(ENGLISH, ChartKind.BARS).points()).extracting(Chart.Point::label)
                .contains("Finland", "Norway", "Denmark");
        assertThat(section(ENGLISH, "by-municipality").tables().get(0).rows())
                .filteredOn(row -> text(row.get(1)).equals("1494")).singleElement()
                .satisfies(row -> assertThat(text(row.get(3))).isEqualTo("Kecskemét (Hungary), Utena (Lithuania)"));
    }
}
