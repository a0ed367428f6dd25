package se.omvarld.service;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import se.omvarld.adapter.http.Passwords;
import se.omvarld.application.AccountCommands;
import se.omvarld.application.AccountUseCases;
import se.omvarld.application.Result;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.UnitId;

/**
 * The running service's accounts for the web app's tests in other packages: the demo users it opened at start, and
 * further accounts opened through the use case, as an admin would.
 */
public final class ServiceAccounts {

    /** A demo user as {@link Service#demoUsers()} gives it: the account and its password. */
    public record DemoUser(UserAccount account, String password) {
    }

    private ServiceAccounts() {
    }

    public static List<DemoUser> demoUsers(Service service) {
        return service.demoUsers().stream().map(c -> new DemoUser(c.account(), c.password()))
                .collect(Collectors.toList());
    }

    /** Opens an account with {@code password} (disabled at once if {@code disabled}), through AccountUseCases. */
    public static UserAccount open(Service service, MunicipalityCode municipality, String email, String name,
            Role role, Optional<UnitId> unit, String password, boolean disabled) {
        AccountUseCases accounts = new AccountUseCases(service.ports(), service.database().persistence().accounts());
        UserAccount opened = ok(accounts.open(new AccountCommands.Open("test set-up", municipality.value(), email,
                name, role, unit.map(UnitId::value).orElse(null), Passwords.hash(password.toCharArray()),
                ReportLanguage.SWEDISH)));
        return disabled ? ok(accounts.disable(new AccountCommands.Disable("test set-up", municipality.value(),
                opened.id(), opened.version()))) : opened;
    }

    /**
     * Sets the language of every account of the service back to Swedish: a language chosen while signed in is kept
     * in the account, and each test begins with the service's default.
     */
    public static void speakSwedish(Service service, Collection<MunicipalityCode> municipalities) {
        AccountUseCases accounts = new AccountUseCases(service.ports(), service.database().persistence().accounts());
        for (MunicipalityCode municipality : municipalities) {
            for (UserAccount account : ok(accounts.list(municipality))) {
                if (account.language() != ReportLanguage.SWEDISH) {
                    ok(accounts.changeLanguage(new AccountCommands.ChangeLanguage("test set-up",
                            municipality.value(), account.id(), account.version(), ReportLanguage.SWEDISH)));
                }
            }
        }
    }

    private static <T> T ok(Result<T> result) {
        if (!result.isOk()) {
            throw new IllegalStateException("the test's account was refused: " + result);
        }
        return result.value();
    }
}
