package se.omvarld.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.omvarld.adapter.http.Passwords;
import se.omvarld.application.AccountCommands;
import se.omvarld.application.AccountUseCases;
import se.omvarld.application.Ports;
import se.omvarld.application.Result;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.Unit;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.port.UserAccountRepository;

/**
 * The demo's people, so that the web app can be tried at once: Lidköping's coordinator and the editor of the unit
 * that runs most of its demo projects, each with a random 16-character password shown once, at the start that opens
 * the accounts. Their addresses are at {@code lidkoping.example.se}, where no e-mail can reach a real person.
 */
final class DemoUsers {

    static final String DOMAIN = "lidkoping.example.se";

    /** An account this start opened, and its password: shown once, and kept nowhere else. */
    record Credentials(UserAccount account, String password) {

        Credentials {
            checkNotNull(account, "account is required");
            checkNotNull(password, "password is required");
        }

        /** Never shows the password, so that a logged value gives nothing away. */
        @Override
        public String toString() {
            return "Credentials[" + account.email() + ", " + account.role() + "]";
        }
    }

    private DemoUsers() {
    }

    /**
     * Opens the demo's two accounts for Lidköping, unless Lidköping is not stored or has an account already, and
     * prints their credentials; the accounts it opened, coordinator first.
     */
    static ImmutableList<Credentials> openIfAbsent(Ports ports, UserAccountRepository accounts) {
        Optional<Municipality> lidkoping = ports.transactions().inTransaction(() -> accounts
                .of(LidkopingRegister.CODE).isEmpty() ? ports.municipalities().find(LidkopingRegister.CODE)
                : Optional.empty());
        if (lidkoping.isEmpty()) {
            return ImmutableList.of();
        }
        AccountUseCases use = new AccountUseCases(ports, accounts);
        Unit unit = busiestUnit(ports, lidkoping.get());
        ImmutableList<Credentials> opened = ImmutableList.of(
                open(use, lidkoping.get(), "samordnare@" + DOMAIN, "Samordnaren (demo)", Role.COORDINATOR, null),
                open(use, lidkoping.get(), unit.id().value() + "@" + DOMAIN, "Redaktör för " + unit.name()
                        + " (demo)", Role.UNIT_EDITOR, unit.id()));
        for (Credentials c : opened) {
            System.out.println("Demo user for " + lidkoping.get().name() + " (" + lidkoping.get().code().value()
                    + "), " + c.account().role().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + c.account().unit().map(u -> " of " + u.value()).orElse("") + ": " + c.account().email()
                    + ", password shown only now: " + c.password());
        }
        return opened;
    }

    private static Credentials open(AccountUseCases use, Municipality municipality, String email, String name,
            Role role, UnitId unit) {
        String password = Passwords.generate();
        Result<UserAccount> account = use.open(new AccountCommands.Open(DemoData.ACTOR, municipality.code().value(),
                email, name, role, unit == null ? null : unit.value(), Passwords.hash(password.toCharArray()),
                ReportLanguage.SWEDISH));
        if (!account.isOk()) {
            throw new IllegalStateException("the demo account " + email + " was refused: " + account);
        }
        return new Credentials(account.value(), password);
    }

    /** The unit owning most of the municipality's projects (the first by id among equals). */
    private static Unit busiestUnit(Ports ports, Municipality municipality) {
        Map<UnitId, Long> projects = ports.transactions().inTransaction(() -> ports.projects()
                .all(municipality.code())).stream()
                .collect(Collectors.groupingBy(Project::owningUnit, Collectors.counting()));
        return municipality.units().stream()
                .filter(u -> projects.containsKey(u.id()))
                .max(Comparator.comparing((Unit u) -> projects.get(u.id()))
                        .thenComparing(u -> u.id().value(), Comparator.reverseOrder()))
                .orElseThrow(() -> new IllegalStateException(municipality.name() + " has no unit with projects"));
    }
}
