package se.omvarld.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Optional;
import se.omvarld.domain.access.EmailAddress;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.UserAccountRepository;

/** User accounts in a versioned table keyed by (municipality, id); an e-mail address is unique across every one. */
final class InMemoryUserAccountRepository implements UserAccountRepository {

    private static final Comparator<UserAccount> BY_NAME = Comparator.comparing(UserAccount::name)
            .thenComparing(UserAccount::id);
    private static final Comparator<UserAccount> BY_MUNICIPALITY = Comparator
            .comparing((UserAccount a) -> a.municipality().value()).thenComparing(UserAccount::id);

    private final MemoryStore store;

    InMemoryUserAccountRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public UserAccount save(UserAccount account) {
        checkNotNull(account, "account is required");
        return store.locked(() -> {
            Scoped<String> key = Scoped.of(account.municipality(), account.id());
            checkArgument(account.version() != 0 || store.accounts.find(key).isEmpty(),
                    "another account has the id %s in municipality %s", account.id(), account.municipality());
            checkArgument(store.accounts.where(a -> a.email().equals(account.email())
                            && !Scoped.of(a.municipality(), a.id()).equals(key)).isEmpty(),
                    "another account has the e-mail address %s", account.email());
            return store.accounts.save(key, account);
        });
    }

    @Override
    public Optional<UserAccount> find(MunicipalityCode municipality, String id) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(id, "id is required");
        return store.locked(() -> store.accounts.find(Scoped.of(municipality, id)));
    }

    @Override
    public Optional<UserAccount> findByEmail(EmailAddress email) {
        checkNotNull(email, "email is required");
        return store.locked(() -> store.accounts.where(a -> a.email().equals(email)).stream().findFirst());
    }

    @Override
    public ImmutableList<UserAccount> of(MunicipalityCode municipality) {
        checkNotNull(municipality, "municipality is required");
        return store.locked(() -> store.accounts.where(a -> a.municipality().equals(municipality)).stream()
                .sorted(BY_NAME).collect(ImmutableList.toImmutableList()));
    }

    @Override
    public ImmutableList<UserAccount> wantingReminders() {
        return store.locked(() -> store.accounts.where(a -> !a.isDisabled() && a.reminders().wantsAny()).stream()
                .sorted(BY_MUNICIPALITY).collect(ImmutableList.toImmutableList()));
    }
}
