package se.omvarld.domain.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.register.ObligationPlanner;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.visit.Visit;

/**
 * Lidköping's real register (seed 001: four twin towns and partnerships, five running projects) replayed under each of
 * the four shipped policies over 2025–2027, against dates worked out by hand. The other municipalities' profiles are
 * applied to Lidköping's register as if Lidköping had adopted their policy.
 *
 * <p>What the register holds that matters to the planner: six committees (Barn- och skolnämnden,
 * Kultur- och fritidsnämnden, Servicenämnden, Tekniska nämnden, Utbildningsnämnden, Vård- och omsorgsnämnden); twin
 * towns Kecskemét (active since 1 January 2004) and Utena (since 1 January 1997), an industrial partnership with
 * Rockford and a cooperation agreement with Xindu District; five projects, all still running (so no final report is
 * owed yet); no visits, grants or obligation records.
 */
class LidkopingReplayTest {

    private static final DateRange YEARS_2025_TO_2027 = DateRange.years(2025, 2027);

    /**
     * The committees with international work in every year of the replay, in key order: each owns one of the
     * running projects (Barn & Skola's job shadowing, the library's Nordplus project, Intern Service's and Särskolan
     * VUX's Green building, De la Gardiegymnasiet's Zambia exchange), and Vård- och omsorgsnämnden takes part through
     * SeniorCenter in the library's project. Tekniska nämnden has none, so it owes no section.
     */
    private static final List<String> COMMITTEES_WITH_WORK_IN_KEY_ORDER = List.of("barn-och-skolnamnden",
            "kultur-och-fritidsnamnden", "servicenamnden", "utbildningsnamnden", "vard-och-omsorgsnamnden");

    /** The profile as if adopted by Lidköping: everything the same but the municipality. */
    private static PolicyProfile forLidkoping(PolicyProfile profile) {
        return profile.toBuilder().municipality(LidkopingRegister.CODE).build();
    }

    private static ImmutableList<ReportingObligation> replay(PolicyProfile profile, Register register) {
        return ObligationPlanner.plan(profile, register, YEARS_2025_TO_2027);
    }

    private static Tuple due(String key, String day) {
        return tuple(key, LocalDate.parse(day));
    }

    /** R6 per committee: the section of each committee with work in {@code year}, due 15 February after. */
    private static List<Tuple> sections(int year) {
        return COMMITTEES_WITH_WORK_IN_KEY_ORDER.stream()
                .map(slug -> due("R6/annual-report-section/" + year + "/" + slug, (year + 1) + "-02-15")).toList();
    }

    private static String evaluation(PartnershipId partnership, String day) {
        return "R9/twin-town-evaluation/" + partnership + "/" + day;
    }

    private static Tuple[] expected(List<List<Tuple>> groups) {
        return groups.stream().flatMap(List::stream).toArray(Tuple[]::new);
    }

    @Test
    void lidkoping_owes_the_board_a_compilation_every_31_march_R5() {
        // Lidköping's policy: "en uppföljning i form av en sammanställning göras varje år och anmälas till
        // kommunstyrelsen"; no date is named, so the default 31 March of the following year.
        //   year 2023 → due 2024-03-31 (before the period)
        //   year 2024 → due 2025-03-31
        //   year 2025 → due 2026-03-31
        //   year 2026 → due 2027-03-31
        //   year 2027 → due 2028-03-31 (after the period)
        // No other rule of Lidköping's plans a report; no project is completed, so no final report is owed.
        assertThat(replay(PolicyProfiles.lidkoping(), LidkopingRegister.register()))
                .extracting(o -> o.key().value(), ReportingObligation::due)
                .containsExactly(
                        due("R5/annual-compilation/2024", "2025-03-31"),
                        due("R5/annual-compilation/2025", "2026-03-31"),
                        due("R5/annual-compilation/2026", "2027-03-31"));
    }

