package se.omvarld.adapter.http.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.omvarld.adapter.http.api.ApiServices;
import se.omvarld.application.ObligationCommands;
import se.omvarld.application.Result;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.obligation.ObligationStatus;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.shared.DateRange;

/**
 * The reporting obligations ({@code /app/obligations}): the reports the policy makes the municipality owe in a year,
 * with their status, and the coordinator's forms that record one as submitted to its recipient or waived (with the
 * reason), over the register use cases the API's obligation routes call. An obligation's key holds slashes, so it
 * travels as a query parameter and a form field, not a path segment.
 */
public final class ObligationPages implements WebRoutes {

    static final String SUBMIT = "submit";
    static final String WAIVE = "waive";

    private final ApiServices services;

    ObligationPages(ApiServices services) {
        this.services = services;
    }

    /** One obligation as listed; {@code submitHref} and {@code waiveHref} are null when it cannot be settled here. */
    public record Row(String rule, String kind, String subject, String due, String responsible, String recipient,
            String status, boolean overdue, String submitHref, String waiveHref) {
    }

    public record ListView(Form filters, List<Row> rows) {
    }

    public record SettleView(String key, String action, String subject, String kind, String due, String heading,
            Form form) {
    }

    @Override
    public void register(WebRouter router) {
        router.get("/obligations", this::list);
        router.get("/obligations/settle", this::settleForm);
        router.post("/obligations/settle", this::settle);
    }

    private void list(WebRequest x) {
        Messages m = x.m();
        LocalDate today = services.ports().clock().today();
        Form filters = Form.of(Map.of("year", x.query("year").orElse(Integer.toString(today.getYear()))));
        int year = today.getYear();
        try {
            year = Integer.parseInt(filters.value("year").strip());
            if (year < 1900 || year > 2200) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException notAYear) {
            filters.error("year", m.t("project.filter.year.invalid"));
        }
        List<Row> rows = List.of();
        if (!filters.hasErrors()) {
            boolean mayChange = x.user().role().changesTheWholeRegister();
            rows = x.found(services.register().obligations(x.municipality(), DateRange.year(year))).stream()
                    .sorted(Comparator.comparing(ReportingObligation::due).thenComparing(ReportingObligation::key))
                    .map(o -> row(o, today, mayChange, m)).collect(Collectors.toList());
        }
        x.render(filters.hasErrors() ? 400 : 200, "obligations/list.jte", x.page("obligation.list.title",
                Page.Section.OVERVIEW), new ListView(filters, rows));
    }

    private static Row row(ReportingObligation o, LocalDate today, boolean mayChange, Messages m) {
        boolean pending = o.status() == ObligationStatus.PENDING;
        String query = "/obligations/settle?key=" + java.net.URLEncoder.encode(o.key().value(),
                java.nio.charset.StandardCharsets.UTF_8) + "&action=";
        return new Row(o.kind().rule().map(Enum::name).orElse(""), m.t("obligation." + o.kind().name()),
                o.subject(), m.date(o.due()), o.responsible().name(), o.recipient().name(),
                m.t("obligation.status." + o.status().name()) + o.settled().map(ObligationRecord::on)
                        .map(d -> " " + m.date(d)).orElse(""), pending && o.isOverdue(today),
                pending && mayChange ? WebRequest.link(query + SUBMIT) : null,
                pending && mayChange ? WebRequest.link(query + WAIVE) : null);
    }

    private void settleForm(WebRequest x) {
        x.requireRole(Role.ADMIN, Role.COORDINATOR);
        String action = action(x, x.query("action").orElse(""));
        ReportingObligation o = find(x, x.query("key").orElse(""));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("on", services.ports().clock().today().toString());
        render(x, 200, o, action, Form.of(values));
    }

    private void settle(WebRequest x) {
        x.requireRole(Role.ADMIN, Role.COORDINATOR);
        Messages m = x.m();
        String action = action(x, x.form("action"));
        ReportingObligation o = find(x, x.form("key"));
        Form form = Form.of(x.form("on", "note"));
        LocalDate on = FormValues.date(form, "on", m);
        if (form.value("note").isBlank()) {
            form.error("note", m.t(action.equals(WAIVE) ? "obligation.note.why" : "obligation.note.missing"));
        }
        if (form.hasErrors()) {
            render(x, 400, o, action, form);
            return;
        }
        Result<ObligationRecord> result = services.register().settle(new ObligationCommands.Settle(x.actor(),
                x.municipality().value(), o.key().value(), action.equals(WAIVE), on, form.value("note").strip()));
        if (result.isOk()) {
            x.redirect("/obligations?year=" + o.due().getYear());
        } else if (result instanceof Result.Conflict<ObligationRecord>) {
            render(x, 409, o, action, form.generalError(m.t("obligation.settled")));
        } else if (result instanceof Result.NotFound<ObligationRecord>) {
            throw x.notFound();
        } else {
            render(x, result instanceof Result.Invalid ? 400 : 409, o, action, form.failed(result, x.m()));
        }
    }

    private static String action(WebRequest x, String action) {
        if (!action.equals(SUBMIT) && !action.equals(WAIVE)) {
            throw x.notFound();
        }
        return action;
    }

    /** The obligation the planner knows by {@code key} today, in any year; the 404 page for another. */
    private ReportingObligation find(WebRequest x, String key) {
        ObligationKey obligation;
        try {
            obligation = new ObligationKey(key);
        } catch (IllegalArgumentException notAKey) {
            throw x.notFound();
        }
        return x.found(services.register().obligation(x.municipality(), obligation));
    }

    private void render(WebRequest x, int status, ReportingObligation o, String action, Form form) {
        Messages m = x.m();
        String heading = m.t("obligation.action." + action);
        x.render(status, "obligations/settle.jte", x.pageTitled(heading + ": " + o.subject(),
                Page.Section.OVERVIEW), new SettleView(o.key().value(), action, o.subject(),
                m.t("obligation." + o.kind().name()), m.date(o.due()), heading, form));
    }
}
