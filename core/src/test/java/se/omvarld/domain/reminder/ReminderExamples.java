package se.omvarld.domain.reminder;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import se.omvarld.domain.Examples;
import se.omvarld.domain.access.EmailAddress;
import se.omvarld.domain.access.ReminderPreferences;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.CallId;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.UnitId;

/** Accounts, items and a register for the reminder tests, in Lidköping (priority areas: education, environment). */
final class ReminderExamples {

    static final MunicipalityCode CODE = PolicyProfiles.LIDKOPING_CODE;
    /** A Monday. */
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final Instant OPENED = Instant.parse("2026-01-05T08:00:00Z");
    static final UnitId LIBRARY = Examples.unit("Biblioteket");
    static final Municipality MUNICIPALITY = Examples.municipality(CODE);
    static final FundingProgramme ERASMUS = Examples.programme(CODE, "Erasmus+", "EUR", FundingSource.EU);

    private ReminderExamples() {
    }

    static UserAccount account(String id, Role role, ReminderPreferences reminders) {
        return UserAccount.open(id, CODE, EmailAddress.of(id + "@lidkoping.se"), "Person " + id, role,
                role == Role.UNIT_EDITOR ? Optional.of(LIBRARY) : Optional.empty(),
                "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", ReportLanguage.SWEDISH, OPENED)
                .withReminders(reminders);
    }

    static ReminderPreferences daysBefore(int days) {
        return new ReminderPreferences(false, Optional.of(days));
    }

    static ReminderPreferences digestOnly() {
        return new ReminderPreferences(true, Optional.empty());
    }

    static ReportingObligation obligation(String key, ObligationKind kind, LocalDate due, Body responsible) {
        return new ReportingObligation(new ObligationKey(key), CODE, kind, "Subject of " + key, due.minusDays(90),
                due, responsible, Body.executiveBoard(), Optional.empty());
    }

    static ReportingObligation submitted(ReportingObligation o) {
        return new ReportingObligation(o.key(), o.municipality(), o.kind(), o.subject(), o.trigger(), o.due(),
                o.responsible(), o.recipient(),
                Optional.of(ObligationRecord.submitted(o.key(), CODE, o.trigger(), "Sent by mail")));
    }

    static Call call(String title, Area area, LocalDate opens, LocalDate deadline) {
        return Call.publish(new CallId(Examples.uuid("call " + title)), ERASMUS, title, EnumSet.of(area), opens,
                deadline);
    }

    static Register register(List<Project> projects, List<Call> calls) {
        return new Register(MUNICIPALITY, ImmutableList.of(), ImmutableList.of(), ImmutableList.copyOf(projects),
                ImmutableList.of(ERASMUS), ImmutableList.copyOf(calls), ImmutableList.of(), ImmutableList.of(),
                ImmutableList.of());
    }

    static DueItem item(String reference, LocalDate due) {
        return new DueItem(DueItem.Kind.OBLIGATION, reference, "Report " + reference, due,
                Optional.of(ObligationKind.ANNUAL_COMPILATION));
    }

    static DueItem callItem(String reference, LocalDate due) {
        return new DueItem(DueItem.Kind.CALL_DEADLINE, reference, "Call " + reference, due, Optional.empty());
    }
}
