package se.omvarld.adapter.http.web;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.omvarld.adapter.http.api.ApiServices;
import se.omvarld.application.RegisterUseCases;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.policy.Severity;
import se.omvarld.port.AuditEntry;

/**
 * The overview ({@code /app/}): what the coordinator must act on — the reports overdue and due in the next
 * {@value #DAYS_AHEAD} days, the compliance findings by severity (breaches first), the open calls that fit the
 * municipality's priority areas with their deadlines — from the register's overview (the same planner and compliance
 * check the API's obligation and compliance routes ask, in one run) and the funding use cases — and the latest
 * {@value #CHANGES} changes of the audit trail, who made them and when; all read in one transaction.
 */
public final class OverviewPage implements WebRoutes {

    static final int DAYS_AHEAD = 90;
    static final int CHANGES = 10;

    private final ApiServices services;

    OverviewPage(ApiServices services) {
        this.services = services;
    }

    /** An obligation as the overview lists it, its words and date in the page's language. */
    public record ObligationRow(String rule, String kind, String subject, String due, String responsible,
            String recipient) {
    }

    /** A finding as listed. */
    public record FindingRow(String rule, String record, String since, String explanation) {
    }

    /** The findings of one severity. */
    public record FindingGroup(String severity, String cssClass, List<FindingRow> findings) {
    }

    /** An open call as listed. */
    public record CallRow(String title, String deadline, String areas) {
    }

    /** A change of the audit trail as listed: when, who, to what kind of record, and what. */
    public record ChangeRow(String at, String actor, String record, String action, String change) {
    }

    public record OverviewView(String municipality, List<ObligationRow> overdue, List<ObligationRow> dueSoon,
            int findingCount, List<FindingGroup> findings, List<CallRow> calls, List<ChangeRow> changes) {
    }

    @Override
    public void register(WebRouter router) {
        router.get("/", this::overview);
    }

    /** What the page reads, in one transaction. */
    private record Reads(String municipality, RegisterUseCases.Overview register, ImmutableList<Call> calls,
            ImmutableList<AuditEntry> changes) {
    }

    private void overview(WebRequest x) {
        Messages m = x.m();
        Reads reads = services.ports().transactions().inTransaction(() -> new Reads(
                x.found(services.register().register(x.municipality())).municipality().name(),
                x.found(services.register().overview(x.municipality(), DAYS_AHEAD)),
                x.found(services.funding().openCallsForPriorities(x.municipality())),
                services.ports().audit().latest(x.municipality(), CHANGES)));
        List<FindingGroup> groups = new ArrayList<>();
        for (Severity severity : List.of(Severity.BREACH, Severity.WARNING, Severity.INFO)) {
            List<FindingRow> rows = reads.register().findings().stream().filter(f -> f.severity() == severity)
                    .sorted(Comparator.comparing(Finding::rule).thenComparing(Finding::since))
                    .map(f -> new FindingRow(f.rule().name(), m.words(f.reference()), m.date(f.since()),
                            m.words(f.wording())))
                    .collect(Collectors.toList());
            if (!rows.isEmpty()) {
                groups.add(new FindingGroup(m.t("severity." + severity.name()),
                        severity.name().toLowerCase(Locale.ROOT), rows));
            }
        }
        x.render("overview.jte", x.page("overview.title", Page.Section.OVERVIEW), new OverviewView(
                reads.municipality(), rows(reads.register().overdue(), m), rows(reads.register().dueSoon(), m),
                reads.register().findings().size(), groups,
                reads.calls().stream().map(c -> new CallRow(c.title(), m.date(c.deadline()), c.areas().stream()
                        .map(a -> m.t("area." + a.name())).collect(Collectors.joining(", "))))
                        .collect(Collectors.toList()),
                reads.changes().stream().map(e -> new ChangeRow(m.dateTime(e.at()), e.actor(), m.has("audit.type."
                        + e.aggregateType()) ? m.t("audit.type." + e.aggregateType()) : e.aggregateType(),
                        m.auditAction(e.action()), m.words(e.change()))).collect(Collectors.toList())));
    }

    private static List<ObligationRow> rows(List<ReportingObligation> obligations, Messages m) {
        return obligations.stream().sorted(Comparator.comparing(ReportingObligation::due)
                .thenComparing(o -> o.key().value()))
                .map(o -> new ObligationRow(o.kind().rule().map(Enum::name).orElse(""),
                        ObligationWords.kind(o, m), ObligationWords.subject(o, m), m.date(o.due()),
                        o.responsible().name(),
                        o.recipient().name()))
                .collect(Collectors.toList());
    }
}
