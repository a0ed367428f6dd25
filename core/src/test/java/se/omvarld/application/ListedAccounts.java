package se.omvarld.application;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.omvarld.domain.access.EmailAddress;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.UserAccountRepository;

/**
 * A test double of {@link UserAccountRepository} for the reminder tests until the in-memory adapter of the accounts
 * is in the test kit: accounts as the test puts them, without versions or uniqueness checks.
 */
final class ListedAccounts implements UserAccountRepository {

    private final Map<String, UserAccount> accounts = new LinkedHashMap<>();

    ListedAccounts with(UserAccount account) {
        save(account);
        return this;
    }

    @Override
    public synchronized UserAccount save(UserAccount account) {
        accounts.put(account.municipality().value() + "/" + account.id(), account);
        return account;
    }

    @Override
    public synchronized Optional<UserAccount> find(MunicipalityCode municipality, String id) {
        return Optional.ofNullable(accounts.get(municipality.value() + "/" + id));
    }

    @Override
    public synchronized Optional<UserAccount> findByEmail(EmailAddress email) {
        return accounts.values().stream().filter(a -> a.email().equals(email)).findFirst();
    }

    @Override
    public synchronized ImmutableList<UserAccount> of(MunicipalityCode municipality) {
        return accounts.values().stream().filter(a -> a.municipality().equals(municipality))
                .sorted(Comparator.comparing(UserAccount::name).thenComparing(UserAccount::id))
                .collect(ImmutableList.toImmutableList());
    }

    @Override
    public synchronized ImmutableList<UserAccount> wantingReminders() {
        return accounts.values().stream().filter(a -> !a.isDisabled() && a.reminders().wantsAny())
                .sorted(Comparator.comparing((UserAccount a) -> a.municipality().value())
                        .thenComparing(UserAccount::id))
                .collect(ImmutableList.toImmutableList());
    }
}
