package se.omvarld.adapter.report.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.register.ObligationPlanner;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.CallId;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.UnitId;

/**
 * The feeds read back with ical4j (the writer is hand-made) and, for the octets on the wire, with the small unfolding
 * reader below; what they hold is compared with what the test works out from the register.
 */
class CalendarFeedsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T13:30:00Z");
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String HOST = "@1494.omvarld";

    private static Call call(String title, Set<Area> areas, LocalDate opens, LocalDate deadline) {
        FundingProgramme erasmus = LidkopingRegister.register().programme(LidkopingRegister.ERASMUS_PLUS)
                .orElseThrow();
        return Call.publish(new CallId(UUID.nameUUIDFromBytes(title.getBytes(StandardCharsets.UTF_8))), erasmus,
                title, areas, opens, deadline);
    }

    private static final Call SCHOOLS = call("Erasmus+ KA1, skolor", EnumSet.of(Area.EDUCATION),
            LocalDate.of(2026, 11, 1), LocalDate.of(2027, 2, 19));
    private static final Call SPORT = call("Erasmus+ idrott, små partnerskap", EnumSet.of(Area.SPORT),
            LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 5));

    private static Register lidkoping(List<Call> calls) {
        Register demo = LidkopingRegister.register();
        return new Register(demo.municipality(), demo.partners(), demo.partnerships(), demo.projects(),
                demo.programmes(), ImmutableList.copyOf(calls), demo.grants(), demo.visits(),
                demo.obligationRecords());
    }

    private static List<ReportingObligation> planned(Register register) {
        return ObligationPlanner.plan(PolicyProfiles.lidkoping(), register, DateRange.years(2025, 2027));
    }

    private static List<VEvent> events(String feed) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(
                feed.getBytes(StandardCharsets.UTF_8)));
        return calendar.getComponents(Component.VEVENT);
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }

    /** UID → DTSTART as the feed says, read by ical4j. */
    private static Map<String, String> startsByUid(String feed) throws Exception {
        Map<String, String> starts = new LinkedHashMap<>();
        for (VEvent event : events(feed)) {
            starts.put(property(event, Property.UID), property(event, Property.DTSTART));
        }
        return starts;
    }

    /** RFC 5545 §3.1 read back by hand: the lines, each continuation (CRLF and one blank) joined to the line before. */
    private static List<String> unfolded(String feed) {
        List<String> lines = new ArrayList<>();
        for (String physical : feed.split("\r\n", -1)) {
            if (physical.startsWith(" ") && !lines.isEmpty()) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + physical.substring(1));
            } else {
                lines.add(physical);
            }
        }
        return lines;
    }

    @Test
    void every_planned_obligation_and_every_call_is_one_all_day_event_on_its_date() throws Exception {
        Register register = lidkoping(List.of(SCHOOLS, SPORT));
        List<ReportingObligation> obligations = planned(register);
        Map<String, String> expected = new LinkedHashMap<>();
        for (ReportingObligation o : obligations) {
            expected.put("obligation-" + o.key() + HOST, BASIC.format(o.due()));
        }
        expected.put("call-" + SCHOOLS.id() + HOST, "20270219");
        expected.put("call-" + SPORT.id() + HOST, "20270305");

        String feed = CalendarFeeds.municipality(register, obligations, ReportLanguage.SWEDISH, NOW);

        assertThat(obligations).isNotEmpty();
        assertThat(startsByUid(feed)).containsExactlyInAnyOrderEntriesOf(expected);
        for (VEvent event : events(feed)) {
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE")
                    .map(p -> p.getValue())).contains("DATE");
            LocalDate start = LocalDate.parse(property(event, Property.DTSTART), BASIC);
            assertThat(property(event, Property.DTEND)).isEqualTo(BASIC.format(start.plusDays(1)));
            assertThat(property(event, Property.DTSTAMP)).isEqualTo("20261207T133000Z");
        }
    }

    @Test
    void the_calendar_names_itself_and_its_producer_and_needs_no_time_zone() throws Exception {
        String feed = CalendarFeeds.municipality(lidkoping(List.of(SCHOOLS)), List.of(), ReportLanguage.SWEDISH, NOW);
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(
                feed.getBytes(StandardCharsets.UTF_8)));

        assertThat(calendar.getProperty(Property.VERSION).map(Property::getValue)).contains("2.0");
        assertThat(calendar.getProperty(Property.PRODID).map(Property::getValue)).hasValueSatisfying(
                p -> assertThat(p).startsWith("-//Omvärld//"));
        assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue))
                .contains("Omvärld: Lidköping – rapporter och sista ansökningsdagar");
        assertThat(feed).doesNotContain("TZID").doesNotContain("VTIMEZONE");
    }

    @Test
    void a_record_keeps_its_uid_from_one_export_to_the_next() throws Exception {
        Register register = lidkoping(List.of(SCHOOLS, SPORT));
        List<ReportingObligation> obligations = planned(register);

        String first = CalendarFeeds.municipality(register, obligations, ReportLanguage.SWEDISH, NOW);
        String later = CalendarFeeds.municipality(register, obligations, ReportLanguage.ENGLISH,
                NOW.plusSeconds(86_400));

        assertThat(startsByUid(later)).isEqualTo(startsByUid(first));
        assertThat(first).isNotEqualTo(later);
    }

    @Test
    void every_line_ends_in_crlf_and_none_is_longer_than_75_octets() {
        Call longTitle = call("Utlysning för skolor och förskolor: internationella utbyten för lärare, elever och"
                + " skolledare i Östersjöregionen 2027–2028 ✈️ 🇸🇪", EnumSet.of(Area.EDUCATION),
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31));
        Register register = lidkoping(List.of(longTitle));

        String feed = CalendarFeeds.municipality(register, planned(register), ReportLanguage.SWEDISH, NOW);

        assertThat(feed).endsWith("END:VCALENDAR\r\n");
        assertThat(feed.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        for (String line : feed.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(feed).contains("\r\n ");
        assertThat(unfolded(feed)).contains("SUMMARY:Sista ansökningsdag: " + longTitle.title().replace(",", "\\,")
                + " (Erasmus+)");
    }

    @Test
    void commas_semicolons_and_backslashes_are_escaped_and_read_back_as_written() throws Exception {
        Call tricky = call("Kultur, idrott; och C:\\skolor", EnumSet.of(Area.EDUCATION), LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 1, 31));

        String feed = CalendarFeeds.municipality(lidkoping(List.of(tricky)), List.of(), ReportLanguage.SWEDISH, NOW);

        assertThat(feed).contains("Kultur\\, idrott\\; och C:\\\\skolor");
        assertThat(property(events(feed).get(0), Property.SUMMARY))
                .isEqualTo("Sista ansökningsdag: Kultur, idrott; och C:\\skolor (Erasmus+)");
    }

    @Test
    void summaries_are_in_the_language_asked() throws Exception {
        Register register = lidkoping(List.of(SCHOOLS));
        ReportingObligation compilation = planned(register).stream()
                .filter(o -> o.kind() == ObligationKind.ANNUAL_COMPILATION).findFirst().orElseThrow();

        String swedish = CalendarFeeds.municipality(register, List.of(compilation), ReportLanguage.SWEDISH, NOW);
        String english = CalendarFeeds.municipality(register, List.of(compilation), ReportLanguage.ENGLISH, NOW);

        assertThat(events(swedish)).extracting(e -> property(e, Property.SUMMARY)).containsExactly(
                "Årlig sammanställning: " + compilation.subject(),
                "Sista ansökningsdag: Erasmus+ KA1, skolor (Erasmus+)");
        assertThat(events(english)).extracting(e -> property(e, Property.SUMMARY)).containsExactly(
                "Annual compilation: " + compilation.subject(),
                "Application deadline: Erasmus+ KA1, skolor (Erasmus+)");
        assertThat(property(events(english).get(0), Property.DESCRIPTION)).contains("Status: not yet submitted");
    }

    @Test
    void a_units_feed_holds_its_committees_obligations_its_own_final_reports_and_the_calls_fitting_its_projects()
            throws Exception {
        Register register = lidkoping(List.of(SCHOOLS, SPORT));
        UnitId library = LidkopingRegister.unit("Biblioteket");
        Body cultureCommittee = register.municipality().committeeBody(
                register.municipality().committeeOf(library).orElseThrow());
        Body schoolCommittee = register.municipality().committeeBody(
                LidkopingRegister.committee(LidkopingRegister.BARN_OCH_SKOLNAMNDEN));
        ReportingObligation cultureSection = obligation(ObligationKey.of("R6", "section", "2026", "kultur"),
                ObligationKind.ANNUAL_REPORT_SECTION, cultureCommittee);
        ReportingObligation schoolSection = obligation(ObligationKey.of("R6", "section", "2026", "skola"),
                ObligationKind.ANNUAL_REPORT_SECTION, schoolCommittee);
        ReportingObligation ownFinalReport = obligation(
                ObligationKeys.projectFinalReport(LidkopingRegister.FEEL_BETTER_WITH_A_BOOK),
                ObligationKind.PROJECT_FINAL_REPORT, cultureCommittee);
        ReportingObligation othersFinalReport = obligation(
                ObligationKeys.projectFinalReport(LidkopingRegister.JOB_SHADOWING),
                ObligationKind.PROJECT_FINAL_REPORT, cultureCommittee);
        Set<Area> libraryAreas = register.projects().stream().filter(p -> p.owningUnit().equals(library))
                .flatMap(p -> p.areas().stream()).collect(Collectors.toSet());
        Project book = register.project(LidkopingRegister.FEEL_BETTER_WITH_A_BOOK).orElseThrow();

        String feed = CalendarFeeds.unit(register, library, List.of(cultureSection, schoolSection, ownFinalReport,
                othersFinalReport), ReportLanguage.SWEDISH, NOW);

        assertThat(book.owningUnit()).isEqualTo(library);
        assertThat(libraryAreas).doesNotContain(Area.EDUCATION, Area.SPORT);
        assertThat(startsByUid(feed).keySet()).containsExactlyInAnyOrder(
                "obligation-" + cultureSection.key() + HOST, "obligation-" + ownFinalReport.key() + HOST);
        assertThat(feed).contains("X-WR-CALNAME:Omvärld: Biblioteket\\, Lidköping");
    }

    @Test
    void a_unit_feed_takes_the_calls_that_fit_the_areas_of_the_units_projects() throws Exception {
        Register register = lidkoping(List.of(SCHOOLS, SPORT));

        String feed = CalendarFeeds.unit(register, LidkopingRegister.unit("Barn & Skola"), List.of(),
                ReportLanguage.SWEDISH, NOW);

        assertThat(startsByUid(feed).keySet()).containsExactly("call-" + SCHOOLS.id() + HOST);
    }

    @Test
    void a_unit_that_is_not_the_municipalitys_is_an_error() {
        assertThatThrownBy(() -> CalendarFeeds.unit(lidkoping(List.of()), UnitId.of("ingen-sadan-enhet"),
                List.of(), ReportLanguage.SWEDISH, NOW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ingen-sadan-enhet");
    }

    private static ReportingObligation obligation(ObligationKey key, ObligationKind kind, Body responsible) {
        return new ReportingObligation(key, LidkopingRegister.CODE, kind, "2026", LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 3, 31), responsible, Body.executiveBoard(), Optional.empty());
    }
}
