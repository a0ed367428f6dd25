package se.omvarld.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.EmailAddress;
import se.omvarld.domain.access.ReminderPreferences;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.port.AuditEntry;
import se.omvarld.port.Violation;
import se.omvarld.testkit.memory.InMemoryPersistence;

class AccountUseCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final MunicipalityCode LIDKOPING = MunicipalityCode.of("1494");
    private static final String ADMIN = "admin@lidkoping.se";
    private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$"
            + "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";
    private static final String NEW_HASH = "$argon2id$v=19$m=19456,t=2,p=1$bmV3c2FsdG5ld3NhbHQ$"
            + "bmV3aGFzaG5ld2hhc2huZXdoYXNobmV3aGFzaG5ld2g";

    private final InMemoryPersistence persistence = InMemoryPersistence.create();
    private final Ports ports = TestPorts.on(persistence, TODAY, PolicyProfiles.all());
    private final AccountUseCases accounts = new AccountUseCases(ports, persistence.accounts());
    private final Municipality lidkoping = Scenarios.registerLidkoping(ports);

    private AccountCommands.Open open(String email, Role role, String unit) {
        return new AccountCommands.Open(ADMIN, "1494", email, "Anna Andersson", role, unit, HASH,
                ReportLanguage.SWEDISH);
    }

    private UserAccount opened(String email) {
        return accounts.open(open(email, Role.COORDINATOR, null)).value();
    }

    private String unit(String name) {
        return lidkoping.unitNamed(name).orElseThrow().id().value();
    }

    private List<AuditEntry> audit(UserAccount account) {
        return ports.audit().of(account.municipality(), AccountUseCases.USER_ACCOUNT, account.id());
    }

    private static List<String> fields(Result<?> result) {
        assertThat(result).isInstanceOf(Result.Invalid.class);
        return ((Result.Invalid<?>) result).violations().stream().map(Violation::field).toList();
    }

    @Test
    void an_admin_opens_an_account_with_an_id_from_the_port_created_now_enabled_without_reminders_and_audited() {
        UserAccount account = accounts.open(open("Anna.Andersson@Lidkoping.se", Role.COORDINATOR, null)).value();

        assertThat(account.id()).matches(PartnershipCommands.UUID);
        assertThat(account.email()).isEqualTo(EmailAddress.of("anna.andersson@lidkoping.se"));
        assertThat(account.version()).isEqualTo(1);
        assertThat(account.createdAt()).isEqualTo(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC));
        assertThat(account.isDisabled()).isFalse();
        assertThat(account.reminders()).isEqualTo(ReminderPreferences.none());
        assertThat(persistence.accounts().find(LIDKOPING, account.id())).contains(account);
        assertThat(audit(account)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("create");
            assertThat(e.version()).isEqualTo(1L);
            assertThat(e.actor()).isEqualTo(ADMIN);
            assertThat(e.change().english()).contains("coordinator").contains("Anna Andersson")
                    .contains("anna.andersson@lidkoping.se").doesNotContain(HASH).doesNotContain("argon2");
        });
    }

    @Test
    void a_unit_editors_account_names_one_of_the_municipalitys_units() {
        String unit = unit("Barn & Skola");

        UserAccount account = accounts.open(open("rep@lidkoping.se", Role.UNIT_EDITOR, unit)).value();

        assertThat(account.unit()).contains(UnitId.of(unit));
        assertThat(audit(account)).extracting(e -> e.change().english()).singleElement().asString()
                .startsWith("opened a unit editor's account").contains("of unit " + unit);
    }

    @Test
    void a_unit_editor_without_a_unit_a_coordinator_with_one_and_an_unknown_unit_are_invalid_naming_unit() {
        var without = accounts.open(open("a@lidkoping.se", Role.UNIT_EDITOR, null));
        var coordinatorWithUnit = accounts.open(open("b@lidkoping.se", Role.COORDINATOR, unit("Biblioteket")));
        var unknown = accounts.open(open("c@lidkoping.se", Role.UNIT_EDITOR, "brandforsvaret"));
        var malformed = accounts.open(open("d@lidkoping.se", Role.UNIT_EDITOR, "Brand Försvaret"));

        for (var result : List.of(without, coordinatorWithUnit, unknown, malformed)) {
            assertThat(fields(result)).containsExactly("unit");
        }
        assertThat(((Result.Invalid<UserAccount>) unknown).violations().get(0).reason()).contains("barn-skola");
        assertThat(persistence.accounts().of(LIDKOPING)).isEmpty();
    }

    @Test
    void an_address_in_use_however_it_is_typed_and_in_whichever_municipality_is_invalid_naming_email() {
        opened("anna@lidkoping.se");
        Scenarios.registerTyreso(ports);

        var sameHere = accounts.open(open("ANNA@lidkoping.se", Role.VIEWER, null));
        var sameInTyreso = accounts.open(new AccountCommands.Open(ADMIN, "0138", "anna@lidkoping.se", "Anna",
                Role.VIEWER, null, HASH, ReportLanguage.SWEDISH));

        assertThat(fields(sameHere)).containsExactly("email");
        assertThat(fields(sameInTyreso)).containsExactly("email");
        assertThat(((Result.Invalid<UserAccount>) sameHere).violations().get(0).reason()).contains("another account");
        assertThat(persistence.accounts().of(LIDKOPING)).hasSize(1);
        assertThat(persistence.accounts().of(MunicipalityCode.of("0138"))).isEmpty();
    }

    @Test
    void a_malformed_address_a_blank_name_a_missing_role_and_a_password_instead_of_a_hash_are_invalid_naming_each() {
        var result = accounts.open(new AccountCommands.Open(ADMIN, "1494", "anna at lidkoping", " ", null, null,
                "correct horse battery staple", ReportLanguage.SWEDISH));
        var malformedAddress = accounts.open(open("anna@lidkoping", Role.VIEWER, null));

        assertThat(fields(result)).containsExactlyInAnyOrder("name", "role", "passwordHash");
        assertThat(fields(malformedAddress)).containsExactly("email");
    }

    @Test
    void an_account_of_an_unknown_municipality_is_not_found() {
        var result = accounts.open(new AccountCommands.Open(ADMIN, "0138", "x@tyreso.se", "X", Role.VIEWER, null,
                HASH, ReportLanguage.SWEDISH));

        assertThat(result).isEqualTo(new Result.NotFound<UserAccount>("municipality", "0138"));
        assertThat(accounts.list(MunicipalityCode.of("0138"))).isEqualTo(new Result.NotFound<>("municipality",
                "0138"));
    }

    @Test
    void changing_the_language_stores_the_next_version_and_is_audited() {
        UserAccount account = opened("anna@lidkoping.se");

        UserAccount changed = accounts.changeLanguage(new AccountCommands.ChangeLanguage("anna@lidkoping.se", "1494",
                account.id(), 1L, ReportLanguage.ENGLISH)).value();

        assertThat(changed.language()).isEqualTo(ReportLanguage.ENGLISH);
        assertThat(changed.version()).isEqualTo(2);
        assertThat(persistence.accounts().find(LIDKOPING, account.id())).contains(changed);
        assertThat(audit(account)).extracting(AuditEntry::action, AuditEntry::version, AuditEntry::change)
                .last().isEqualTo(tuple("change-language", 2L, Wording.of(WordingKey.AUDIT_ACCOUNT_LANGUAGE,
                        "changed the language to english", ReportLanguage.ENGLISH)));
    }

    @Test
    void changing_the_reminders_stores_and_audits_what_the_person_wants() {
        UserAccount account = opened("anna@lidkoping.se");

        UserAccount changed = accounts.changeReminders(new AccountCommands.ChangeReminders(ADMIN, "1494",
                account.id(), 1L, true, 14)).value();

        assertThat(changed.reminders()).isEqualTo(new ReminderPreferences(true, Optional.of(14)));
        assertThat(persistence.accounts().wantingReminders()).containsExactly(changed);
        assertThat(audit(account)).extracting(e -> e.change().english()).last().asString()
                .contains("weekly digest").contains("14 days before");
    }

    @Test
    void reminders_outside_one_to_ninety_days_are_invalid_naming_days_before() {
        UserAccount account = opened("anna@lidkoping.se");

        for (int days : List.of(0, 91)) {
            assertThat(fields(accounts.changeReminders(new AccountCommands.ChangeReminders(ADMIN, "1494",
                    account.id(), 1L, false, days)))).as("%s days", days).containsExactly("daysBefore");
        }
        assertThat(persistence.accounts().find(LIDKOPING, account.id())).contains(account);
    }

    @Test
    void changing_the_password_hash_stores_it_and_the_audit_trail_says_only_that_it_changed() {
        UserAccount account = opened("anna@lidkoping.se");

        UserAccount changed = accounts.changePasswordHash(new AccountCommands.ChangePasswordHash(ADMIN, "1494",
                account.id(), 1L, NEW_HASH)).value();

        assertThat(changed.passwordHash()).isEqualTo(NEW_HASH);
        assertThat(audit(account)).extracting(AuditEntry::action, e -> e.change().english()).last()
                .isEqualTo(tuple("change-password", "changed the password"));
        assertThat(audit(account)).extracting(e -> e.change().english())
                .noneMatch(change -> change.contains("argon2") || change.contains(HASH) || change.contains(NEW_HASH));
    }

    @Test
    void a_password_instead_of_a_hash_is_invalid_naming_password_hash() {
        UserAccount account = opened("anna@lidkoping.se");

        var result = accounts.changePasswordHash(new AccountCommands.ChangePasswordHash(ADMIN, "1494", account.id(),
                1L, "hunter2hunter2"));

        assertThat(fields(result)).containsExactly("passwordHash");
        assertThat(persistence.accounts().find(LIDKOPING, account.id())).contains(account);
    }

    @Test
    void changing_the_role_to_unit_editor_names_a_unit_and_back_to_coordinator_names_none() {
        UserAccount account = opened("anna@lidkoping.se");
        String unit = unit("Biblioteket");

        UserAccount editor = accounts.changeRole(new AccountCommands.ChangeRole(ADMIN, "1494", account.id(), 1L,
                Role.UNIT_EDITOR, unit)).value();
        UserAccount coordinator = accounts.changeRole(new AccountCommands.ChangeRole(ADMIN, "1494", account.id(),
                2L, Role.COORDINATOR, null)).value();

        assertThat(editor.role()).isEqualTo(Role.UNIT_EDITOR);
        assertThat(editor.unit()).contains(UnitId.of(unit));
        assertThat(coordinator.role()).isEqualTo(Role.COORDINATOR);
        assertThat(coordinator.unit()).isEmpty();
        assertThat(audit(account)).extracting(e -> e.change().english()).containsSubsequence(
                "changed the role to unit editor of unit " + unit, "changed the role to coordinator");
    }

    @Test
    void a_role_change_breaking_the_unit_rules_is_invalid_naming_unit_and_changes_nothing() {
        UserAccount account = opened("anna@lidkoping.se");

        var unknownUnit = accounts.changeRole(new AccountCommands.ChangeRole(ADMIN, "1494", account.id(), 1L,
                Role.UNIT_EDITOR, "brandforsvaret"));
        var viewerWithUnit = accounts.changeRole(new AccountCommands.ChangeRole(ADMIN, "1494", account.id(), 1L,
                Role.VIEWER, unit("Biblioteket")));

        assertThat(fields(unknownUnit)).containsExactly("unit");
        assertThat(fields(viewerWithUnit)).containsExactly("unit");
        assertThat(persistence.accounts().find(LIDKOPING, account.id())).contains(account);
        assertThat(audit(account)).hasSize(1);
    }

    @Test
    void disabling_stamps_the_clocks_now_and_is_audited_once_disabling_again_changes_nothing() {
        UserAccount account = opened("anna@lidkoping.se");

        UserAccount disabled = accounts.disable(new AccountCommands.Disable(ADMIN, "1494", account.id(), 1L))
                .value();
        Result<UserAccount> again = accounts.disable(new AccountCommands.Disable(ADMIN, "1494", account.id(), 1L));

        assertThat(disabled.disabledAt()).contains(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC));
        assertThat(again.value()).isEqualTo(disabled);
        assertThat(audit(account)).extracting(AuditEntry::action, AuditEntry::version)
                .containsExactly(tuple("create", 1L), tuple("disable", 2L));
    }

    @Test
    void a_change_read_at_an_older_version_is_a_conflict_and_changes_nothing() {
        UserAccount account = opened("anna@lidkoping.se");
        UserAccount english = accounts.changeLanguage(new AccountCommands.ChangeLanguage(ADMIN, "1494", account.id(),
                1L, ReportLanguage.ENGLISH)).value();

        List<Result<UserAccount>> stale = List.of(
                accounts.changeLanguage(new AccountCommands.ChangeLanguage(ADMIN, "1494", account.id(), 1L,
                        ReportLanguage.SWEDISH)),
                accounts.changeReminders(new AccountCommands.ChangeReminders(ADMIN, "1494", account.id(), 1L, true,
                        null)),
                accounts.changePasswordHash(new AccountCommands.ChangePasswordHash(ADMIN, "1494", account.id(), 1L,
                        NEW_HASH)),
                accounts.changeRole(new AccountCommands.ChangeRole(ADMIN, "1494", account.id(), 1L, Role.VIEWER,
                        null)),
                accounts.disable(new AccountCommands.Disable(ADMIN, "1494", account.id(), 1L)));

        assertThat(stale).allSatisfy(result -> assertThat(result).isInstanceOf(Result.Conflict.class));
        assertThat(persistence.accounts().find(LIDKOPING, account.id())).contains(english);
        assertThat(audit(account)).hasSize(2);
    }

    @Test
    void a_change_to_an_unknown_account_or_another_municipalitys_is_not_found() {
        Scenarios.registerTyreso(ports);
        UserAccount tyreso = accounts.open(new AccountCommands.Open(ADMIN, "0138", "t@tyreso.se", "T", Role.VIEWER,
                null, HASH, ReportLanguage.SWEDISH)).value();
        String unknown = "00000000-0000-0000-0000-000000000000";

        assertThat(accounts.disable(new AccountCommands.Disable(ADMIN, "1494", unknown, 1L)))
                .isEqualTo(new Result.NotFound<>("user-account", unknown));
        assertThat(accounts.disable(new AccountCommands.Disable(ADMIN, "1494", tyreso.id(), 1L)))
                .isEqualTo(new Result.NotFound<>("user-account", tyreso.id()));
        assertThat(accounts.find(LIDKOPING, tyreso.id())).isInstanceOf(Result.NotFound.class);
        assertThat(persistence.accounts().find(tyreso.municipality(), tyreso.id())).contains(tyreso);
    }

    @Test
    void the_list_has_every_account_disabled_ones_included_by_name() {
        UserAccount bertil = accounts.open(new AccountCommands.Open(ADMIN, "1494", "bertil@lidkoping.se", "Bertil",
                Role.VIEWER, null, HASH, ReportLanguage.SWEDISH)).value();
        UserAccount anna = opened("anna@lidkoping.se");
        UserAccount disabled = accounts.disable(new AccountCommands.Disable(ADMIN, "1494", bertil.id(), 1L)).value();

        assertThat(accounts.list(LIDKOPING).value()).containsExactly(anna, disabled);
        assertThat(accounts.find(LIDKOPING, anna.id()).value()).isEqualTo(anna);
    }

    @Test
    void find_by_email_reads_the_account_of_an_address_however_it_is_typed() {
        UserAccount anna = opened("anna@lidkoping.se");

        assertThat(accounts.findByEmail(" Anna@LIDKOPING.se").value()).isEqualTo(anna);
        assertThat(accounts.findByEmail("nobody@lidkoping.se"))
                .isEqualTo(new Result.NotFound<>("user-account", "nobody@lidkoping.se"));
        assertThat(fields(accounts.findByEmail("not an address"))).containsExactly("email");
    }

    @Test
    void the_commands_never_show_a_hash() {
        AccountCommands.Open open = open("anna@lidkoping.se", Role.VIEWER, null);
        AccountCommands.ChangePasswordHash change = new AccountCommands.ChangePasswordHash(ADMIN, "1494",
                "00000000-0000-0000-0000-000000000000", 1L, NEW_HASH);

        assertThat(open.toString()).doesNotContain(HASH).contains("anna@lidkoping.se");
        assertThat(change.toString()).doesNotContain(NEW_HASH);
    }
}
