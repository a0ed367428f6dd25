package se.omvarld.domain.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MandatePeriodTest {

    @Test
    void election_day_is_the_second_sunday_of_september() {
        assertThat(MandatePeriod.of(2014).electionDay()).isEqualTo(LocalDate.of(2014, 9, 14));
        assertThat(MandatePeriod.of(2018).electionDay()).isEqualTo(LocalDate.of(2018, 9, 9));
        assertThat(MandatePeriod.of(2022).electionDay()).isEqualTo(LocalDate.of(2022, 9, 11));
        assertThat(MandatePeriod.of(2026).electionDay()).isEqualTo(LocalDate.of(2026, 9, 13));
        assertThat(MandatePeriod.of(2030).electionDay()).isEqualTo(LocalDate.of(2030, 9, 8));
    }

    @Test
    void the_2022_2026_period_ran_from_15_october_2022_to_14_october_2026() {
        MandatePeriod period = MandatePeriod.of(2022);

        assertThat(period.start()).isEqualTo(LocalDate.of(2022, 10, 15));
        assertThat(period.end()).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(period.endYear()).isEqualTo(2026);
        assertThat(period.label()).isEqualTo("2022-2026");
    }

    @Test
    void the_next_period_begins_the_day_after_the_last_one_ends() {
        MandatePeriod period = MandatePeriod.of(2022);

        assertThat(period.next()).isEqualTo(MandatePeriod.of(2026));
        assertThat(period.next().start()).isEqualTo(period.end().plusDays(1));
    }

    @Test
    void fourteenth_of_october_of_an_election_year_still_belongs_to_the_outgoing_period() {
        assertThat(MandatePeriod.containing(LocalDate.of(2026, 10, 14))).isEqualTo(MandatePeriod.of(2022));
    }

    @Test
    void fifteenth_of_october_of_an_election_year_begins_the_new_period() {
        assertThat(MandatePeriod.containing(LocalDate.of(2026, 10, 15))).isEqualTo(MandatePeriod.of(2026));
    }

    @Test
    void election_day_itself_falls_in_the_outgoing_period() {
        assertThat(MandatePeriod.containing(LocalDate.of(2026, 9, 13))).isEqualTo(MandatePeriod.of(2022));
    }

    @Test
    void a_day_between_elections_falls_in_the_period_begun_at_the_last_election() {
        assertThat(MandatePeriod.containing(LocalDate.of(2024, 11, 24))).isEqualTo(MandatePeriod.of(2022));
        assertThat(MandatePeriod.containing(LocalDate.of(2027, 1, 1))).isEqualTo(MandatePeriod.of(2026));
    }

    @Test
    void a_period_begins_only_in_an_election_year() {
        assertThatIllegalArgumentException().isThrownBy(() -> MandatePeriod.of(2023))
                .withMessageContaining("not an election year");
        assertThat(MandatePeriod.isElectionYear(2026)).isTrue();
        assertThat(MandatePeriod.isElectionYear(2027)).isFalse();
    }

    @Test
    void periods_before_the_2014_election_are_not_modelled() {
        // Until 2010 elections were on the third Sunday of September and terms began on 1 November.
        assertThatIllegalArgumentException().isThrownBy(() -> MandatePeriod.of(2010));
        assertThatIllegalArgumentException().isThrownBy(() -> MandatePeriod.containing(LocalDate.of(2014, 10, 14)));
        assertThat(MandatePeriod.containing(LocalDate.of(2014, 10, 15))).isEqualTo(MandatePeriod.of(2014));
    }

    @Test
    void a_period_contains_its_first_and_last_day_and_nothing_outside() {
        MandatePeriod period = MandatePeriod.of(2022);

        assertThat(period.contains(LocalDate.of(2022, 10, 15))).isTrue();
        assertThat(period.contains(LocalDate.of(2026, 10, 14))).isTrue();
        assertThat(period.contains(LocalDate.of(2022, 10, 14))).isFalse();
        assertThat(period.contains(LocalDate.of(2026, 10, 15))).isFalse();
    }
}
