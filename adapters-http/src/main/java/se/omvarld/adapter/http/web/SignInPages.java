package se.omvarld.adapter.http.web;

import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.omvarld.adapter.http.Passwords;
import se.omvarld.application.AccountCommands;
import se.omvarld.application.Result;
import se.omvarld.domain.access.EmailAddress;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.report.ReportLanguage;

/**
 * Signing in and out, and choosing the language. A failed sign-in says only "wrong e-mail or password", whether the
 * address names no account, a disabled one, or the password is wrong, and takes as long in each case; repeated
 * failures lock the address and the client out for a while ({@link SignInThrottle}). Signing in starts a new session
 * under a new id.
 */
public final class SignInPages implements WebRoutes {

    static final String SIGN_IN = "/sign-in";
    private static final Logger LOG = LoggerFactory.getLogger(SignInPages.class);

    private final WebApp app;

    SignInPages(WebApp app) {
        this.app = app;
    }

    /** The sign-in form: the e-mail address typed (never the password), where to go after, and what went wrong. */
    public record SignInView(Form form, String next) {
    }

    @Override
    public void register(WebRouter router) {
        router.publicGet(SIGN_IN, this::form);
        router.publicPost(SIGN_IN, this::signIn);
        router.post("/sign-out", this::signOut);
        router.publicPost("/language", this::language);
    }

    private void form(WebRequest x) {
        if (x.signedIn().isPresent()) {
            x.redirect("/");
            return;
        }
        String next = x.query("next").filter(WebApp::isLocal).orElse("");
        x.render("signin.jte", x.page("signin.title", Page.Section.NONE), new SignInView(Form.empty(), next));
    }

    private void signIn(WebRequest x) {
        String email = x.form("email");
        char[] password = x.form("password").toCharArray();
        String next = WebApp.isLocal(x.form("next")) ? x.form("next") : WebApp.PREFIX + "/";
        String client = x.ctx().ip();
        try {
            Form form = Form.of(Map.of("email", email));
            if (email.isBlank()) {
                form.error("email", x.m().t("signin.email.missing"));
            }
            if (password.length == 0) {
                form.error("password", x.m().t("signin.password.missing"));
            }
            if (form.hasErrors()) {
                x.render(400, "signin.jte", x.page("signin.title", Page.Section.NONE), new SignInView(form, next));
                return;
            }
            if (app.throttle().isLockedOut(email, client)) {
                form.generalError(x.m().t("signin.locked", app.throttle().lockoutMinutes()));
                x.render(429, "signin.jte", x.page("signin.title", Page.Section.NONE), new SignInView(form, next));
                return;
            }
            Optional<UserAccount> account = find(email);
            boolean verified = Passwords.verifies(password, account.map(UserAccount::passwordHash)
                    .orElseGet(app::decoyHash));
            if (account.isEmpty() || !verified || account.get().isDisabled()) {
                app.throttle().failed(email, client);
                form.generalError(x.m().t("signin.failed"));
                x.render(401, "signin.jte", x.page("signin.title", Page.Section.NONE), new SignInView(form, next));
                return;
            }
            app.throttle().succeeded(email);
            UserAccount signedIn = account.get();
            // A language chosen on the sign-in page is the person's latest word; else their account's.
            Session session = app.sessions().signIn(x.session(), SignedIn.of(signedIn),
                    x.session().language().orElse(signedIn.language()));
            app.writeCookie(x.ctx(), session);
            x.replaceSession(session);
            x.ctx().redirect(next, HttpStatus.SEE_OTHER);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private void remember(SignedIn user, ReportLanguage chosen) {
        Result<UserAccount> account = app.accountUseCases().find(user.municipality(), user.accountId());
        if (account instanceof Result.Ok<UserAccount> found && found.value().language() != chosen) {
            Result<UserAccount> changed = app.accountUseCases().changeLanguage(new AccountCommands.ChangeLanguage(
                    user.actor(), user.municipality().value(), user.accountId(), found.value().version(), chosen));
            if (!changed.isOk()) {
                // The session keeps the choice; the account keeps its language until the next switch.
                LOG.info("the language of account {} was not changed: {}", user.accountId(), changed);
            }
        }
    }

    private Optional<UserAccount> find(String email) {
        EmailAddress address;
        try {
            address = EmailAddress.of(email);
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
        return app.services().ports().transactions().inTransaction(() -> app.accounts().findByEmail(address));
    }

    private void signOut(WebRequest x) {
        app.sessions().end(x.session());
        app.clearCookie(x.ctx());
        x.redirect(SIGN_IN);
    }

    /** Changes the session's language, and the signed-in person's account's, so that the next sign-in keeps it. */
    private void language(WebRequest x) {
        ReportLanguage chosen = "en".equals(x.form("lang")) ? ReportLanguage.ENGLISH : ReportLanguage.SWEDISH;
        Session changed = x.session().withLanguage(chosen);
        app.sessions().update(changed);
        x.replaceSession(changed);
        x.signedIn().ifPresent(user -> remember(user, chosen));
        String back = x.form("back");
        x.ctx().redirect(WebApp.isLocalPage(back) ? back : WebApp.PREFIX + "/", HttpStatus.SEE_OTHER);
    }
}
