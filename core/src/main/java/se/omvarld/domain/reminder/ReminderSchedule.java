package se.omvarld.domain.reminder;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import se.omvarld.domain.access.ReminderPreferences;
import se.omvarld.domain.access.UserAccount;

/**
 * When an e-mail is due (a pure function of the account's choices, what it answers for and the day):
 * <ul>
 *   <li>a reminder of an item is due from {@code due - daysBefore} up to and including the due date: on the first of
 *       those days normally, on a later one if the service was down, never after the due date;</li>
 *   <li>the weekly digest is due on Mondays: what falls due from today through the next {@value #DIGEST_DAYS} days,
 *       and what is overdue (an obligation pending after its due date); a digest that would list nothing is not
 *       sent, so a viewer, who answers for nothing, gets no e-mail.</li>
 * </ul>
 * Whether a due message was already sent is not for the schedule to know: its {@link DeliveryKey} is claimed once.
 */
public final class ReminderSchedule {

    /** How far ahead a digest looks. */
    public static final int DIGEST_DAYS = 30;

    private ReminderSchedule() {
    }

    /** Whether a reminder of an item due on {@code due}, wanted {@code daysBefore} days ahead, is due today. */
    public static boolean reminderDue(LocalDate due, int daysBefore, LocalDate today) {
        return !today.isBefore(due.minusDays(daysBefore)) && !today.isAfter(due);
    }

    /** Whether the weekly digest is due today. */
    public static boolean digestDue(LocalDate today) {
        return today.getDayOfWeek() == DayOfWeek.MONDAY;
    }

    /**
     * The messages due today for {@code account}, given the items it answers for: a reminder per item due today
     * (by due date), then the digest on a Monday if it lists anything. Nothing for a disabled account or one that
     * wants no e-mail.
     */
    public static ImmutableList<ReminderMessage> due(UserAccount account, Collection<DueItem> items, LocalDate today) {
        checkNotNull(account, "account is required");
        checkNotNull(items, "items are required");
        checkNotNull(today, "today is required");
        ReminderPreferences wanted = account.reminders();
        if (account.isDisabled()) {
            return ImmutableList.of();
        }
        ImmutableList.Builder<ReminderMessage> due = ImmutableList.builder();
        wanted.daysBefore().ifPresent(days -> items.stream()
                .filter(item -> reminderDue(item.due(), days, today))
                .forEach(item -> due.add(reminder(account, item, today))));
        if (wanted.weeklyDigest() && digestDue(today)) {
            ReminderMessage digest = digest(account, items, today);
            if (!digest.upcoming().isEmpty() || !digest.overdue().isEmpty()) {
                due.add(digest);
            }
        }
        return due.build();
    }

    /** The reminder of {@code item}, sent today. */
    public static ReminderMessage reminder(UserAccount account, DueItem item, LocalDate today) {
        return new ReminderMessage(DeliveryKey.reminder(account.municipality(), account.id(), item), account, today,
                ImmutableList.of(item), ImmutableList.of());
    }

    /**
     * The digest of the week of today, listing what falls due from today through {@value #DIGEST_DAYS} days ahead
     * and the obligations overdue today.
     */
    public static ReminderMessage digest(UserAccount account, Collection<DueItem> items, LocalDate today) {
        LocalDate last = today.plusDays(DIGEST_DAYS);
        return new ReminderMessage(DeliveryKey.digest(account.municipality(), account.id(), today), account, today,
                items.stream().filter(i -> !i.due().isBefore(today) && !i.due().isAfter(last))
                        .collect(ImmutableList.toImmutableList()),
                items.stream().filter(i -> i.kind() == DueItem.Kind.OBLIGATION && i.due().isBefore(today))
                        .collect(ImmutableList.toImmutableList()));
    }

    /**
     * The message under {@code key} as it reads today, to send again after a failed attempt: the digest of the
     * key's week, or the reminder of the key's item while the account still answers for it and it is still due by
     * the key's date; empty when the message is no longer owed.
     */
    public static Optional<ReminderMessage> again(DeliveryKey key, UserAccount account, Collection<DueItem> items,
            LocalDate today) {
        checkNotNull(key, "key is required");
        if (account.isDisabled() || today.isAfter(key.until()) || !account.id().equals(key.account())) {
            return Optional.empty();
        }
        if (key.kind() == MessageKind.DIGEST) {
            if (!account.reminders().weeklyDigest()) {
                return Optional.empty();
            }
            ReminderMessage asOfToday = digest(account, items, today);
            return Optional.of(new ReminderMessage(key, account, today, asOfToday.upcoming(), asOfToday.overdue()));
        }
        return account.reminders().daysBefore().isEmpty() ? Optional.empty()
                : items.stream().filter(i -> i.subjectKey().equals(key.subject()) && i.due().equals(key.until()))
                        .findFirst().map(i -> reminder(account, i, today));
    }
}
