package se.omvarld.domain.reminder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Text;

/**
 * The stable key of one e-mail (leveransnyckel), the same on every run and every instance, so that it is sent once:
 * the recipient's account, the kind, and the item and its due date for a reminder, or the ISO week for a digest,
 * e.g. {@code anna/reminder/obligation:R5/annual-compilation/2025/2026-03-31} or {@code anna/digest/2026-W11}.
 *
 * @param subject the item's {@linkplain DueItem#subjectKey() subject key} for a reminder, the ISO week for a digest
 * @param until   the last day the message may be sent: the item's due date, or the Sunday that ends the digest's week
 */
public record DeliveryKey(MunicipalityCode municipality, String account, MessageKind kind, String subject,
        LocalDate until) {

    /** The longest value: an account id, a kind, an obligation key of 200 characters and a date fit well within. */
    public static final int MAX_LENGTH = 500;

    public DeliveryKey {
        checkNotNull(municipality, "municipality is required");
        account = Text.required("account", account);
        checkNotNull(kind, "kind is required");
        subject = Text.required("subject", subject);
        checkNotNull(until, "until is required");
        checkArgument(kind != MessageKind.DIGEST || (until.getDayOfWeek() == DayOfWeek.SUNDAY
                        && subject.equals(isoWeek(until))),
                "a digest's key names its ISO week and the Sunday that ends it");
        checkArgument(value(account, kind, subject, until).length() <= MAX_LENGTH,
                "a delivery key must be at most %s characters", MAX_LENGTH);
    }

    /** The key of the reminder of {@code item} to {@code account}. */
    public static DeliveryKey reminder(MunicipalityCode municipality, String account, DueItem item) {
        return new DeliveryKey(municipality, account, MessageKind.REMINDER, item.subjectKey(), item.due());
    }

    /** The key of the digest of the ISO week of {@code day} to {@code account}. */
    public static DeliveryKey digest(MunicipalityCode municipality, String account, LocalDate day) {
        LocalDate sunday = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return new DeliveryKey(municipality, account, MessageKind.DIGEST, isoWeek(day), sunday);
    }

    /** The key as one text, unique within the municipality. */
    public String value() {
        return value(account, kind, subject, until);
    }

    private static String value(String account, MessageKind kind, String subject, LocalDate until) {
        String kindName = kind.name().toLowerCase(Locale.ROOT);
        return kind == MessageKind.DIGEST ? account + "/" + kindName + "/" + subject
                : account + "/" + kindName + "/" + subject + "/" + until;
    }

    /** E.g. {@code 2026-W11}. */
    static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    @Override
    public String toString() {
        return municipality + ":" + value();
    }
}
