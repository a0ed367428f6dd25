package se.omvarld.service.web;

import com.google.common.collect.ImmutableList;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import se.omvarld.adapter.http.web.PasswordCheck;
import se.omvarld.adapter.http.web.WebAccounts;
import se.omvarld.domain.access.EmailAddress;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.UserAccountRepository;

/**
 * Accounts for the web app's tests until the service stores its own: a map of accounts by e-mail address, and
 * passwords checked by PBKDF2 (a few iterations: these tests prove sign-in, not the hash's cost).
 */
final class TestAccounts implements UserAccountRepository, PasswordCheck {

    private final Map<EmailAddress, UserAccount> byEmail = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    WebAccounts accounts() {
        return new WebAccounts(this, this);
    }

    @Override
    public UserAccount save(UserAccount account) {
        UserAccount stored = new UserAccount(account.id(), account.municipality(), account.email(), account.name(),
                account.role(), account.unit(), account.passwordHash(), account.language(), account.reminders(),
                account.createdAt(), account.disabledAt(), account.version() + 1);
        byEmail.put(account.email(), stored);
        return stored;
    }

    @Override
    public Optional<UserAccount> find(MunicipalityCode municipality, String id) {
        return byEmail.values().stream().filter(a -> a.municipality().equals(municipality) && a.id().equals(id))
                .findFirst();
    }

    @Override
    public Optional<UserAccount> findByEmail(EmailAddress email) {
        return Optional.ofNullable(byEmail.get(email));
    }

    @Override
    public ImmutableList<UserAccount> of(MunicipalityCode municipality) {
        return byEmail.values().stream().filter(a -> a.municipality().equals(municipality))
                .sorted(Comparator.comparing(UserAccount::name).thenComparing(UserAccount::id))
                .collect(ImmutableList.toImmutableList());
    }

    @Override
    public ImmutableList<UserAccount> wantingReminders() {
        return ImmutableList.of();
    }

    @Override
    public String hash(char[] password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return "$pbkdf2-test$" + Base64.getEncoder().encodeToString(salt) + "$" + derive(password, salt);
    }

    @Override
    public boolean verifies(char[] password, String hash) {
        String[] parts = hash.split("\\$");
        return parts.length == 4 && parts[1].equals("pbkdf2-test")
                && derive(password, Base64.getDecoder().decode(parts[2])).equals(parts[3]);
    }

    private static String derive(char[] password, byte[] salt) {
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password, salt, 1000, 256)).getEncoded();
            return Base64.getEncoder().encodeToString(key);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }
}
