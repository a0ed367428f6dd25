package se.omvarld.adapter.http.web;

import java.util.Arrays;
import java.util.Map;
import se.omvarld.adapter.http.Passwords;
import se.omvarld.application.AccountCommands;
import se.omvarld.application.Result;
import se.omvarld.domain.access.UserAccount;

/**
 * The signed-in person's own account (mitt konto): who they are in the register, which e-mail reminders they want
 * (a weekly digest, a reminder some days before each due date of what they answer for), and their password. Each
 * change goes through the account's use cases, with the version the page was read at, so a change made elsewhere in
 * the meantime is reported rather than overwritten.
 */
public final class AccountPages implements WebRoutes {

    static final String ACCOUNT = "/account";

    private final WebApp app;

    AccountPages(WebApp app) {
        this.app = app;
    }

    /** The account as shown, the reminder form (its values typed or stored), and the password form. */
    public record AccountView(String name, String email, String role, String unit, String version, Form reminders,
            Form password, boolean saved) {
    }

    @Override
    public void register(WebRouter router) {
        router.get(ACCOUNT, this::account);
        router.post(ACCOUNT + "/reminders", this::reminders);
        router.post(ACCOUNT + "/password", this::password);
    }

    private void account(WebRequest x) {
        UserAccount account = stored(x);
        render(x, 200, account, storedReminders(account), Form.empty(), x.query("saved").isPresent());
    }

    private void reminders(WebRequest x) {
        Map<String, String> typed = x.form("weeklyDigest", "daysBefore", "version");
        Form form = Form.of(typed);
        Integer daysBefore = null;
        String days = typed.get("daysBefore").strip();
        if (!days.isEmpty()) {
            try {
                daysBefore = Integer.valueOf(days);
            } catch (NumberFormatException notANumber) {
                form.error("daysBefore", x.m().t("account.daysBefore.number"));
            }
        }
        Long version = FormValues.version(form, "version", x.m());
        if (form.hasErrors()) {
            render(x, 400, stored(x), form, Form.empty(), false);
            return;
        }
        Result<UserAccount> changed = app.accountUseCases().changeReminders(new AccountCommands.ChangeReminders(
                x.actor(), x.municipality().value(), x.user().accountId(), version,
                "on".equals(typed.get("weeklyDigest")), daysBefore));
        if (changed instanceof Result.Conflict<UserAccount>) {
            render(x, 409, stored(x), form.generalError(x.m().t("account.stale")), Form.empty(), false);
        } else if (changed instanceof Result.NotFound<UserAccount>) {
            throw x.notFound();
        } else if (!changed.isOk()) {
            render(x, 400, stored(x), form.failed(changed, x.m()), Form.empty(), false);
        } else {
            x.redirect(ACCOUNT + "?saved=1");
        }
    }

    private void password(WebRequest x) {
        char[] current = x.form("current").toCharArray();
        char[] chosen = x.form("chosen").toCharArray();
        char[] repeated = x.form("repeated").toCharArray();
        try {
            UserAccount account = stored(x);
            Form form = Form.empty();
            if (!Passwords.verifies(current, account.passwordHash())) {
                form.error("current", x.m().t("account.password.current.wrong"));
            }
            Passwords.weakness(chosen).ifPresent(reason -> form.error("chosen", x.m().t("account.password.weak",
                    Passwords.MIN_LENGTH)));
            if (!form.hasError("chosen") && !Arrays.equals(chosen, repeated)) {
                form.error("repeated", x.m().t("account.password.different"));
            }
            if (form.hasErrors()) {
                render(x, 400, account, storedReminders(account), form, false);
                return;
            }
            Result<UserAccount> changed = app.accountUseCases().changePasswordHash(
                    new AccountCommands.ChangePasswordHash(x.actor(), x.municipality().value(), account.id(),
                            account.version(), Passwords.hash(chosen)));
            if (!changed.isOk()) {
                render(x, 409, stored(x), storedReminders(account), form.generalError(x.m().t("account.stale")),
                        false);
                return;
            }
            x.redirect(ACCOUNT + "?saved=1");
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(chosen, '\0');
            Arrays.fill(repeated, '\0');
        }
    }

    private UserAccount stored(WebRequest x) {
        return x.found(app.accountUseCases().find(x.municipality(), x.user().accountId()));
    }

    private static Form storedReminders(UserAccount account) {
        return Form.of(Map.of("weeklyDigest", account.reminders().weeklyDigest() ? "on" : "",
                "daysBefore", account.reminders().daysBefore().map(String::valueOf).orElse(""),
                "version", String.valueOf(account.version())));
    }

    private void render(WebRequest x, int status, UserAccount account, Form reminders, Form password, boolean saved) {
        Messages m = x.m();
        String unit = account.unit().map(u -> x.found(app.services().register().register(x.municipality()))
                .municipality().unitName(u)).orElse("");
        // The version is always the stored one: after a conflict the person saves over what they now see.
        Form shown = Form.of(Map.of("weeklyDigest", reminders.value("weeklyDigest"),
                "daysBefore", reminders.value("daysBefore"), "version", String.valueOf(account.version())));
        reminders.fieldErrors().forEach(e -> shown.error(e.field(), e.message()));
        reminders.generalErrors().forEach(shown::generalError);
        x.render(status, "account/account.jte", x.page("account.title", Page.Section.NONE),
                new AccountView(account.name(), account.email().value(), m.t("role." + account.role().name()), unit,
                        String.valueOf(account.version()), shown, password, saved));
    }
}
