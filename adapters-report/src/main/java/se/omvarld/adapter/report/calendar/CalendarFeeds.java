package se.omvarld.adapter.report.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.omvarld.adapter.report.document.ValueFormats;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.Unit;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.UnitId;

/**
 * iCalendar feeds (RFC 5545) of obligation due dates and call deadlines: one for the municipality, one per unit.
 * Each date is an all-day event ({@code DTSTART;VALUE=DATE}), so no time zone is named and no VTIMEZONE is needed.
 * Every event's UID is made from its record's stable key ({@code obligation-<key>@<code>.omvarld},
 * {@code call-<id>@<code>.omvarld}), so a calendar program that refreshes the feed updates an event rather than adding
 * it twice. Written by hand, not with ical4j, so that the tests can read it back with ical4j. A feed is a string;
 * served as UTF-8 with {@link #MEDIA_TYPE}.
 */
public final class CalendarFeeds {

    /** The {@code Content-Type} a feed is served with. */
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private CalendarFeeds() {
    }

    /**
     * The municipality's feed: every obligation given (e.g. the planner's work for the register) and every call's
     * deadline in the register, stamped {@code now}.
     */
    public static String municipality(Register register, Collection<ReportingObligation> obligations,
            ReportLanguage language, Instant now) {
        checkNotNull(register, "register is required");
        Municipality municipality = register.municipality();
        String name = municipality.name();
        return feed(register, name, obligations, register.calls(), language, now);
    }

    /**
     * A unit's feed: the obligations its committee answers for (the committee's annual-report section, a grant's
     * or visit's report where the committee is responsible), of the project final reports only those of the unit's
     * own projects, and the deadlines of the calls that fit the areas of the unit's projects.
     *
     * @throws IllegalArgumentException if the unit is not one of the municipality's
     */
    public static String unit(Register register, UnitId unit, Collection<ReportingObligation> obligations,
            ReportLanguage language, Instant now) {
        checkNotNull(register, "register is required");
        checkNotNull(unit, "unit is required");
        checkNotNull(obligations, "obligations are required");
        Municipality municipality = register.municipality();
        Optional<Unit> found = municipality.unit(unit);
        checkArgument(found.isPresent(), "unit '%s' is not one of %s's", unit, municipality.name());
        Optional<Body> committee = municipality.committeeOf(unit).map(municipality::committeeBody);
        List<Project> projects = register.projects().stream().filter(p -> p.owningUnit().equals(unit)).toList();
        Set<ObligationKey> ownFinalReports = projects.stream().map(p -> ObligationKeys.projectFinalReport(p.id()))
                .collect(Collectors.toSet());
        List<ReportingObligation> units = obligations.stream()
                .filter(o -> o.kind() == ObligationKind.PROJECT_FINAL_REPORT ? ownFinalReports.contains(o.key())
                        : committee.map(c -> c.equals(o.responsible())).orElse(false))
                .toList();
        Set<Area> areas = projects.stream().flatMap(p -> p.areas().stream()).collect(Collectors.toSet());
        List<Call> calls = register.calls().stream().filter(c -> c.fits(areas)).toList();
        return feed(register, found.get().name() + ", " + municipality.name(), units, calls, language, now);
    }

    private static String feed(Register register, String name, Collection<ReportingObligation> obligations,
            Collection<Call> calls, ReportLanguage language, Instant now) {
        checkNotNull(obligations, "obligations are required");
        checkNotNull(language, "language is required");
        checkNotNull(now, "now is required");
        Labels labels = new Labels(language);
        String host = register.municipality().code().value() + ".omvarld";
        String stamp = STAMP.format(now.truncatedTo(ChronoUnit.SECONDS));
        ContentLines lines = new ContentLines()
                .raw("BEGIN", "VCALENDAR")
                .raw("VERSION", "2.0")
                .raw("PRODID", "-//Omvärld//Register//" + language.tag().toUpperCase(Locale.ROOT))
                .raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", "Omvärld: " + name + " – " + labels.calendarName());
        for (ReportingObligation o : ImmutableList.sortedCopyOf(Comparator.comparing(ReportingObligation::due)
                .thenComparing(ReportingObligation::key), obligations)) {
            event(lines, "obligation-" + o.key() + "@" + host, stamp, o.due(),
                    labels.obligation(o.kind()) + ": " + o.subject(),
                    labels.obligationDescription(o));
        }
        for (Call call : calls) {
            String programme = register.programme(call.programme()).map(FundingProgramme::name)
                    .orElse(call.programme().toString());
            event(lines, "call-" + call.id() + "@" + host, stamp, call.deadline(),
                    labels.deadline() + ": " + call.title() + " (" + programme + ")",
                    labels.callDescription(call, programme));
        }
        return lines.raw("END", "VCALENDAR").toString();
    }

