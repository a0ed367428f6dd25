package se.omvarld.adapter.http.web;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.omvarld.adapter.http.api.ApiServices;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.obligation.ObligationStatus;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.policy.Severity;
import se.omvarld.domain.shared.DateRange;

/**
 * The overview ({@code /app/}): what the coordinator must act on — the reports overdue and due in the next
 * {@value #DAYS_AHEAD} days, the compliance findings by severity (breaches first), the open calls that fit the
 * municipality's priority areas with their deadlines — from the register use cases the API's obligation, compliance
 * and funding routes call.
 */
public final class OverviewPage implements WebRoutes {

    static final int DAYS_AHEAD = 90;

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

    public record OverviewView(String municipality, List<ObligationRow> overdue, List<ObligationRow> dueSoon,
            int findingCount, List<FindingGroup> findings, List<CallRow> calls) {
    }

    @Override
    public void register(WebRouter router) {
        router.get("/", this::overview);
    }

    private void overview(WebRequest x) {
        Messages m = x.m();
        LocalDate today = services.ports().clock().today();
        ImmutableList<ReportingObligation> overdue = x.found(services.register().overdue(x.municipality()));
        ImmutableList<ReportingObligation> coming = x.found(services.register().obligations(x.municipality(),
                DateRange.of(today, today.plusDays(DAYS_AHEAD))));
        ImmutableList<Finding> findings = x.found(services.register().compliance(x.municipality()));
        ImmutableList<Call> calls = x.found(services.funding().openCallsForPriorities(x.municipality()));
        String municipality = x.found(services.register().register(x.municipality())).municipality().name();
        List<FindingGroup> groups = new ArrayList<>();
        for (Severity severity : List.of(Severity.BREACH, Severity.WARNING, Severity.INFO)) {
            List<FindingRow> rows = findings.stream().filter(f -> f.severity() == severity)
                    .sorted(Comparator.comparing(Finding::rule).thenComparing(Finding::since))
                    .map(f -> new FindingRow(f.rule().name(), f.record(), m.date(f.since()), f.explanation()))
                    .collect(Collectors.toList());
            if (!rows.isEmpty()) {
                groups.add(new FindingGroup(m.t("severity." + severity.name()), severity.name().toLowerCase(Locale.ROOT), rows));
            }
        }
        x.render("overview.jte", x.page("overview.title", Page.Section.OVERVIEW), new OverviewView(municipality,
                rows(overdue, m), rows(coming.stream().filter(o -> o.status() == ObligationStatus.PENDING && !o.isOverdue(today))
                        .collect(ImmutableList.toImmutableList()), m),
                findings.size(), groups,
                calls.stream().map(c -> new CallRow(c.title(), m.date(c.deadline()), c.areas().stream()
                        .map(a -> m.t("area." + a.name())).collect(Collectors.joining(", "))))
                        .collect(Collectors.toList())));
    }

    private static List<ObligationRow> rows(List<ReportingObligation> obligations, Messages m) {
        return obligations.stream().sorted(Comparator.comparing(ReportingObligation::due)
                .thenComparing(o -> o.key().value()))
                .map(o -> new ObligationRow(o.kind().rule().map(Enum::name).orElse(""),
                        m.t("obligation." + o.kind().name()), o.subject(), m.date(o.due()), o.responsible().name(),
                        o.recipient().name()))
                .collect(Collectors.toList());
    }
}
