package se.omvarld.domain.access;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.shared.UnitId;

/**
 * A person who signs in to the coordinator's web app (användarkonto): in one municipality, with one role as an API
 * token has; a unit editor's account names its unit. The password is kept only as the encoded hash of a memory-hard
 * algorithm, which the adapter that signs people in computes and checks; the core never sees a password. The
 * language is that of the person's pages, e-mails and reports. A disabled account cannot sign in and gets no e-mail.
 */
public record UserAccount(String id, MunicipalityCode municipality, EmailAddress email, String name, Role role,
        Optional<UnitId> unit, String passwordHash, ReportLanguage language, ReminderPreferences reminders,
        Instant createdAt, Optional<Instant> disabledAt, long version) {

    public UserAccount {
        id = Text.required("id", id);
        checkNotNull(municipality, "municipality is required");
        checkNotNull(email, "email is required");
        name = Text.name("name", name);
        checkNotNull(role, "role is required");
        checkNotNull(unit, "unit is required (may be empty)");
        checkArgument(unit.isPresent() == (role == Role.UNIT_EDITOR),
                "a unit editor's account names its unit, and only a unit editor's does");
        checkNotNull(passwordHash, "passwordHash is required");
        checkArgument(passwordHash.startsWith("$") && passwordHash.length() <= 500,
                "passwordHash must be an encoded hash ($algorithm$...), never a password");
        checkNotNull(language, "language is required");
        checkNotNull(reminders, "reminders is required");
        checkNotNull(createdAt, "createdAt is required");
        checkNotNull(disabledAt, "disabledAt is required (may be empty)");
        disabledAt.ifPresent(at -> checkArgument(!at.isBefore(createdAt),
                "an account cannot be disabled before it was created"));
        checkArgument(version >= 0, "version must not be negative");
    }

    /** A new account, enabled, at version 0 (the repository stores it as version 1). */
    public static UserAccount open(String id, MunicipalityCode municipality, EmailAddress email, String name, Role role,
            Optional<UnitId> unit, String passwordHash, ReportLanguage language, Instant at) {
        return new UserAccount(id, municipality, email, name, role, unit, passwordHash, language,
                ReminderPreferences.none(), at, Optional.empty(), 0);
    }

    public boolean isDisabled() {
        return disabledAt.isPresent();
    }

    public UserAccount withPasswordHash(String hash) {
        return new UserAccount(id, municipality, email, name, role, unit, hash, language, reminders, createdAt,
                disabledAt, version);
    }

    public UserAccount withLanguage(ReportLanguage newLanguage) {
        return new UserAccount(id, municipality, email, name, role, unit, passwordHash, newLanguage, reminders,
                createdAt, disabledAt, version);
    }

    public UserAccount withReminders(ReminderPreferences newReminders) {
        return new UserAccount(id, municipality, email, name, role, unit, passwordHash, language, newReminders,
                createdAt, disabledAt, version);
    }

    public UserAccount withRole(Role newRole, Optional<UnitId> newUnit) {
        return new UserAccount(id, municipality, email, name, newRole, newUnit, passwordHash, language, reminders,
                createdAt, disabledAt, version);
    }

    /** This account as stored at {@code newVersion}: what a repository returns from a save. */
    public UserAccount withVersion(long newVersion) {
        return new UserAccount(id, municipality, email, name, role, unit, passwordHash, language, reminders,
                createdAt, disabledAt, newVersion);
    }

    /** This account, disabled at {@code at}; a disabled account stays disabled when it was. */
    public UserAccount disable(Instant at) {
        return isDisabled() ? this : new UserAccount(id, municipality, email, name, role, unit, passwordHash, language,
                reminders, createdAt, Optional.of(at), version);
    }
}
