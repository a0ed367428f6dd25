package se.omvarld.adapter.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import se.omvarld.adapter.report.document.Cell;
import se.omvarld.adapter.report.document.Chart;
import se.omvarld.adapter.report.document.ChartKind;
import se.omvarld.adapter.report.document.Column;
import se.omvarld.adapter.report.document.Paragraph;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.adapter.report.document.Section;
import se.omvarld.adapter.report.document.Table;
import se.omvarld.domain.report.ReportLanguage;

class HtmlReportWriterTest {

    private static final char NBSP = '\u00a0';

    private final HtmlReportWriter writer = new HtmlReportWriter();

    private Document swedish() {
        return read(writer.write(SampleReports.lidkoping(ReportLanguage.SWEDISH)));
    }

    private Document english() {
        return read(writer.write(SampleReports.lidkoping(ReportLanguage.ENGLISH)));
    }

    private static Document read(byte[] html) {
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    @Test
    void the_page_declares_the_documents_language_and_carries_its_title() {
        assertThat(swedish().selectFirst("html").attr("lang")).isEqualTo("sv");
        assertThat(english().selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(swedish().title()).isEqualTo("Internationellt arbete i Lidköping 2025");
        assertThat(swedish().select("meta[charset]").attr("charset")).isEqualTo("UTF-8");
        assertThat(swedish().select("meta[name=description]").attr("content")).isEqualTo(
                "Internationellt arbete i Lidköping 2025: Översikt, Extern finansiering, Aktiviteter per år, "
                        + "Partnerländer.");
    }

    @Test
    void the_page_has_one_h1_and_one_h2_per_section_carrying_the_sections_id_in_order() {
        Document page = swedish();

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Internationellt arbete i Lidköping 2025");
        assertThat(page.select("h2").eachAttr("id"))
                .containsExactly("oversikt", "extern-finansiering", "aktiviteter", "partnerlander");
        assertThat(page.select("h2").eachText())
                .containsExactly("Översikt", "Extern finansiering", "Aktiviteter per år", "Partnerländer");
        assertThat(page.select("h3, h4, h5, h6")).isEmpty();
    }

    @Test
    void every_table_has_a_caption_and_column_headers_scoped_to_their_columns() {
        Elements tables = swedish().select("table");

        assertThat(tables).hasSize(3);
        assertThat(tables.stream().map(table -> table.selectFirst("caption").text()))
                .containsExactly("Nyckeltal 2025", "Beviljad extern finansiering 2025", "Aktiviteter per år");
        for (Element table : tables) {
            Elements headers = table.select("thead th");
            assertThat(headers).isNotEmpty();
            assertThat(headers.eachAttr("scope")).containsOnly("col").hasSize(headers.size());
            assertThat(table.select("tbody th")).isEmpty();
        }
        assertThat(tables.get(1).select("thead th").eachText())
                .containsExactly("Program", "Finansiär", "Beslutsdag", "Belopp");
    }

    @Test
    void numbers_and_amounts_are_right_aligned_and_text_and_dates_are_not() {
        Document page = swedish();
        Element funding = page.select("table").get(1);

        assertThat(funding.select("thead th").stream().map(th -> th.hasClass("num")))
                .containsExactly(false, false, false, true);
        for (Element row : funding.select("tbody tr")) {
            Elements cells = row.select("td");
            assertThat(cells.get(0).hasClass("num")).isFalse();
            assertThat(cells.get(2).hasClass("num")).isFalse();
            assertThat(cells.get(2).hasClass("date")).isTrue();
        }
        assertThat(funding.select("tbody tr").get(0).select("td").get(3).hasClass("num")).isTrue();
        assertThat(page.selectFirst("style").data()).contains(".num { text-align: right;");
    }

    @Test
    void amounts_and_dates_read_as_the_test_computes_them_in_swedish() {
        BigDecimal total = BigDecimal.ZERO;
        for (SampleReports.Grant grant : SampleReports.GRANTS) {
            if (grant.sek() != null) {
                total = total.add(grant.sek());
            }
        }
        assertThat(total).isEqualByComparingTo("1800000.00");

        List<List<String>> rows = rows(swedish().select("table").get(1));

        assertThat(rows).containsExactly(
                List.of("Erasmus+ Skolsamverkan", "Europeiska kommissionen", "31 mars 2025",
                        "1" + NBSP + "250" + NBSP + "000" + NBSP + "kr"),
                List.of("ICLD Kommunala partnerskap", "ICLD", "12 juni 2025", "412" + NBSP + "500,50" + NBSP + "kr"),
                List.of("Interreg Öresund–Kattegatt–Skagerrak", "Region Västra Götaland", "",
                        "137" + NBSP + "499,50" + NBSP + "kr"),
                List.of("Nordplus Junior", "Nordiska ministerrådet", "3 november 2025",
                        SampleReports.UNCONVERTIBLE_SV),
                List.of("Summa", "", "", "1" + NBSP + "800" + NBSP + "000" + NBSP + "kr"));
    }

    @Test
    void amounts_and_dates_read_as_the_test_computes_them_in_english() {
        List<List<String>> rows = rows(english().select("table").get(1));

        assertThat(rows.get(0)).containsExactly("Erasmus+ Skolsamverkan", "Europeiska kommissionen",
                "31 March 2025", "SEK" + NBSP + "1,250,000");
        assertThat(rows.get(1).get(3)).isEqualTo("SEK" + NBSP + "412,500.50");
        assertThat(rows.get(3).get(3)).isEqualTo(SampleReports.UNCONVERTIBLE_EN);
        assertThat(rows.get(4).get(3)).isEqualTo("SEK" + NBSP + "1,800,000");
    }

    @Test
    void an_amount_without_an_exchange_rate_is_shown_as_a_note_never_as_zero() {
        Element cell = rows(swedish().select("table").get(1), 3).get(3);

        assertThat(cell.hasClass("note")).isTrue();
        assertThat(cell.wholeText()).isEqualTo(SampleReports.UNCONVERTIBLE_SV).doesNotContain("0" + NBSP + "kr");
    }

    @Test
    void counts_read_as_the_test_computes_them() {
        int partnerships = SampleReports.PARTNER_COUNTRIES.values().stream().mapToInt(Integer::intValue).sum();
        Document page = swedish();

        assertThat(rows(page.select("table").get(0))).containsExactly(
                List.of("Aktiva partnerskap", Integer.toString(partnerships)),
                List.of("Internationella aktiviteter", "98"));
        assertThat(rows(page.select("table").get(2)).stream().map(row -> row.get(0) + "=" + row.get(1)))
                .containsExactly("2021=41", "2022=63", "2023=77", "2024=85", "2025=98");
    }

    @Test
    void each_chart_is_an_inline_svg_figure_captioned_by_its_title_and_described_by_its_text_alternative() {
        ReportDocument document = SampleReports.lidkoping(ReportLanguage.SWEDISH);
        List<Chart> charts = document.sections().stream().flatMap(section -> section.blocks().stream())
                .filter(Chart.class::isInstance).map(Chart.class::cast).toList();
        Elements figures = swedish().select("figure");

        assertThat(figures).hasSize(3);
        for (int i = 0; i < charts.size(); i++) {
            Element figure = figures.get(i);
            Element svg = figure.selectFirst("svg");
            assertThat(figure.selectFirst("figcaption").text()).isEqualTo(charts.get(i).title());
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(svg.selectFirst("title").text()).isEqualTo(charts.get(i).title());
            assertThat(svg.selectFirst("desc").text()).isEqualTo(charts.get(i).altText());
            for (String id : svg.attr("aria-labelledby").split(" ")) {
                assertThat(swedish().getElementById(id)).isNotNull();
            }
        }
        assertThat(swedish().select("svg title[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    @Test
    void the_page_is_self_contained_with_no_script_and_no_external_resource() {
        Document page = swedish();

        assertThat(page.select("script, link, iframe, object, embed, img")).isEmpty();
        assertThat(page.select("[src]")).isEmpty();
        assertThat(page.select("[href]")).isEmpty();
        assertThat(page.select("style").html()).doesNotContain("url(", "@import");
        assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(attribute -> attribute.getKey().startsWith("on"))).isEmpty();
    }

    @Test
    void the_page_prints_on_a4_with_page_numbers() {
        String style = swedish().selectFirst("style").data();

        assertThat(style).contains("@page { size: A4;", "counter(page)", "counter(pages)", "@media print");
    }

    @Test
    void the_footnotes_close_the_page_in_order() {
        assertThat(swedish().select("footer li").eachText()).containsExactly(SampleReports.FOOTNOTE_SV,
                "Siffrorna för tidigare år är de som kommunen redovisade då.");
    }

    @Test
    void every_text_is_escaped_so_markup_in_the_data_stays_text() {
        String hostile = "<script>alert('å')</script> & \"citat\"";
        ReportDocument document = ReportDocument.of(hostile, ReportLanguage.SWEDISH,
                List.of(Section.of("data", hostile, new Paragraph(hostile),
                        Table.of(hostile, List.of(Column.text(hostile)), List.of(List.of(Cell.text(hostile)))),
                        Chart.of(ChartKind.BARS, hostile, hostile, hostile,
                                List.of(new Chart.Point(hostile, BigDecimal.ONE))))),
                List.of(hostile));

        Document page = read(writer.write(document));

        assertThat(page.select("script")).isEmpty();
        assertThat(page.title()).isEqualTo(hostile);
        assertThat(page.select("h1, h2, p, caption, th, td, figcaption, footer li").eachText()).hasSize(8)
                .containsOnly(hostile);
    }

    @Test
    void the_page_is_well_formed_xml_for_the_pdf_writer() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);

        org.w3c.dom.Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(writer.write(SampleReports.lidkoping(ReportLanguage.SWEDISH))));

        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
        assertThat(xml.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(3);
    }

    private static List<List<String>> rows(Element table) {
        return table.select("tbody tr").stream()
                .map(row -> row.select("td").stream().map(Element::wholeText).toList()).toList();
    }

    private static Elements rows(Element table, int index) {
        return table.select("tbody tr").get(index).select("td");
    }
}
