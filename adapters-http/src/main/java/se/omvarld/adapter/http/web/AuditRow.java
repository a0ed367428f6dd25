package se.omvarld.adapter.http.web;

import java.util.List;
import java.util.stream.Collectors;
import se.omvarld.port.AuditEntry;

/** One change from the audit trail as a record's history shows it: who, when (in Sweden's time), what. */
public record AuditRow(String who, String when, String action, String change) {

    static List<AuditRow> of(List<AuditEntry> trail, Messages m) {
        return trail.stream().map(e -> new AuditRow(e.actor(), m.dateTime(e.at()), m.auditAction(e.action()),
                m.words(e.change())))
                .collect(Collectors.toList());
    }
}
