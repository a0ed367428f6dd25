package se.omvarld.domain.obligation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Text;

/**
 * A report the municipality owes (rapporteringsskyldighet): what, about which record, triggered when, due when,
 * who answers for it and who receives it, and whether it was submitted or waived.
 *
 * @param subject  what the report is about, e.g. "2025" or the visit's purpose
 * @param trigger  the day the obligation arose (a year's end, a visit's last day, a term's end); never after due
 * @param settled  the submission or waiver, if recorded
 */
public record ReportingObligation(ObligationKey key, MunicipalityCode municipality, ObligationKind kind,
        String subject, LocalDate trigger, LocalDate due, Body responsible, Body recipient,
        Optional<ObligationRecord> settled) {

    public ReportingObligation {
        checkNotNull(key, "key is required");
        checkNotNull(municipality, "municipality is required");
        checkNotNull(kind, "kind is required");
        subject = Text.required("subject", subject);
        checkNotNull(trigger, "trigger is required");
        checkNotNull(due, "due is required");
        checkArgument(!due.isBefore(trigger), "%s is due %s, before its trigger %s", key, due, trigger);
        checkNotNull(responsible, "responsible is required");
        checkNotNull(recipient, "recipient is required");
        checkNotNull(settled, "settled is required (may be empty)");
        settled.ifPresent(r -> checkArgument(r.key().equals(key), "record %s does not belong to %s", r.key(), key));
    }

    public ObligationStatus status() {
        return settled.map(ObligationRecord::status).orElse(ObligationStatus.PENDING);
    }

    /** Pending after its due date. */
    public boolean isOverdue(LocalDate today) {
        return status() == ObligationStatus.PENDING && today.isAfter(due);
    }
}
