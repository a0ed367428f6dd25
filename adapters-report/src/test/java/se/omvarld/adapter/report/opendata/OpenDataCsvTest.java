package se.omvarld.adapter.report.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV read back with Commons CSV's RFC 4180 parser (the writer is hand-made). */
class OpenDataCsvTest {

    private static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    @Test
    void lidkopings_partnerships_are_one_row_each_under_a_header() throws Exception {
        String csv = OpenDataCsv.partnerships(PublicViews.lidkoping());

        assertThat(csv).startsWith("title,kind,partner,country,locality,areas,funding_sources,since\r\n");
        List<CSVRecord> rows = parse(csv);
        assertThat(rows).extracting(r -> r.get("partner")).containsExactly("Utena", "Kecskemét", "Rockford",
                "Xindu District");
        assertThat(rows.get(2).get("locality")).isEqualTo("Rockford, Illinois");
        assertThat(rows.get(2).get("areas").split(";")).containsExactly("BUSINESS", "SCHOOL_EXCHANGE");
        assertThat(rows.get(0).get("since")).isEqualTo("1997-01-01");
    }

    @Test
    void lidkopings_projects_are_one_row_each_with_their_countries() throws Exception {
        List<CSVRecord> rows = parse(OpenDataCsv.projects(PublicViews.lidkoping()));

        assertThat(rows).hasSize(5);
        CSVRecord sarskolan = rows.stream().filter(r -> r.get("unit").equals("Särskolan VUX")).findFirst()
                .orElseThrow();
        assertThat(sarskolan.get("countries").split(";")).containsExactly("BE", "GB", "IT", "SK");
        assertThat(sarskolan.get("programme")).isEqualTo("Erasmus+");
    }

    @Test
    void commas_quotes_and_line_breaks_are_quoted_and_read_back_as_written() throws Exception {
        List<CSVRecord> partnerships = parse(OpenDataCsv.partnerships(PublicViews.tricky()));
        List<CSVRecord> projects = parse(OpenDataCsv.projects(PublicViews.tricky()));

        assertThat(partnerships).singleElement().satisfies(r -> {
            assertThat(r.get("title")).isEqualTo(PublicViews.TRICKY);
            assertThat(r.get("partner")).isEqualTo("Partner \"A\"");
            assertThat(r.get("locality")).isEqualTo("Kisumu, Nyanza");
        });
        assertThat(projects).singleElement().satisfies(r -> {
            assertThat(r.get("unit")).isEqualTo("Enhet, med komma");
            assertThat(r.get("participants")).isEqualTo("A, B;C \"D\"");
            assertThat(r.get("programme")).isEmpty();
        });
    }

    @Test
    void every_record_ends_in_crlf_and_there_is_no_byte_order_mark() {
        String csv = OpenDataCsv.projects(PublicViews.lidkoping());

        assertThat(csv).doesNotStartWith("\uFEFF").endsWith("\r\n");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void a_municipality_with_nothing_to_show_gets_the_header_only() throws Exception {
        assertThat(OpenDataCsv.projects(PublicViews.empty()))
                .isEqualTo("title,kind,unit,participants,countries,programme\r\n");
    }
}
