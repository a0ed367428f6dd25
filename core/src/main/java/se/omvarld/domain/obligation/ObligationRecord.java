package se.omvarld.domain.obligation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Text;

/**
 * What was done about an obligation: submitted (with the day it reached its recipient) or waived (with the reason).
 * The planner derives every obligation afresh; these records are what it remembers.
 */
public record ObligationRecord(ObligationKey key, MunicipalityCode municipality, ObligationStatus status,
        LocalDate on, String note, long version) {

    public ObligationRecord {
        checkNotNull(key, "obligation key is required");
        checkNotNull(municipality, "municipality is required");
        checkNotNull(status, "status is required");
        checkArgument(status != ObligationStatus.PENDING, "a record says submitted or waived, not pending");
        checkNotNull(on, "on is required");
        note = Text.required("note", note);
        checkArgument(version >= 0, "version must not be negative");
    }

    public static ObligationRecord submitted(ObligationKey key, MunicipalityCode municipality, LocalDate on,
            String note) {
        return new ObligationRecord(key, municipality, ObligationStatus.SUBMITTED, on, note, 0);
    }

    public static ObligationRecord waived(ObligationKey key, MunicipalityCode municipality, LocalDate on,
            String reason) {
        return new ObligationRecord(key, municipality, ObligationStatus.WAIVED, on, reason, 0);
    }

    public ObligationRecord withVersion(long newVersion) {
        return new ObligationRecord(key, municipality, status, on, note, newVersion);
    }
}