    private static void event(ContentLines lines, String uid, String stamp, LocalDate day, String summary,
            String description) {
        lines.raw("BEGIN", "VEVENT")
                .text("UID", uid)
                .raw("DTSTAMP", stamp)
                .raw("DTSTART;VALUE=DATE", DATE.format(day))
                .raw("DTEND;VALUE=DATE", DATE.format(day.plusDays(1)))
                .text("SUMMARY", summary)
                .text("DESCRIPTION", description)
                .raw("TRANSP", "TRANSPARENT")
                .raw("END", "VEVENT");
    }

    /** The feed's words in Swedish or English. */
    private static final class Labels {
        private final ReportLanguage language;
        private final ValueFormats formats;

        Labels(ReportLanguage language) {
            this.language = language;
            this.formats = ValueFormats.of(language);
        }

        private boolean swedish() {
            return language == ReportLanguage.SWEDISH;
        }

        String calendarName() {
            return swedish() ? "rapporter och sista ansökningsdagar" : "reports and application deadlines";
        }

        String deadline() {
            return swedish() ? "Sista ansökningsdag" : "Application deadline";
        }

        String obligation(ObligationKind kind) {
            switch (kind) {
                case ANNUAL_COMPILATION:
                    return swedish() ? "Årlig sammanställning" : "Annual compilation";
                case ANNUAL_REPORT_SECTION:
                    return swedish() ? "Avsnitt i årsredovisningen" : "Annual report section";
                case ANNUAL_REPORT:
                    return swedish() ? "Uppföljning i årsredovisningen" : "Follow-up in the annual report";
                case VISIT_REPORT:
                    return swedish() ? "Reserapport" : "Visit report";
                case TWIN_TOWN_EVALUATION:
                    return swedish() ? "Utvärdering av vänortssamarbete" : "Twin-town evaluation";
                case STRATEGY_REVISION:
                    return swedish() ? "Revidering av strategin" : "Strategy revision";
                case POLICY_EVALUATION:
                    return swedish() ? "Utvärdering av policyn" : "Policy evaluation";
                case GRANT_FOLLOW_UP:
                    return swedish() ? "Återrapport om föreningsbidrag" : "Association grant follow-up";
                case PROJECT_FINAL_REPORT:
                    return swedish() ? "Slutrapport för projekt" : "Project final report";
                default:
                    throw new IllegalArgumentException("no label for " + kind);
            }
        }

        String obligationDescription(ReportingObligation o) {
            String status;
            switch (o.status()) {
                case SUBMITTED:
                    status = swedish() ? "inlämnad" : "submitted";
                    break;
                case WAIVED:
                    status = swedish() ? "efterskänkt" : "waived";
                    break;
                default:
                    status = swedish() ? "ej inlämnad" : "not yet submitted";
            }
            String rule = o.kind().rule().map(r -> " (" + r + ")").orElse("");
            return swedish()
                    ? "Ansvarig: " + o.responsible() + ". Mottagare: " + o.recipient() + ". Förfaller "
                            + formats.date(o.due()) + rule + ". Status: " + status + "."
                    : "Responsible: " + o.responsible() + ". Recipient: " + o.recipient() + ". Due "
                            + formats.date(o.due()) + rule + ". Status: " + status + ".";
        }

        String callDescription(Call call, String programme) {
            return swedish()
                    ? "Utlysning inom " + programme + ", öppen " + formats.date(call.opens()) + " till "
                            + formats.date(call.deadline()) + "."
                    : "Call under " + programme + ", open " + formats.date(call.opens()) + " to "
                            + formats.date(call.deadline()) + ".";
        }
    }
}
