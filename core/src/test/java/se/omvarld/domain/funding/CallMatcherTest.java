package se.omvarld.domain.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.domain.Examples.uuid;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.Examples;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.CallId;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.MunicipalityCode;

class CallMatcherTest {

    private static final MunicipalityCode LIDKOPING = MunicipalityCode.of("1494");
    private static final FundingProgramme ERASMUS = Examples.programme(LIDKOPING, "Erasmus+", "EUR",
            FundingSource.EU);
    private static final FundingProgramme NORDPLUS = Examples.programme(LIDKOPING, "Nordplus", "EUR",
            FundingSource.NORDIC);

    private static Call call(FundingProgramme programme, String title, EnumSet<Area> areas, LocalDate opens,
            LocalDate deadline) {
        return Call.publish(new CallId(uuid("call " + title)), programme, title, areas, opens, deadline);
    }

    private final Call schoolExchange = call(ERASMUS, "KA1 school staff mobility", EnumSet.of(Area.EDUCATION,
            Area.SCHOOL_EXCHANGE), LocalDate.of(2025, 11, 1), LocalDate.of(2026, 2, 19));
    private final Call adultLearning = call(NORDPLUS, "Nordplus Adult", EnumSet.of(Area.EDUCATION, Area.CULTURE),
            LocalDate.of(2025, 10, 1), LocalDate.of(2026, 2, 2));
    private final Call sport = call(ERASMUS, "Small-scale partnerships in sport", EnumSet.of(Area.SPORT),
            LocalDate.of(2025, 11, 1), LocalDate.of(2026, 3, 5));
    private final Call closed = call(ERASMUS, "KA2 2025", EnumSet.of(Area.EDUCATION), LocalDate.of(2024, 11, 1),
            LocalDate.of(2025, 3, 5));
    private final List<Call> calls = List.of(schoolExchange, adultLearning, sport, closed);

    @Test
    void open_calls_fitting_the_areas_come_soonest_deadline_first() {
        assertThat(CallMatcher.openCallsFitting(calls, EnumSet.of(Area.EDUCATION), LocalDate.of(2026, 1, 15)))
                .containsExactly(adultLearning, schoolExchange);
    }

    @Test
    void a_call_fits_when_it_shares_any_area() {
        assertThat(CallMatcher.openCallsFitting(calls, EnumSet.of(Area.CULTURE, Area.SPORT),
                LocalDate.of(2026, 1, 15))).containsExactly(adultLearning, sport);
    }

    @Test
    void calls_without_a_shared_area_do_not_fit() {
        assertThat(CallMatcher.openCallsFitting(calls, EnumSet.of(Area.TOURISM), LocalDate.of(2026, 1, 15)))
                .isEmpty();
    }

    @Test
    void a_call_is_open_from_its_opening_day_to_its_deadline_inclusive() {
        assertThat(CallMatcher.openCallsFitting(calls, EnumSet.of(Area.SPORT), LocalDate.of(2025, 10, 31)))
                .isEmpty();
        assertThat(CallMatcher.openCallsFitting(calls, EnumSet.of(Area.SPORT), LocalDate.of(2025, 11, 1)))
                .containsExactly(sport);
        assertThat(CallMatcher.openCallsFitting(calls, EnumSet.of(Area.SPORT), LocalDate.of(2026, 3, 5)))
                .containsExactly(sport);
        assertThat(CallMatcher.openCallsFitting(calls, EnumSet.of(Area.SPORT), LocalDate.of(2026, 3, 6)))
                .isEmpty();
    }

    @Test
    void a_closed_call_is_not_offered() {
        assertThat(CallMatcher.openCallsFitting(calls, EnumSet.of(Area.EDUCATION), LocalDate.of(2025, 4, 1)))
                .doesNotContain(closed).isEmpty();
    }
}
