package se.omvarld.port;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import se.omvarld.domain.reminder.DeliveryKey;

/**
 * Which reminder e-mails were sent (utskick), so that each is sent once however many instances run and however
 * often they restart. A sender first {@linkplain #claim claims} a message's key; only one claimant ever wins, across
 * instances. It then marks the claim {@linkplain #markSent sent} or {@linkplain #markFailed failed}; a failed claim
 * is released for a retry at the time it names. A claim neither marked sent nor failed (its sender died while
 * sending) is never claimed again: a message is sent at most once, and such a loss is the price.
 *
 * <p>Every call is its own transaction when made outside one; instants are kept to the microsecond.
 */
public interface ReminderDeliveries {

    /** Where a delivery stands. */
    enum Status {
        CLAIMED, SENT, FAILED
    }

    /**
     * A delivery as stored.
     *
     * @param attempts how many times it was claimed
     * @param failure  the reason the last attempt failed, while it stands failed
     * @param retryAt  when a failed delivery may be claimed again
     */
    record Delivery(DeliveryKey key, Status status, int attempts, Instant claimedAt, Optional<Instant> sentAt,
            Optional<String> failure, Optional<Instant> retryAt) {
    }

    /**
     * Claims {@code key} at {@code now}: true if this caller won it — the key was never claimed, or it failed and its
     * retry time has come — and false if it is sent, claimed by another sender, or failed and not yet due again.
     *
     * @throws IllegalArgumentException if the key's municipality is not stored
     */
    boolean claim(DeliveryKey key, Instant now);

    /**
     * Records that the claimed message was sent.
     *
     * @throws IllegalStateException if the key is not claimed
     */
    void markSent(DeliveryKey key, Instant at);

    /**
     * Records that sending the claimed message failed, and why (at most 1,000 characters are kept), releasing the
     * claim for a retry from {@code retryAt}.
     *
     * @throws IllegalStateException if the key is not claimed
     */
    void markFailed(DeliveryKey key, String reason, Instant retryAt);

    /**
     * The failed deliveries due for a retry at {@code now} and still owed on {@code today} (their key's last day not
     * passed), in every municipality, by retry time, then municipality and key.
     */
    ImmutableList<DeliveryKey> dueForRetry(Instant now, LocalDate today);

    Optional<Delivery> find(DeliveryKey key);
}
