package se.omvarld.application;

import static se.omvarld.application.PartnershipCommands.CODE;
import static se.omvarld.application.PartnershipCommands.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import se.omvarld.domain.access.ReminderPreferences;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.report.ReportLanguage;

/**
 * The commands of {@link AccountUseCases}: what a municipality's admin (or the person, for their own account) asks
 * of the web app's user accounts. A password never reaches the core: the edge checks it, hashes it and hands over
 * only the encoded hash, which no command ever shows.
 */
public final class AccountCommands {

    /** An encoded hash in the PHC string format ({@code $algorithm$...}), never a password. */
    static final String PASSWORD_HASH = "\\$[a-z0-9-]+\\$\\S+";
    static final String PASSWORD_HASH_MESSAGE = "must be an encoded hash ($algorithm$...), never a password";

    private AccountCommands() {
    }

    /**
     * Opens an account for {@code email} (which no other account may have) with {@code role}; a unit editor's names
     * the one unit it may change, and no other role's names one.
     */
    public record Open(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotBlank @Size(max = 254) String email,
            @NotBlank @Size(max = 300) String name,
            @NotNull Role role,
            String unit,
            @NotNull @Size(max = 500) @Pattern(regexp = PASSWORD_HASH, message = PASSWORD_HASH_MESSAGE)
            String passwordHash,
            @NotNull ReportLanguage language) {

        /** Never shows the hash, so that a logged command gives nothing away. */
        @Override
        public String toString() {
            return "Open[actor=" + actor + ", municipality=" + municipality + ", email=" + email + ", name=" + name
                    + ", role=" + role + ", unit=" + unit + ", language=" + language + "]";
        }
    }

    /** The language of the person's pages, e-mails and reports. */
    public record ChangeLanguage(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @Pattern(regexp = UUID, message = "must be a UUID") String accountId,
            @NotNull @PositiveOrZero Long expectedVersion,
            @NotNull ReportLanguage language) {
    }

    /** What the person wants by e-mail: a weekly digest, and/or a reminder {@code daysBefore} each due date. */
    public record ChangeReminders(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @Pattern(regexp = UUID, message = "must be a UUID") String accountId,
            @NotNull @PositiveOrZero Long expectedVersion,
            boolean weeklyDigest,
            @Min(value = 1, message = "must be at least 1")
            @Max(value = ReminderPreferences.MAX_DAYS_BEFORE, message = "must be at most 90") Integer daysBefore) {
    }

    /** A new password, as the encoded hash the edge made of it. */
    public record ChangePasswordHash(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @Pattern(regexp = UUID, message = "must be a UUID") String accountId,
            @NotNull @PositiveOrZero Long expectedVersion,
            @NotNull @Size(max = 500) @Pattern(regexp = PASSWORD_HASH, message = PASSWORD_HASH_MESSAGE)
            String passwordHash) {

        /** Never shows the hash, so that a logged command gives nothing away. */
        @Override
        public String toString() {
            return "ChangePasswordHash[actor=" + actor + ", municipality=" + municipality + ", accountId=" + accountId
                    + ", expectedVersion=" + expectedVersion + "]";
        }
    }

    /** Another role, and with it a unit for a unit editor, none for any other role. */
    public record ChangeRole(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @Pattern(regexp = UUID, message = "must be a UUID") String accountId,
            @NotNull @PositiveOrZero Long expectedVersion,
            @NotNull Role role,
            String unit) {
    }

    /** Disables an account: it can no longer sign in and gets no e-mail. Disabling it again changes nothing. */
    public record Disable(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @Pattern(regexp = UUID, message = "must be a UUID") String accountId,
            @NotNull @PositiveOrZero Long expectedVersion) {
    }
}
