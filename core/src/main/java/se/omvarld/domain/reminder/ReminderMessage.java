package se.omvarld.domain.reminder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import se.omvarld.domain.access.UserAccount;

/**
 * One e-mail to send: a reminder of one item, or a weekly digest of what falls due in the next
 * {@value ReminderSchedule#DIGEST_DAYS} days ({@code upcoming}) and what is overdue ({@code overdue}), as of
 * {@code on}. A digest may list nothing; a reminder lists exactly its one item, upcoming.
 */
public record ReminderMessage(DeliveryKey key, UserAccount recipient, LocalDate on, ImmutableList<DueItem> upcoming,
        ImmutableList<DueItem> overdue) {

    public ReminderMessage {
        checkNotNull(key, "key is required");
        checkNotNull(recipient, "recipient is required");
        checkArgument(key.account().equals(recipient.id()) && key.municipality().equals(recipient.municipality()),
                "the key %s is not the recipient's", key);
        checkNotNull(on, "on is required");
        checkArgument(!on.isAfter(key.until()), "%s cannot be sent after %s", key, key.until());
        upcoming = ImmutableList.copyOf(checkNotNull(upcoming, "upcoming is required"));
        overdue = ImmutableList.copyOf(checkNotNull(overdue, "overdue is required"));
        checkArgument(key.kind() == MessageKind.DIGEST || (upcoming.size() == 1 && overdue.isEmpty()
                        && upcoming.get(0).subjectKey().equals(key.subject())),
                "a reminder lists exactly the item its key names");
    }

    public MessageKind kind() {
        return key.kind();
    }
}
