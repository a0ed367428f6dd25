package se.omvarld.adapter.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import se.omvarld.adapter.report.document.Chart;
import se.omvarld.adapter.report.document.ChartKind;
import se.omvarld.domain.report.ReportLanguage;

class ChartImagesTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private final ChartImages swedish = ChartImages.of(ReportLanguage.SWEDISH);

    private static Chart bars() {
        return Chart.of(ChartKind.BARS, "Extern finansiering per program",
                "Erasmus+ 1 250 000 kr, ICLD 412 500 kr, Interreg 137 500 kr.", "Kronor",
                List.of(new Chart.Point("Erasmus+", new BigDecimal("1250000.00")),
                        new Chart.Point("ICLD", new BigDecimal("412500.50")),
                        new Chart.Point("Interreg", new BigDecimal("137499.50"))));
    }

    private static Chart years() {
        List<Chart.Point> points = new ArrayList<>();
        int[] counts = {41, 63, 77, 85, 98};
        for (int i = 0; i < counts.length; i++) {
            points.add(new Chart.Point(Integer.toString(2021 + i), BigDecimal.valueOf(counts[i])));
        }
        return Chart.of(ChartKind.YEARS, "Aktiviteter 2021–2025", "Från 41 aktiviteter 2021 till 98 år 2025.",
                "Antal aktiviteter", points);
    }

    private static Chart map() {
        return Chart.of(ChartKind.MAP, "Partnerländer", "Tyskland (3), Malta (1) och Kosovo (1).", "Partnerskap",
                List.of(new Chart.Point("DE", BigDecimal.valueOf(3)), new Chart.Point("MT", BigDecimal.ONE),
                        new Chart.Point("XK", BigDecimal.ONE)));
    }

    @Test
    void an_svg_is_an_image_named_by_the_charts_title_and_described_by_its_text_alternative() throws Exception {
        for (Chart chart : List.of(bars(), years(), map())) {
            Element svg = parse(swedish.svg(chart, "figur-1")).getDocumentElement();

            assertThat(svg.getNamespaceURI()).isEqualTo(SVG_NS);
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("figur-1-title figur-1-desc");
            Element title = child(svg, 0);
            Element desc = child(svg, 1);
            assertThat(title.getLocalName()).isEqualTo("title");
            assertThat(title.getAttribute("id")).isEqualTo("figur-1-title");
            assertThat(title.getTextContent()).isEqualTo(chart.title());
            assertThat(desc.getLocalName()).isEqualTo("desc");
            assertThat(desc.getAttribute("id")).isEqualTo("figur-1-desc");
            assertThat(desc.getTextContent()).isEqualTo(chart.altText());
        }
    }

    @Test
    void markup_in_a_title_a_text_alternative_or_a_label_stays_text() throws Exception {
        Chart chart = Chart.of(ChartKind.BARS, "<b>Å & Ö</b>", "\"a\" < 'b'", "kr & öre",
                List.of(new Chart.Point("</text><script>", BigDecimal.ONE)));

        Document svg = parse(swedish.svg(chart));

        assertThat(svg.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent()).isEqualTo("<b>Å & Ö</b>");
        assertThat(svg.getElementsByTagNameNS(SVG_NS, "desc").item(0).getTextContent()).isEqualTo("\"a\" < 'b'");
        assertThat(texts(svg)).contains("</text><script>", "kr & öre");
        assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
    }

    @Test
    void bars_are_as_long_as_their_values_in_proportion_and_labelled_with_whole_swedish_figures() throws Exception {
        Document svg = parse(swedish.svg(bars()));

        List<Double> widths = new ArrayList<>();
        NodeList rects = svg.getElementsByTagNameNS(SVG_NS, "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            widths.add(Double.parseDouble(((Element) rects.item(i)).getAttribute("width")));
        }
        assertThat(widths).hasSize(3);
        assertThat(widths.get(1) / widths.get(0)).isCloseTo(412500.50 / 1250000.00, within(0.002));
        assertThat(widths.get(2) / widths.get(0)).isCloseTo(137499.50 / 1250000.00, within(0.002));
        assertThat(texts(svg)).contains("Erasmus+", "ICLD", "Interreg", "1\u00a0250\u00a0000", "412\u00a0501",
                "137\u00a0500", "Kronor");
    }

    @Test
    void a_years_chart_has_one_column_per_year_in_order_with_its_value_above() throws Exception {
        Document svg = parse(ChartImages.of(ReportLanguage.ENGLISH).svg(years()));

        List<String> texts = texts(svg);
        assertThat(texts).containsSubsequence("41", "2021", "63", "2022", "77", "2023", "85", "2024", "98", "2025");
        NodeList rects = svg.getElementsByTagNameNS(SVG_NS, "rect");
        assertThat(rects.getLength()).isEqualTo(5);
        double first = Double.parseDouble(((Element) rects.item(0)).getAttribute("height"));
        double last = Double.parseDouble(((Element) rects.item(4)).getAttribute("height"));
        assertThat(last / first).isCloseTo(98.0 / 41.0, within(0.01));
    }

    @Test
    void the_map_shades_each_partner_country_and_names_it_with_its_value_in_the_documents_language()
            throws Exception {
        Document svg = parse(swedish.svg(map()));

        List<String> named = new ArrayList<>();
        NodeList paths = svg.getElementsByTagNameNS(SVG_NS, "path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            if (path.getElementsByTagNameNS(SVG_NS, "title").getLength() == 1) {
                named.add(path.getTextContent());
                assertThat(path.getAttribute("fill")).isNotEqualTo("#dde3ea");
            }
        }
        assertThat(named).containsExactlyInAnyOrder("Tyskland: 3", "Malta: 1");
        assertThat(paths.getLength()).isGreaterThan(170);
    }

    @Test
    void a_partner_country_too_small_to_see_on_the_map_gets_a_dot() throws Exception {
        Chart maltaOnly = Chart.of(ChartKind.MAP, "Malta", "Malta är markerat.", "Partnerskap",
                List.of(new Chart.Point("MT", BigDecimal.ONE)));
        Chart germanyOnly = Chart.of(ChartKind.MAP, "Tyskland", "Tyskland är markerat.", "Partnerskap",
                List.of(new Chart.Point("DE", BigDecimal.ONE)));

        assertThat(parse(swedish.svg(maltaOnly)).getElementsByTagNameNS(SVG_NS, "circle").getLength()).isOne();
        assertThat(parse(swedish.svg(germanyOnly)).getElementsByTagNameNS(SVG_NS, "circle").getLength()).isZero();
    }

    @Test
    void a_png_decodes_1600_pixels_wide_and_as_high_in_proportion_as_the_svg() throws Exception {
        for (Chart chart : List.of(bars(), years(), map())) {
            String[] viewBox = parse(swedish.svg(chart)).getDocumentElement().getAttribute("viewBox").split(" ");

            BufferedImage png = ImageIO.read(new ByteArrayInputStream(swedish.png(chart)));

            assertThat(png.getWidth()).isEqualTo(ChartImages.PNG_WIDTH).isEqualTo(1600);
            assertThat(png.getHeight()).isEqualTo((int) Math.round(Double.parseDouble(viewBox[3]) * 1.6))
                    .isEqualTo(swedish.pngHeight(chart));
            assertThat(png.getColorModel().hasAlpha()).isFalse();
        }
    }

    @Test
    void a_png_of_a_width_asked_for_keeps_the_svgs_proportions() throws Exception {
        for (Chart chart : List.of(bars(), years(), map())) {
            String[] viewBox = parse(swedish.svg(chart)).getDocumentElement().getAttribute("viewBox").split(" ");

            BufferedImage png = ImageIO.read(new ByteArrayInputStream(swedish.png(chart, 1100)));

            assertThat(png.getWidth()).isEqualTo(1100);
            assertThat(png.getHeight()).isEqualTo((int) Math.round(Double.parseDouble(viewBox[3]) * 1.1));
        }
    }

    @Test
    void a_chart_without_points_still_draws_its_value_label_in_both_formats() throws Exception {
        for (ChartKind kind : ChartKind.values()) {
            Chart empty = Chart.of(kind, "Inget", "Inga värden detta år.", "Antal", List.of());

            assertThat(texts(parse(swedish.svg(empty)))).contains("Antal");
            assertThat(ImageIO.read(new ByteArrayInputStream(swedish.png(empty))).getWidth()).isEqualTo(1600);
        }
    }

    @Test
    void a_png_map_shades_germany_where_germany_is() throws Exception {
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(swedish.png(map())));
        BufferedImage empty = ImageIO.read(new ByteArrayInputStream(swedish.png(Chart.of(ChartKind.MAP,
                "Ingen", "Inga partnerländer.", "Partnerskap", List.of()))));
        // Berlin at 52.5° N, 13.4° E in the Natural Earth I projection the map is drawn in, scaled to 1600 px.
        int x = (int) Math.round(projectedX(13.4, 52.5) * 1.6);
        int y = (int) Math.round(projectedY(52.5) * 1.6);

        assertThat(png.getRGB(x, y) & 0xffffff).isEqualTo(MapLayout.CLASSES[2].getRGB() & 0xffffff);
        assertThat(empty.getRGB(x, y) & 0xffffff).isEqualTo(MapLayout.LAND.getRGB() & 0xffffff);
    }

    @Test
    void the_shipped_world_map_holds_each_iso_country_once_and_stays_small() throws IOException {
        Set<String> iso = Set.of(Locale.getISOCountries());
        Set<String> seen = new HashSet<>();
        try (InputStream in = getClass().getResourceAsStream("/se/omvarld/adapter/report/chart/world-map.tsv")) {
            byte[] bytes = in.readAllBytes();
            assertThat(bytes.length).isLessThan(120_000);
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                String code = line.split("\t")[0];
                if (!line.startsWith("#") && !code.equals("-")) {
                    assertThat(iso).contains(code);
                    assertThat(seen.add(code)).as("%s appears once", code).isTrue();
                }
            }
        }
        assertThat(seen).contains("SE", "DE", "MT", "SG", "KE", "US", "BR").hasSizeGreaterThan(220);
    }

    private static double projectedX(double lon, double lat) {
        double phi = Math.toRadians(lat);
        double phi2 = phi * phi;
        double phi4 = phi2 * phi2;
        double factor = 0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4));
        double left = -Math.PI * 0.8707;
        return (Math.toRadians(lon) * factor - left) * scale();
    }

    private static double projectedY(double lat) {
        return (y(84) - y(lat)) * scale();
    }

    private static double y(double lat) {
        double phi = Math.toRadians(lat);
        double phi2 = phi * phi;
        double phi4 = phi2 * phi2;
        return phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
    }

    private static double scale() {
        return 1000 / (2 * Math.PI * 0.8707);
    }

    private static org.assertj.core.data.Offset<Double> within(double offset) {
        return org.assertj.core.data.Offset.offset(offset);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static Element child(Element parent, int index) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element) {
                children.add(element);
            }
        }
        return children.get(index);
    }

    private static List<String> texts(Document svg) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagNameNS(SVG_NS, "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
