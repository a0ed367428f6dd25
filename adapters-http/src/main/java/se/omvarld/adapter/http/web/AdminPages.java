package se.omvarld.adapter.http.web;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.omvarld.adapter.http.Passwords;
import se.omvarld.adapter.http.TokenSecrets;
import se.omvarld.application.AccessCommands;
import se.omvarld.application.AccountCommands;
import se.omvarld.application.Result;
import se.omvarld.domain.access.ApiToken;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.municipality.Municipality;

/**
 * The administration of who may use the register (behörighet), for the municipality's admins: the web app's user
 * accounts (open one with a role and, for a unit editor, its unit; change the role; disable) and the API's tokens
 * (issue one, revoke). A new account's password and a new token's secret are made here and shown once, on the page
 * that answers the form; only their hashes are kept. Every change goes through the same use cases as the API's, in
 * the admin's name, so the audit trail shows who did it.
 */
public final class AdminPages implements WebRoutes {

    private final WebApp app;

    AdminPages(WebApp app) {
        this.app = app;
    }

    /** An account as listed, with what its row's forms need. */
    public record UserRow(String id, String name, String email, String role, String unit, boolean disabled,
            String version, List<Choice> roles, List<Choice> units) {
    }

    /**
     * The accounts, the form opening one (values typed, errors), and the password of the account just opened,
     * shown this once (empty otherwise).
     */
    public record UsersView(List<UserRow> users, Form form, List<Choice> roles, List<Choice> units, String opened,
            String password) {
    }

    /** A token as listed. */
    public record TokenRow(String id, String owner, String role, String unit, String created, String revoked) {
    }

    /** The tokens, the form issuing one, and the secret of the token just issued, shown this once. */
    public record TokensView(List<TokenRow> tokens, Form form, List<Choice> roles, List<Choice> units, String issued,
            String secret) {
    }

    @Override
    public void register(WebRouter router) {
        router.get("/admin/users", this::users);
        router.post("/admin/users", this::open);
        router.post("/admin/users/{id}/role", this::changeRole);
        router.post("/admin/users/{id}/disable", this::disable);
        router.get("/admin/tokens", this::tokens);
        router.post("/admin/tokens", this::issue);
        router.post("/admin/tokens/{id}/revoke", this::revoke);
    }

    private void users(WebRequest x) {
        x.requireRole(Role.ADMIN);
        renderUsers(x, 200, Form.empty(), "", "");
    }

    private void open(WebRequest x) {
        x.requireRole(Role.ADMIN);
        Map<String, String> typed = x.form("name", "email", "role", "unit");
        Form form = Form.of(typed);
        Optional<Role> role = role(typed.get("role"));
        if (role.isEmpty()) {
            form.error("role", x.m().t("admin.role.invalid"));
            renderUsers(x, 400, form, "", "");
            return;
        }
        String password = Passwords.generate();
        Result<UserAccount> opened = app.accountUseCases().open(new AccountCommands.Open(x.actor(),
                x.municipality().value(), typed.get("email"), typed.get("name"), role.get(),
                blankToNull(typed.get("unit")), Passwords.hash(password.toCharArray()), x.language()));
        if (opened instanceof Result.Ok<UserAccount> ok) {
            renderUsers(x, 201, Form.empty(), ok.value().email().value(), password);
        } else {
            renderUsers(x, opened instanceof Result.Refused<UserAccount> ? 409 : 400, form.failed(opened, x.m()), "",
                    "");
        }
    }

    private void changeRole(WebRequest x) {
        x.requireRole(Role.ADMIN);
        Map<String, String> typed = x.form("role", "unit", "version");
        Form form = Form.of(typed);
        Optional<Role> role = role(typed.get("role"));
        Long version = FormValues.version(form, "version", x.m());
        if (role.isEmpty() || version == null) {
            renderUsers(x, 400, role.isEmpty() ? form.generalError(x.m().t("admin.role.invalid")) : form, "", "");
            return;
        }
        answer(x, app.accountUseCases().changeRole(new AccountCommands.ChangeRole(x.actor(),
                x.municipality().value(), x.pathParam("id"), version, role.get(),
                role.get() == Role.UNIT_EDITOR ? blankToNull(typed.get("unit")) : null)));
    }

    private void disable(WebRequest x) {
        x.requireRole(Role.ADMIN);
        Form form = Form.of(Map.of("version", x.form("version")));
        Long version = FormValues.version(form, "version", x.m());
        if (version == null) {
            renderUsers(x, 400, form, "", "");
            return;
        }
        answer(x, app.accountUseCases().disable(new AccountCommands.Disable(x.actor(), x.municipality().value(),
                x.pathParam("id"), version)));
    }

