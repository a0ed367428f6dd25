package se.omvarld.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the core says: a stable key, its arguments as values, and the English sentence the API answers. */
class WordingTest {

    @Test
    void a_wording_takes_exactly_as_many_arguments_as_its_key() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Wording(WordingKey.FIELD_TOO_LONG,
                ImmutableList.of("title"), "title must be at most 300 characters"));
    }

    @Test
    void every_key_is_unique_and_named_for_the_kind_of_text_it_words() {
        assertThat(Arrays.stream(WordingKey.values()).map(WordingKey::key).collect(Collectors.toSet()))
                .hasSize(WordingKey.values().length);
        assertThat(WordingKey.values()).filteredOn(k -> k != WordingKey.UNKEYED).allSatisfy(k -> assertThat(k.key())
                .matches("(finding|record|rule|refusal|field|audit)\\.[A-Za-z0-9.-]+"));
    }

    @Test
    void a_blank_text_is_a_keyed_error_whose_message_stays_the_english_sentence() {
        InvalidValue blank = catchThrowableOfType(() -> Text.required("title", "  "), InvalidValue.class);

        assertThat(blank.getMessage()).isEqualTo("title must not be blank");
        assertThat(blank.wording().key()).isEqualTo(WordingKey.FIELD_BLANK);
        assertThat(blank.wording().arguments()).containsExactly("title");
    }

    @Test
    void a_value_type_gives_its_arguments_as_values_not_as_text() {
        InvalidValue range = catchThrowableOfType(() -> new DateRange(LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 1, 1)), InvalidValue.class);

        assertThat(range.wording().key()).isEqualTo(WordingKey.FIELD_DATE_RANGE);
        assertThat(range.wording().arguments()).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        assertThat(range.getMessage()).isEqualTo("end 2026-01-01 is before start 2026-03-31");
    }

    @Test
    void a_municipality_code_that_is_not_four_digits_names_what_was_given() {
        InvalidValue code = catchThrowableOfType(() -> MunicipalityCode.of("12"), InvalidValue.class);

        assertThat(code.wording()).isEqualTo(Wording.of(WordingKey.FIELD_MUNICIPALITY_CODE,
                "municipality code must be four digits, was '12'", "12"));
    }
}
