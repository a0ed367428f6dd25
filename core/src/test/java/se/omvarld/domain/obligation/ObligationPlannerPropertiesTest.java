package se.omvarld.domain.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import se.omvarld.domain.obligation.RegisterGenerators.Scenario;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.register.ObligationPlanner;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.visit.Visit;

/** What holds for every register, profile and period, not only for the examples in {@link ObligationPlannerTest}. */
class ObligationPlannerPropertiesTest {

    private static final int EXAMPLES = 200;

    private static ImmutableList<ReportingObligation> plan(Scenario s, Register register) {
        return ObligationPlanner.plan(s.profile(), register, s.period());
    }

    @Test
    void keys_are_stable_across_runs() {
        // Two registers built separately from the same content give the same obligations under the same keys.
        qt().withExamples(EXAMPLES).forAll(RegisterGenerators.scenarios())
                .check(s -> plan(s, s.register()).equals(plan(s, s.register())));
    }

    @Test
    void plan_does_not_depend_on_the_order_of_the_registers_lists() {
        qt().withExamples(EXAMPLES).forAll(RegisterGenerators.scenarios(), Generate.longRange(0, Long.MAX_VALUE))
                .check((s, seed) -> plan(s, s.register()).equals(plan(s, s.shuffledRegister(seed))));
    }

    @Test
    void exactly_one_report_per_twin_town_visit_R8() {
        DateRange always = DateRange.of(RegisterGenerators.EARLIEST, RegisterGenerators.LATEST.plusYears(2));
        qt().withExamples(EXAMPLES).forAll(RegisterGenerators.scenarios()).checkAssert(s -> {
            PolicyProfile withR8 = s.profile().toBuilder().rules(RuleId.R8).build();
            Register register = s.register();
            ImmutableList<ReportingObligation> planned = ObligationPlanner.plan(withR8, register, always);
            for (Visit visit : register.visits()) {
                boolean twinTown = visit.partnership().flatMap(register::partnership)
                        .map(p -> p.kind() == PartnershipKind.TWIN_TOWN).orElse(false);
                ObligationKey key = ObligationKeys.visitReport(visit.id());
                assertThat(planned.stream().filter(o -> o.key().equals(key)).count())
                        .as("reports of %s", visit).isEqualTo(twinTown ? 1 : 0);
            }
            assertThat(planned.stream().filter(o -> o.kind() == ObligationKind.VISIT_REPORT).count())
                    .isEqualTo(register.visits().stream().filter(v -> v.partnership().flatMap(register::partnership)
                            .map(p -> p.kind() == PartnershipKind.TWIN_TOWN).orElse(false)).count());
        });
    }

    @Test
    void no_obligation_is_due_before_its_trigger() {
        qt().withExamples(EXAMPLES).forAll(RegisterGenerators.scenarios())
                .check(s -> plan(s, s.register()).stream().noneMatch(o -> o.due().isBefore(o.trigger())));
    }

    @Test
    void every_due_date_lies_within_the_requested_period() {
        qt().withExamples(EXAMPLES).forAll(RegisterGenerators.scenarios())
                .check(s -> plan(s, s.register()).stream().allMatch(o -> s.period().contains(o.due())));
    }

    @Test
    void no_two_obligations_share_a_key() {
        qt().withExamples(EXAMPLES).forAll(RegisterGenerators.scenarios()).check(s -> {
            ImmutableList<ReportingObligation> planned = plan(s, s.register());
            return planned.stream().map(ReportingObligation::key).distinct().count() == planned.size();
        });
    }

    @Test
    void obligations_come_ordered_by_due_date_then_key() {
        Comparator<ReportingObligation> order = Comparator.comparing(ReportingObligation::due)
                .thenComparing(ReportingObligation::key);
        qt().withExamples(EXAMPLES).forAll(RegisterGenerators.scenarios()).check(s -> {
            ImmutableList<ReportingObligation> planned = plan(s, s.register());
            return planned.equals(ImmutableList.sortedCopyOf(order, planned));
        });
    }