    /** After a change to a listed account: the list again, or why the change was not made. */
    private void answer(WebRequest x, Result<UserAccount> changed) {
        if (changed.isOk()) {
            x.redirect("/admin/users");
        } else if (changed instanceof Result.NotFound<UserAccount>) {
            throw x.notFound();
        } else if (changed instanceof Result.Conflict<UserAccount>) {
            renderUsers(x, 409, Form.empty().generalError(x.m().t("admin.users.stale")), "", "");
        } else {
            renderUsers(x, 400, Form.empty().failed(changed, x.m()), "", "");
        }
    }

    private void renderUsers(WebRequest x, int status, Form form, String opened, String password) {
        Messages m = x.m();
        Municipality municipality = municipality(x);
        List<UserRow> rows = new ArrayList<>();
        for (UserAccount a : x.found(app.accountUseCases().list(x.municipality()))) {
            rows.add(new UserRow(a.id(), a.name(), a.email().value(), m.t("role." + a.role().name()),
                    a.unit().map(municipality::unitName).orElse(""), a.isDisabled(), String.valueOf(a.version()),
                    roles(m, a.role().name()), units(municipality, a.unit().map(u -> u.value()).orElse(""), m)));
        }
        x.render(status, "admin/users.jte", x.page("admin.users.title", Page.Section.ADMINISTRATION),
                new UsersView(rows, form, roles(m, form.value("role")), units(municipality, form.value("unit"), m),
                        opened, password));
    }

    private void tokens(WebRequest x) {
        x.requireRole(Role.ADMIN);
        renderTokens(x, 200, Form.empty(), "", "");
    }

    private void issue(WebRequest x) {
        x.requireRole(Role.ADMIN);
        Map<String, String> typed = x.form("owner", "role", "unit");
        Form form = Form.of(typed);
        Optional<Role> role = role(typed.get("role"));
        if (role.isEmpty()) {
            form.error("role", x.m().t("admin.role.invalid"));
            renderTokens(x, 400, form, "", "");
            return;
        }
        String secret = TokenSecrets.newSecret();
        Result<ApiToken> issued = app.services().access().issue(new AccessCommands.Issue(x.actor(),
                x.municipality().value(), role.get(), typed.get("owner"), blankToNull(typed.get("unit")),
                TokenSecrets.hash(secret)));
        if (issued instanceof Result.Ok<ApiToken> ok) {
            renderTokens(x, 201, Form.empty(), ok.value().owner(), secret);
        } else {
            renderTokens(x, 400, form.failed(issued, x.m()), "", "");
        }
    }

    private void revoke(WebRequest x) {
        x.requireRole(Role.ADMIN);
        ApiToken revoked = x.found(app.services().access().revoke(new AccessCommands.Revoke(x.actor(),
                x.municipality().value(), x.pathParam("id"))));
        // The API remembers a token for a few seconds; a revocation must take effect from the next request on.
        app.services().authentication().forget(revoked.hash());
        x.redirect("/admin/tokens");
    }

    private void renderTokens(WebRequest x, int status, Form form, String issued, String secret) {
        Messages m = x.m();
        Municipality municipality = municipality(x);
        ImmutableList<ApiToken> tokens = x.found(app.services().access().list(x.municipality()));
        List<TokenRow> rows = tokens.stream().map(t -> new TokenRow(t.id(), t.owner(), m.t("role." + t.role().name()),
                t.unit().map(municipality::unitName).orElse(""), m.dateTime(t.createdAt()),
                t.revokedAt().map(m::dateTime).orElse(""))).toList();
        x.render(status, "admin/tokens.jte", x.page("admin.tokens.title", Page.Section.ADMINISTRATION),
                new TokensView(rows, form, roles(m, form.value("role")), units(municipality, form.value("unit"), m),
                        issued, secret));
    }

    private Municipality municipality(WebRequest x) {
        return x.found(app.services().register().register(x.municipality())).municipality();
    }

    private static List<Choice> roles(Messages m, String chosen) {
        List<Choice> roles = new ArrayList<>();
        for (Role role : Role.values()) {
            roles.add(new Choice(role.name(), m.t("role." + role.name()), role.name().equals(chosen)));
        }
        return roles;
    }

    /** The municipality's units, after a choice of none (the only right one for any role but a unit editor). */
    private static List<Choice> units(Municipality municipality, String chosen, Messages m) {
        List<Choice> units = new ArrayList<>();
        units.add(new Choice("", m.t("admin.unit.none"), chosen.isEmpty()));
        municipality.units().forEach(u -> units.add(new Choice(u.id().value(), u.name(),
                u.id().value().equals(chosen))));
        return units;
    }

    private static Optional<Role> role(String typed) {
        try {
            return Optional.of(Role.valueOf(typed.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notARole) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
