package se.omvarld.domain.twintown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void accents_and_case_do_not_count() {
        assertThat(Folding.key("Lidköping")).isEqualTo(Folding.key("Lidkoping")).isEqualTo("lidkoping");
        assertThat(Folding.key("KECSKEMÉT")).isEqualTo(Folding.key("Kecskemet"));
        assertThat(Folding.key("Cēsis")).isEqualTo(Folding.key("Cesis"));
    }

    @Test
    void letters_unicode_does_not_decompose_are_spelled_out() {
        assertThat(Folding.key("Brøndby")).isEqualTo("brondby");
        assertThat(Folding.key("Łódź")).isEqualTo("lodz");
        assertThat(Folding.key("Høje-Taastrup")).isEqualTo("hoje taastrup");
    }

    @Test
    void hyphens_punctuation_and_runs_of_spaces_count_as_one_space() {
        assertThat(Folding.key(" Upplands-Bro ")).isEqualTo(Folding.key("Upplands  Bro")).isEqualTo("upplands bro");
    }
}