    @Test
    void a_recorded_obligation_carries_its_record() {
        qt().withExamples(EXAMPLES).forAll(RegisterGenerators.scenarios()).checkAssert(s -> {
            Register register = s.register();
            for (ReportingObligation o : plan(s, register)) {
                register.record(o.key()).ifPresent(r -> assertThat(o.settled()).contains(r));
            }
        });
    }

    @Test
    void planning_a_period_in_two_halves_gives_the_same_obligations_as_at_once() {
        qt().withExamples(EXAMPLES).forAll(RegisterGenerators.scenarios()).checkAssert(s -> {
            DateRange whole = s.period();
            LocalDate middle = whole.start().plusDays((whole.end().toEpochDay() - whole.start().toEpochDay()) / 2);
            Register register = s.register();
            ImmutableList<ReportingObligation> halves = ImmutableList.<ReportingObligation>builder()
                    .addAll(ObligationPlanner.plan(s.profile(), register, DateRange.of(whole.start(), middle)))
                    .addAll(middle.isBefore(whole.end())
                            ? ObligationPlanner.plan(s.profile(), register,
                                    DateRange.of(middle.plusDays(1), whole.end()))
                            : ImmutableList.of())
                    .build();
            assertThat(halves).isEqualTo(plan(s, register));
        });
    }

    // ------------------------------------------------------------------------------------------ mandate periods

    private static Gen<LocalDate> daysUnderTodaysRules() {
        return RegisterGenerators.dates(LocalDate.of(2014, 10, 15), LocalDate.of(2200, 12, 31));
    }

    private static Gen<Integer> electionYearsAfterTheFirst() {
        return Generate.range(1, 45).map(k -> MandatePeriod.FIRST_ELECTION_YEAR + MandatePeriod.YEARS * k);
    }

    @Test
    void the_period_containing_a_day_starts_on_or_before_it_and_ends_on_or_after_it() {
        qt().forAll(daysUnderTodaysRules()).check(day -> {
            MandatePeriod period = MandatePeriod.containing(day);
            return !period.start().isAfter(day) && !period.end().isBefore(day) && period.contains(day);
        });
    }

    @Test
    void a_period_runs_from_15_october_of_an_election_year_to_14_october_four_years_later() {
        qt().forAll(daysUnderTodaysRules()).checkAssert(day -> {
            MandatePeriod period = MandatePeriod.containing(day);
            assertThat(MandatePeriod.isElectionYear(period.start().getYear())).isTrue();
            assertThat(period.start()).isEqualTo(LocalDate.of(period.startYear(), Month.OCTOBER, 15));
            assertThat(period.end()).isEqualTo(LocalDate.of(period.startYear() + 4, Month.OCTOBER, 14));
            assertThat(period.next().start()).isEqualTo(period.end().plusDays(1));
        });
    }

    @Test
    void fourteenth_of_october_of_an_election_year_belongs_to_the_old_period_the_fifteenth_to_the_new() {
        qt().forAll(electionYearsAfterTheFirst()).checkAssert(year -> {
            assertThat(MandatePeriod.containing(LocalDate.of(year, 10, 14))).isEqualTo(MandatePeriod.of(year - 4));
            assertThat(MandatePeriod.containing(LocalDate.of(year, 10, 15))).isEqualTo(MandatePeriod.of(year));
        });
    }

    @Test
    void election_day_is_a_sunday_in_the_second_week_of_september_in_the_outgoing_period() {
        qt().forAll(electionYearsAfterTheFirst()).checkAssert(year -> {
            LocalDate election = MandatePeriod.of(year).electionDay();
            assertThat(election.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(election.getMonth()).isEqualTo(Month.SEPTEMBER);
            assertThat(election.getDayOfMonth()).isBetween(8, 14);
            assertThat(MandatePeriod.containing(election)).isEqualTo(MandatePeriod.of(year - 4));
        });
    }
}
