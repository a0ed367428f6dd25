package se.omvarld.domain.reminder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.shared.Text;

/**
 * Something a person answers for that falls due on a day: a pending reporting obligation (its due date) or an open
 * call for applications (its deadline, sista ansökningsdag).
 *
 * @param reference the obligation's key or the call's id: what a link to the record is made from
 * @param title     the obligation's subject or the call's title
 * @param obligation the obligation's kind; empty for a call
 */
public record DueItem(Kind kind, String reference, String title, LocalDate due,
        Optional<ObligationKind> obligation) {

    /** What falls due. */
    public enum Kind {
        OBLIGATION, CALL_DEADLINE
    }

    public DueItem {
        checkNotNull(kind, "kind is required");
        reference = Text.required("reference", reference);
        title = Text.required("title", title);
        checkNotNull(due, "due is required");
        checkNotNull(obligation, "obligation is required (may be empty)");
        checkArgument(obligation.isPresent() == (kind == Kind.OBLIGATION),
                "an obligation names its kind, and only an obligation does");
    }

    public static DueItem of(ReportingObligation obligation) {
        return new DueItem(Kind.OBLIGATION, obligation.key().value(), obligation.subject(), obligation.due(),
                Optional.of(obligation.kind()));
    }

    public static DueItem of(Call call) {
        return new DueItem(Kind.CALL_DEADLINE, call.id().toString(), call.title(), call.deadline(), Optional.empty());
    }

    /** What a delivery key names this item by, the same on every run: {@code obligation:R5/annual-compilation/2025}. */
    public String subjectKey() {
        return (kind == Kind.OBLIGATION ? "obligation:" : "call:") + reference;
    }
}
