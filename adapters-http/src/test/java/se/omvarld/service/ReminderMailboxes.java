package se.omvarld.service;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.omvarld.adapter.db.Database;
import se.omvarld.adapter.db.JooqReminderDeliveries;
import se.omvarld.application.Ports;
import se.omvarld.application.ReminderUseCases;
import se.omvarld.domain.access.EmailAddress;
import se.omvarld.domain.access.ReminderPreferences;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.project.Budget;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.Clock;
import se.omvarld.service.mail.ReminderMail;
import se.omvarld.service.mail.ReminderRun;
import se.omvarld.service.mail.SmtpMailer;
import se.omvarld.service.mail.SmtpSettings;
import se.omvarld.testkit.Fixtures;

/**
 * What the reminder tests share: Lidköping on H2 (its policy's priority areas are education and the environment),
 * the people who want e-mail, a clock the test moves, and a reminder run over them that sends to an SMTP port.
 */
final class ReminderMailboxes {

    static final MunicipalityCode LIDKOPING = PolicyProfiles.LIDKOPING_CODE;
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final String PUBLIC_ADDRESS = "https://omvarld.lidkoping.se";

    private ReminderMailboxes() {
    }

    /** A clock the test moves; today is the day in Sweden. */
    static final class SettableClock implements Clock {
        private volatile Instant now;

        SettableClock(LocalDate day) {
            set(day);
        }

        void set(LocalDate day) {
            now = day.atTime(7, 0).atZone(SWEDEN).toInstant();
        }

        void later(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public LocalDate today() {
            return LocalDate.ofInstant(now, SWEDEN);
        }

        @Override
        public Instant now() {
            return now;
        }
    }

    static UserAccount person(String id, String name, Role role, ReportLanguage language,
            ReminderPreferences wanted) {
        return UserAccount.open(id, LIDKOPING, EmailAddress.of(id + "@lidkoping.se"), name, role,
                role == Role.UNIT_EDITOR ? Optional.of(Fixtures.LIBRARY_ID) : Optional.empty(),
                "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", language, Instant.parse("2026-01-05T08:00:00Z"))
                .withReminders(wanted);
    }

    static ReminderPreferences daysBefore(int days) {
        return new ReminderPreferences(false, Optional.of(days));
    }

    static ReminderPreferences digest() {
        return new ReminderPreferences(true, Optional.empty());
    }

    /** The ports of the service over {@code database}, with the shipped policy profiles. */
    static Ports ports(Database database, Clock clock) {
        return Wiring.ports(database, ConfiguredProfiles.shippedOnly(), clock, command -> ImmutableList.of());
    }

    /** Lidköping, with the library's project on education. */
    static void registerLidkoping(Ports ports) {
        ports.municipalities().save(Fixtures.municipality(LIDKOPING));
        ports.projects().save(Project.builder().id(Fixtures.projectId()).municipality(LIDKOPING)
                .title("Läsfrämjande i Europa").kind(ProjectKind.PRE_STUDY)
                .owner(Fixtures.LIBRARY_ID, Fixtures.CULTURE_AND_LEISURE_COMMITTEE_ID)
                .participants(List.of(Fixtures.LIBRARY)).areas(Set.of(Area.EDUCATION))
                .budget(new Budget(Money.sek("20000"), Money.sek("0"), Money.sek("20000")))
                .externalFundingExplored(false).budgetedInUnitPlan(true).registeredOn(LocalDate.of(2026, 1, 12))
                .build());
    }

    /** A call on education under Erasmus+, open for sixty days up to {@code deadline}. */
    static Call publishCall(Ports ports, String title, LocalDate deadline) {
        FundingProgramme erasmus = ports.funding().save(Fixtures.programme(LIDKOPING));
        return ports.funding().save(Call.publish(Fixtures.callId(), erasmus, title, Set.of(Area.EDUCATION),
                deadline.minusDays(60), deadline));
    }

    static SmtpSettings smtp(int port) {
        return new SmtpSettings("127.0.0.1", port, Optional.empty(), Optional.empty(), SmtpSettings.Tls.NONE,
                EmailAddress.of("omvarld@lidkoping.se"), Duration.ofHours(1));
    }

    /** A reminder run as the service would make it at a start over {@code database}. */
    static ReminderRun run(Database database, Clock clock, int smtpPort) {
        return run(database, clock, smtp(smtpPort));
    }

    /** A reminder run as the service would make it at a start over {@code database}, sending through {@code smtp}. */
    static ReminderRun run(Database database, Clock clock, SmtpSettings smtp) {
        ReminderUseCases reminders = new ReminderUseCases(ports(database, clock), database.persistence().accounts(),
                new JooqReminderDeliveries(database.persistence().transactions()));
        return new ReminderRun(reminders, new ReminderMail(URI.create(PUBLIC_ADDRESS)),
                new SmtpMailer(smtp));
    }
}
