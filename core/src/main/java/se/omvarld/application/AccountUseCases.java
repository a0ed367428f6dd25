package se.omvarld.application;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import se.omvarld.domain.access.EmailAddress;
import se.omvarld.domain.access.ReminderPreferences;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.port.UserAccountRepository;
import se.omvarld.port.Violation;

/**
 * The web app's user accounts (användarkonton): a municipality's admin opens them with a role, changes their role,
 * and disables them; the person changes their language, reminders and password. Each change is in the audit trail,
 * never the password's hash. The core sees the hash the edge made, never a password.
 */
public final class AccountUseCases {

    /** The aggregate type of user accounts in the audit trail. */
    public static final String USER_ACCOUNT = "user-account";

    private final Ports ports;
    private final UserAccountRepository accounts;
    private final Execution execution;

    public AccountUseCases(Ports ports, UserAccountRepository accounts) {
        this.ports = checkNotNull(ports, "ports are required");
        this.accounts = checkNotNull(accounts, "accounts are required");
        this.execution = new Execution(ports);
    }

    /**
     * Opens an account: its e-mail address must be no other account's (invalid, naming {@code email}); a unit
     * editor's must name one of the municipality's units, and only a unit editor's may name one (both invalid,
     * naming {@code unit}); an unknown municipality is not found.
     */
    public Result<UserAccount> open(AccountCommands.Open command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode municipality = input.field("municipality",
                    () -> MunicipalityCode.of(command.municipality()));
            EmailAddress email = input.field("email", () -> EmailAddress.of(command.email()));
            String name = input.field("name", () -> Text.name("name", command.name()));
            Optional<UnitId> unit = unit(input, command.role(), command.unit());
            input.check();
            Optional<Municipality> organisation = ports.municipalities().find(municipality);
            if (organisation.isEmpty()) {
                return new Result.NotFound<>("municipality", municipality.value());
            }
            checkUnitOf(organisation.get(), unit, input);
            if (accounts.findByEmail(email).isPresent()) {
                input.required("email", null, Wording.of(WordingKey.FIELD_EMAIL_TAKEN,
                        "is the address of another account: one address, one account"));
            }
            input.check();
            UserAccount account = input.field("account", () -> UserAccount.open(ports.ids().next().toString(),
                    municipality, email, name, command.role(), unit, command.passwordHash(), command.language(),
                    now()));
            input.check();
            UserAccount saved = accounts.save(account);
            execution.audit(municipality, command.actor(), USER_ACCOUNT, saved.id(), saved.version(), "create",
                    opened(saved));
            return new Result.Ok<>(saved);
        });
    }

    /** Changes the language of the person's pages, e-mails and reports. */
    public Result<UserAccount> changeLanguage(AccountCommands.ChangeLanguage command) {
        return execution.run(command, () -> change(command.actor(), command.municipality(), command.accountId(),
                command.expectedVersion(), "change-language", (account, organisation) -> Changed.to(
                        account.withLanguage(command.language()), Wording.of(WordingKey.AUDIT_ACCOUNT_LANGUAGE,
                                "changed the language to " + command.language().name().toLowerCase(Locale.ROOT),
                                command.language()))));
    }

    /** Changes what the person wants by e-mail. */
    public Result<UserAccount> changeReminders(AccountCommands.ChangeReminders command) {
        return execution.run(command, () -> change(command.actor(), command.municipality(), command.accountId(),
                command.expectedVersion(), "change-reminders", (account, organisation) -> {
                    ReminderPreferences reminders = new ReminderPreferences(command.weeklyDigest(),
                            Optional.ofNullable(command.daysBefore()));
                    return Changed.to(account.withReminders(reminders), reminders(reminders));
                }));
    }

    /** Changes the password, as the encoded hash the edge made of it; the audit trail says only that it changed. */
    public Result<UserAccount> changePasswordHash(AccountCommands.ChangePasswordHash command) {
        return execution.run(command, () -> change(command.actor(), command.municipality(), command.accountId(),
                command.expectedVersion(), "change-password", (account, organisation) -> Changed.to(
                        account.withPasswordHash(command.passwordHash()), Wording.of(WordingKey.AUDIT_ACCOUNT_PASSWORD,
                                "changed the password"))));
    }

    /** Changes the role, with the unit rules of {@link #open}. */
    public Result<UserAccount> changeRole(AccountCommands.ChangeRole command) {
        return execution.run(command, () -> change(command.actor(), command.municipality(), command.accountId(),
                command.expectedVersion(), "change-role", (account, organisation) -> {
                    Input input = new Input();
                    Optional<UnitId> unit = unit(input, command.role(), command.unit());
                    input.check();
                    checkUnitOf(organisation, unit, input);
                    input.check();
                    String english = "changed the role to " + roleName(command.role()) + unitText(unit);
                    return Changed.to(account.withRole(command.role(), unit), unit.isEmpty()
                            ? Wording.of(WordingKey.AUDIT_ACCOUNT_ROLE, english, command.role())
                            : Wording.of(WordingKey.AUDIT_ACCOUNT_ROLE_UNIT, english, command.role(),
                                    unit.get().value()));
                }));
    }

    /** Disables an account; disabling a disabled account is ok and changes nothing (nor is it audited again). */
    public Result<UserAccount> disable(AccountCommands.Disable command) {
        return execution.run(command, () -> change(command.actor(), command.municipality(), command.accountId(),
                command.expectedVersion(), "disable", (account, organisation) -> account.isDisabled()
                        ? Optional.empty()
                        : Changed.to(account.disable(latest(now(), account.createdAt())),
                                Wording.of(WordingKey.AUDIT_ACCOUNT_DISABLED, "disabled the account"))));
    }

    /** One of the municipality's accounts. */
    public Result<UserAccount> find(MunicipalityCode municipality, String id) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(id, "id is required");
        return ports.transactions().inTransaction(() -> accounts.find(municipality, id)
                .<Result<UserAccount>>map(Result.Ok::new)
                .orElseGet(() -> new Result.NotFound<>(USER_ACCOUNT, id)));
    }

    /** The municipality's accounts, disabled ones included, by name, then id. */
    public Result<ImmutableList<UserAccount>> list(MunicipalityCode municipality) {
        checkNotNull(municipality, "municipality is required");
        return ports.transactions().inTransaction(() -> ports.municipalities().exists(municipality)
                ? new Result.Ok<>(accounts.of(municipality))
                : new Result.NotFound<>("municipality", municipality.value()));
    }

    /** The account of an address, in whichever municipality: the one a sign-in names. */
    public Result<UserAccount> findByEmail(String email) {
        checkNotNull(email, "email is required");
        EmailAddress address;
        try {
            address = EmailAddress.of(email);
        } catch (IllegalArgumentException e) {
            return new Result.Invalid<>(ImmutableList.of(new Violation("email", Input.wording(e))));
        }
        return ports.transactions().inTransaction(() -> accounts.findByEmail(address)
                .<Result<UserAccount>>map(Result.Ok::new)
                .orElseGet(() -> new Result.NotFound<>(USER_ACCOUNT, address.value())));
    }

    /** An account changed, and what the audit trail says of it. */
    private record Changed(UserAccount account, Wording description) {

        static Optional<Changed> to(UserAccount account, Wording description) {
            return Optional.of(new Changed(account, description));
        }
    }

    /**
     * The common shape of a change: the account must be the municipality's and stored at the expected version; the
     * change is saved and audited, unless there is none because the account is so already.
     */
    private Result<UserAccount> change(String actor, String municipalityCode, String id, long expectedVersion,
            String action, BiFunction<UserAccount, Municipality, Optional<Changed>> change) {
        Input input = new Input();
        MunicipalityCode municipality = input.field("municipality", () -> MunicipalityCode.of(municipalityCode));
        input.check();
        Optional<Municipality> organisation = ports.municipalities().find(municipality);
        if (organisation.isEmpty()) {
            return new Result.NotFound<>("municipality", municipality.value());
        }
        Optional<UserAccount> current = accounts.find(municipality, id);
        if (current.isEmpty()) {
            return new Result.NotFound<>(USER_ACCOUNT, id);
        }
        Optional<Changed> changed = change.apply(current.get(), organisation.get());
        if (changed.isEmpty()) {
            return new Result.Ok<>(current.get());
        }
        Optional<String> stale = Execution.staleness(USER_ACCOUNT, id, expectedVersion, current.get().version());
        if (stale.isPresent()) {
            return new Result.Conflict<>(stale.get());
        }
        UserAccount saved = accounts.save(changed.get().account());
        execution.audit(municipality, actor, USER_ACCOUNT, saved.id(), saved.version(), action,
                changed.get().description());
        return new Result.Ok<>(saved);
    }

    /** The unit a command names, recording a violation of {@code unit} when the role and the unit disagree. */
    private static Optional<UnitId> unit(Input input, Role role, String unit) {
        Optional<UnitId> id = input.field("unit", () -> Optional.ofNullable(unit).map(UnitId::of));
        if (role == Role.UNIT_EDITOR && unit == null) {
            input.required("unit", null, Wording.of(WordingKey.FIELD_UNIT_REQUIRED_FOR_UNIT_EDITOR,
                    "is required for a unit editor: the unit it may change"));
        }
        if (role != null && role != Role.UNIT_EDITOR && unit != null) {
            input.required("unit", null, Wording.of(WordingKey.FIELD_UNIT_ONLY_FOR_UNIT_EDITOR,
                    "is only for a unit editor: a " + roleName(role) + " changes no one unit", role));
        }
        return id == null ? Optional.empty() : id;
    }

    private static void checkUnitOf(Municipality organisation, Optional<UnitId> unit, Input input) {
        if (unit.isPresent() && organisation.unit(unit.get()).isEmpty()) {
            input.required("unit", null, Input.unitNotOf(organisation));
        }
    }

    /** Accounts keep their instants to the microsecond, as the repository stores them. */
    private Instant now() {
        return ports.clock().now().truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isBefore(b) ? b : a;
    }

    private static String roleName(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String article(Role role) {
        return role == Role.ADMIN ? "an" : "a";
    }

    private static String unitText(Optional<UnitId> unit) {
        return unit.map(u -> " of unit " + u.value()).orElse("");
    }

    private static Wording opened(UserAccount account) {
        String english = "opened " + article(account.role()) + " " + roleName(account.role()) + "'s account for "
                + account.name() + " <" + account.email() + ">" + unitText(account.unit());
        return account.unit().isEmpty()
                ? Wording.of(WordingKey.AUDIT_ACCOUNT_OPENED, english, account.role(), account.name(),
                        account.email().value())
                : Wording.of(WordingKey.AUDIT_ACCOUNT_OPENED_UNIT, english, account.role(), account.name(),
                        account.email().value(), account.unit().get().value());
    }

    private static Wording reminders(ReminderPreferences reminders) {
        if (!reminders.wantsAny()) {
            return Wording.of(WordingKey.AUDIT_ACCOUNT_REMINDERS_NONE, "changed the reminders to none");
        }
        String english = "changed the reminders to " + (reminders.weeklyDigest() ? "a weekly digest" : "")
                + (reminders.weeklyDigest() && reminders.daysBefore().isPresent() ? " and " : "")
                + reminders.daysBefore().map(days -> "a reminder " + days + " days before each due date").orElse("");
        if (reminders.daysBefore().isEmpty()) {
            return Wording.of(WordingKey.AUDIT_ACCOUNT_REMINDERS_DIGEST, english);
        }
        long days = reminders.daysBefore().get();
        return reminders.weeklyDigest() ? Wording.of(WordingKey.AUDIT_ACCOUNT_REMINDERS_BOTH, english, days)
                : Wording.of(WordingKey.AUDIT_ACCOUNT_REMINDERS_BEFORE, english, days);
    }
}