    @Test
    void under_lilla_edets_strategy_the_twin_towns_are_evaluated_every_1_january_R9() {
        // Lilla Edet: "Vänortssamarbeten ska utvärderas kontinuerligt", read as yearly. Kecskemét (activated
        // 2004-01-01) and Utena (1997-01-01) fall due on each anniversary, 1 January 2025, 2026 and 2027, each
        // triggered by the one before. Rockford and Xindu District are not twin towns. Utena's id sorts before
        // Kecskemét's, so on each day Utena comes first. R10: the strategy's adoption date is not recorded (it
        // serves "Vision 2020"), so a revision is owed from the day the register follows up, 1 January 2025.
        PartnershipId utena = LidkopingRegister.UTENA_TWIN_TOWN;
        PartnershipId kecskemet = LidkopingRegister.KECSKEMET_TWIN_TOWN;

        assertThat(replay(forLidkoping(PolicyProfiles.lillaEdet()), LidkopingRegister.register()))
                .extracting(o -> o.key().value(), ReportingObligation::trigger, ReportingObligation::due)
                .containsExactly(
                        tuple("R10/strategy-revision/adoption-unknown", LocalDate.of(2025, 1, 1),
                                LocalDate.of(2025, 1, 1)),
                        tuple(evaluation(utena, "2025-01-01"), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)),
                        tuple(evaluation(kecskemet, "2025-01-01"), LocalDate.of(2024, 1, 1),
                                LocalDate.of(2025, 1, 1)),
                        tuple(evaluation(utena, "2026-01-01"), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)),
                        tuple(evaluation(kecskemet, "2026-01-01"), LocalDate.of(2025, 1, 1),
                                LocalDate.of(2026, 1, 1)),
                        tuple(evaluation(utena, "2027-01-01"), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)),
                        tuple(evaluation(kecskemet, "2027-01-01"), LocalDate.of(2026, 1, 1),
                                LocalDate.of(2027, 1, 1)));
    }

    @Test
    void under_tyresos_guidelines_each_committee_with_international_work_reports_by_15_february_R6() {
        // Tyresö: "Respektive nämnd redovisar i årsredovisningen den internationella samverkan som bedrivits inom
        // nämndens verksamhetsområde"; no internal deadline is named, so the default 15 February. Five of the six
        // committees had international work in 2024, 2025 and 2026 (due 2025-02-15, 2026-02-15, 2027-02-15): 15
        // sections; Tekniska nämnden had none and owes none. No R8 report: the register has no visits. No R9
        // evaluations: Tyresö's R9 is about new agreements and names no evaluation interval.
        assertThat(replay(forLidkoping(PolicyProfiles.tyreso()), LidkopingRegister.register()))
                .extracting(o -> o.key().value(), ReportingObligation::due)
                .containsExactly(expected(List.of(sections(2024), sections(2025), sections(2026))));
    }

    @Test
    void under_tyresos_guidelines_renamed_owning_units_keep_their_projects_and_sections_R6() {
        // Intern Service and Särskolan VUX own the two Green building projects; renamed after a reorganisation, they
        // keep their ids, so their projects stay theirs and the same committees owe the same sections.
        Register register = LidkopingRegister.register();
        Municipality renamed = register.municipality()
                .renameUnit(LidkopingRegister.unit("Intern Service"), "Service och fastigheter").value()
                .renameUnit(LidkopingRegister.unit("Särskolan VUX"), "Anpassade skolan VUX").value();
        Register after = new Register(renamed, register.partners(), register.partnerships(), register.projects(),
                register.programmes(), register.calls(), register.grants(), register.visits(),
                register.obligationRecords());

        assertThat(after.projects()).extracting(p -> renamed.unitName(p.owningUnit())).containsExactlyInAnyOrder(
                "Barn & Skola", "Biblioteket", "Service och fastigheter", "Anpassade skolan VUX",
                "De la Gardiegymnasiet");
        assertThat(replay(forLidkoping(PolicyProfiles.tyreso()), after))
                .extracting(o -> o.key().value(), ReportingObligation::due)
                .containsExactly(expected(List.of(sections(2024), sections(2025), sections(2026))));
    }

    @Test
    void under_tyresos_guidelines_twin_town_visits_are_reported_60_days_after_R8() {
        // Two twin-town visits and one to the industrial partner, added to the register:
        //   Kecskemét, 12–15 May 2025:      15 May + 60 days = 14 July 2025
        //   Utena, 21–24 September 2026:    24 September + 60 days = 23 November 2026
        //   Rockford, 2–6 March 2026:       not a twin town, no report
        Visit kecskemet = visit("Culture week in Kecskemét", LidkopingRegister.KECSKEMET_TWIN_TOWN,
                LocalDate.of(2025, 5, 12), LocalDate.of(2025, 5, 15));
        Visit utena = visit("Elderly-care exchange in Utena", LidkopingRegister.UTENA_TWIN_TOWN,
                LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 24));
        Visit rockford = visit("Trade delegation to Rockford", LidkopingRegister.ROCKFORD_INDUSTRIAL_PARTNERSHIP,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6));
        Register register = PlannerExamples.withVisits(LidkopingRegister.register(), kecskemet, utena, rockford);

        assertThat(replay(forLidkoping(PolicyProfiles.tyreso()), register))
                .filteredOn(o -> o.kind() == ObligationKind.VISIT_REPORT)
                .extracting(o -> o.key().value(), ReportingObligation::trigger, ReportingObligation::due)
                .containsExactly(
                        tuple("R8/visit-report/" + kecskemet.id(), LocalDate.of(2025, 5, 15),
                                LocalDate.of(2025, 7, 14)),
                        tuple("R8/visit-report/" + utena.id(), LocalDate.of(2026, 9, 24),
                                LocalDate.of(2026, 11, 23)));
    }

    @Test
    void under_eksjos_policy_one_follow_up_is_due_yearly_and_the_2022_2026_evaluation_on_14_october_2026_R6_R11() {
        // Eksjö: "Det internationella arbetet ska årligen följas upp och redovisas i kommunens årsredovisning" (R6:
        // one follow-up of the municipality's work, not a section per committee, by the default 15 February) and
        // "ska utvärderas en gång per mandatperiod" (R11): the 2022–2026 period ran 15 October 2022 – 14 October
        // 2026, so its evaluation fell due on 14 October 2026. The 2026–2030 evaluation falls due 14 October 2030,
        // after the period. No policy asks associations for follow-ups, so grants would owe none.
        assertThat(replay(forLidkoping(PolicyProfiles.eksjo()), LidkopingRegister.register()))
                .extracting(o -> o.key().value(), ReportingObligation::due)
                .containsExactly(due("R6/annual-report/2024", "2025-02-15"), due("R6/annual-report/2025", "2026-02-15"),
                        due("R11/policy-evaluation/2022-2026", "2026-10-14"),
                        due("R6/annual-report/2026", "2027-02-15"));
    }

    @Test
    void on_24_november_2026_the_eksjo_evaluation_is_overdue_unless_it_was_submitted_R11() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        ObligationKey key = new ObligationKey("R11/policy-evaluation/2022-2026");
        PolicyProfile eksjo = forLidkoping(PolicyProfiles.eksjo());

        ReportingObligation pending = find(replay(eksjo, LidkopingRegister.register()), key);
        ReportingObligation submitted = find(replay(eksjo, PlannerExamples.withRecords(LidkopingRegister.register(),
                ObligationRecord.submitted(key, LidkopingRegister.CODE, LocalDate.of(2026, 9, 28),
                        "Evaluation reported to the council 2026-09-28"))), key);

        assertThat(pending.isOverdue(today)).isTrue();
        assertThat(submitted.status()).isEqualTo(ObligationStatus.SUBMITTED);
        assertThat(submitted.isOverdue(today)).isFalse();
    }

    private static ReportingObligation find(ImmutableList<ReportingObligation> planned, ObligationKey key) {
        return planned.stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
    }

    private static Visit visit(String purpose, PartnershipId partnership, LocalDate first, LocalDate last) {
        return PlannerExamples.visit(LidkopingRegister.CODE, purpose, Optional.of(partnership), first, last);
    }
}
