package se.omvarld.adapter.report.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.report.ReportLanguage;

/** The fragment parsed with jsoup as the including page's body would be. */
class OpenDataHtmlTest {

    private static Document body(String fragment) {
        return Jsoup.parseBodyFragment(fragment);
    }

    @Test
    void the_fragment_is_one_section_with_its_language_headings_and_lists() {
        Document doc = body(OpenDataHtml.fragment(PublicViews.lidkoping(), ReportLanguage.SWEDISH, 2));

        Element section = doc.body().child(0);
        assertThat(doc.body().children()).hasSize(1);
        assertThat(section.tagName()).isEqualTo("section");
        assertThat(section.attr("lang")).isEqualTo("sv");
        Element heading = section.selectFirst("h2");
        assertThat(heading.text()).isEqualTo("Internationellt arbete i Lidköping");
        assertThat(section.attr("aria-labelledby")).isEqualTo(heading.id());
        assertThat(section.select("h3")).extracting(Element::text)
                .containsExactly("Vänorter och partnerskap", "Pågående projekt");
        assertThat(section.select("ul.omvarld-partnerships > li")).hasSize(4);
        assertThat(section.select("ul.omvarld-projects > li")).hasSize(5);
    }

    @Test
    void partnerships_show_place_country_name_kind_and_year_in_the_language_asked() {
        Document swedish = body(OpenDataHtml.fragment(PublicViews.lidkoping(), ReportLanguage.SWEDISH, 2));
        Document english = body(OpenDataHtml.fragment(PublicViews.lidkoping(), ReportLanguage.ENGLISH, 3));

        Element kecskemet = swedish.select("li.omvarld-partnership").get(1);
        assertThat(kecskemet.selectFirst(".omvarld-country").text()).isEqualTo("Ungern");
        assertThat(kecskemet.selectFirst(".omvarld-country").attr("data-country")).isEqualTo("HU");
        assertThat(kecskemet.selectFirst(".omvarld-kind").text()).isEqualTo("Vänort");
        assertThat(kecskemet.selectFirst("time").attr("datetime")).isEqualTo("2004-01-01");
        assertThat(kecskemet.selectFirst(".omvarld-since").text()).isEqualTo("sedan 2004");
        assertThat(english.selectFirst("section").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst("h3").text()).isEqualTo("International work of Lidköping");
        assertThat(english.select("li.omvarld-partnership").get(1).selectFirst(".omvarld-country").text())
                .isEqualTo("Hungary");
    }

    @Test
    void nothing_needs_a_content_security_policy_exception() {
        String fragment = OpenDataHtml.fragment(PublicViews.tricky(), ReportLanguage.SWEDISH, 2);
        Document doc = body(fragment);

        assertThat(doc.body().children().select("script, style, html, head, body, link, iframe, img")).isEmpty();
        assertThat(doc.body().select("[style]")).isEmpty();
        assertThat(doc.body().getAllElements()).allSatisfy(e -> assertThat(e.attributes().asList())
                .noneMatch(a -> a.getKey().startsWith("on")));
        assertThat(fragment).doesNotContain("<html").doesNotContain("<script");
    }

    @Test
    void markup_in_the_register_is_shown_as_text() {
        Document doc = body(OpenDataHtml.fragment(PublicViews.tricky(), ReportLanguage.SWEDISH, 2));

        assertThat(doc.selectFirst("li.omvarld-partnership .omvarld-title").wholeText())
                .isEqualTo(PublicViews.TRICKY);
        assertThat(doc.selectFirst("li.omvarld-project .omvarld-countries").text()).isEqualTo("Kenya, Tanzania");
    }

    @Test
    void a_municipality_with_nothing_to_show_says_so() {
        Document doc = body(OpenDataHtml.fragment(PublicViews.empty(), ReportLanguage.SWEDISH, 2));

        assertThat(doc.select("ul")).isEmpty();
        assertThat(doc.select("p.omvarld-none")).extracting(Element::text)
                .containsExactly("Inga partnerskap gäller i dag.", "Inga pågående projekt.");
    }

    @Test
    void the_heading_level_is_the_including_pages_to_choose_within_2_to_5() {
        assertThat(body(OpenDataHtml.fragment(PublicViews.empty(), ReportLanguage.SWEDISH, 4)).select("h4, h5"))
                .hasSize(3);
        assertThatThrownBy(() -> OpenDataHtml.fragment(PublicViews.empty(), ReportLanguage.SWEDISH, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
