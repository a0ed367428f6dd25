package se.omvarld.port;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import se.omvarld.domain.access.EmailAddress;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.shared.MunicipalityCode;

/** The web app's user accounts; an e-mail address belongs to one account in all municipalities. */
public interface UserAccountRepository {

    /**
     * Stores a new account (version 0, stored as 1) or a change to a stored one read at its stored version (stored as
     * the next). Instants are kept to the microsecond.
     *
     * @throws StaleVersionException if the stored version is not the one {@code account} was read at
     * @throws IllegalArgumentException if another account has the same e-mail address, or the same id in the
     *     municipality
     */
    UserAccount save(UserAccount account);

    Optional<UserAccount> find(MunicipalityCode municipality, String id);

    /** The account of this address, in whichever municipality: the one a sign-in names. */
    Optional<UserAccount> findByEmail(EmailAddress email);

    /** The municipality's accounts, disabled ones included, by name, then id. */
    ImmutableList<UserAccount> of(MunicipalityCode municipality);

    /** The enabled accounts of every municipality that want an e-mail digest or reminders, by municipality, then id. */
    ImmutableList<UserAccount> wantingReminders();
}
