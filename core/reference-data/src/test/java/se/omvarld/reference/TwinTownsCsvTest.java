package se.omvarld.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.domain.twintown.TwinTownRow;

class TwinTownsCsvTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_shipped_list_has_every_one_of_its_26114_pairs_with_their_line_numbers() {
        var rows = TwinTownsCsv.shipped();

        assertThat(rows).hasSize(26_114);
        assertThat(rows.get(0)).isEqualTo(new TwinTownRow(2, "Berat", "Albania", "Amasya", "Turkey"));
    }

    @Test
    void a_quoted_field_keeps_its_comma() {
        var rows = TwinTownsCsv.read("t.csv",
                utf8("city1,country1,city2,country2\nGotland,Sweden,Mariehamn,\"Åland Islands, Finland\"\n"));

        assertThat(rows).containsExactly(
                new TwinTownRow(2, "Gotland", "Sweden", "Mariehamn", "Åland Islands, Finland"));
    }

    @Test
    void a_wrong_header_is_an_error_naming_the_header_found() {
        assertThatThrownBy(() -> TwinTownsCsv.read("upload.csv", utf8("town,country,twin,country\nA,B,C,D\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("upload.csv does not start with the header city1,country1,city2,country2 but with "
                        + "'town,country,twin,country'");
    }

    @Test
    void bytes_that_are_not_utf_8_are_an_error_naming_the_line() {
        byte[] latin1 = "city1,country1,city2,country2\nKecskemét,Hungary,Lidköping,Sweden\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> TwinTownsCsv.read("latin1.csv", latin1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("latin1.csv line 2 is not UTF-8: byte 0xE9");
    }

    @Test
    void an_empty_file_is_an_error() {
        assertThatThrownBy(() -> TwinTownsCsv.read("empty.csv", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("empty.csv is empty: a list of twin towns starts with the header "
                        + "city1,country1,city2,country2");
    }

    @Test
    void a_line_without_four_fields_is_an_error_naming_the_line() {
        assertThatThrownBy(() -> TwinTownsCsv.read("t.csv",
                utf8("city1,country1,city2,country2\nA,B,C,D\nKecskemét,Hungary,Lidköping\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("t.csv line 3 has 3 fields, not the 4");
    }

    @Test
    void a_quote_left_open_is_an_error_naming_the_line() {
        assertThatThrownBy(() -> TwinTownsCsv.read("t.csv",
                utf8("city1,country1,city2,country2\nA,\"B,C,D\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("t.csv line 2 has a quote that is never closed");
    }

    @Test
    void a_byte_order_mark_and_crlf_line_ends_are_read_as_the_same_list() {
        var rows = TwinTownsCsv.read("excel.csv",
                utf8("\uFEFFcity1,country1,city2,country2\r\nUtena,Lithuania,Lidköping,Sweden\r\n"));

        assertThat(rows).containsExactly(new TwinTownRow(2, "Utena", "Lithuania", "Lidköping", "Sweden"));
    }

    @Test
    void a_line_without_four_fields_is_keyed_with_the_file_the_line_the_count_the_header_and_the_line() {
        InvalidValue invalid = catchThrowableOfType(() -> TwinTownsCsv.read("t.csv",
                utf8("city1,country1,city2,country2\nKecskemét,Hungary,Lidköping\n")), InvalidValue.class);

        assertThat(invalid.wording().key()).isEqualTo(WordingKey.FIELD_FILE_FIELD_COUNT);
        assertThat(invalid.wording().arguments()).containsExactly("t.csv", 2, 3, TwinTownsCsv.HEADER,
                "Kecskemét,Hungary,Lidköping");
    }

    @Test
    void bytes_that_are_not_utf_8_are_keyed_with_the_line_the_byte_and_its_offset() {
        byte[] latin1 = "city1,country1,city2,country2\nKecskemét,Hungary,Lidköping,Sweden\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        InvalidValue invalid = catchThrowableOfType(() -> TwinTownsCsv.read("latin1.csv", latin1),
                InvalidValue.class);

        assertThat(invalid.wording().key()).isEqualTo(WordingKey.FIELD_FILE_NOT_UTF8);
        assertThat(invalid.wording().arguments()).containsExactly("latin1.csv", 2, "0xE9", 37);
    }
}
