package se.omvarld.adapter.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

    @Test
    void an_apostrophe_at_either_end_is_dropped() {
        assertThat(new SheetNames().name("'Citat'", "quote")).isEqualTo("Citat");
    }

    @Test
    void a_name_of_forbidden_characters_only_falls_back_to_the_section_id() {
        assertThat(new SheetNames().name("[?]", "earlier-years")).isEqualTo("earlier-years");
    }

    @Test
    void a_long_name_is_never_cut_inside_a_surrogate_pair() {
        String name = new SheetNames().name("a".repeat(30) + "\uD83C\uDF0D världen", "world");

        assertThat(name).isEqualTo("a".repeat(30));
    }

    @Test
    void names_clash_regardless_of_case_and_history_is_reserved() {
        SheetNames names = new SheetNames();

        assertThat(names.name("Projekt", "a")).isEqualTo("Projekt");
        assertThat(names.name("PROJEKT", "b")).isEqualTo("PROJEKT (2)");
        assertThat(names.name("history", "c")).isEqualTo("history (2)");
    }
}
