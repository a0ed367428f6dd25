package se.omvarld.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.omvarld.domain.reminder.DeliveryKey;
import se.omvarld.port.MunicipalityRepository;
import se.omvarld.port.ReminderDeliveries;

/**
 * Reminder deliveries in a map keyed by the delivery key, every call under one lock, so that one claimant wins.
 * Standalone rather than part of {@link InMemoryPersistence}'s store: a delivery is recorded outside the use cases'
 * transactions (a claim must hold whatever happens after it), so it has nothing to roll back with them.
 */
public final class InMemoryReminderDeliveries implements ReminderDeliveries {

    private final MunicipalityRepository municipalities;
    private final Map<DeliveryKey, Delivery> deliveries = new LinkedHashMap<>();

    /** Deliveries that check their municipality is stored in {@code municipalities}, as a foreign key would. */
    public InMemoryReminderDeliveries(MunicipalityRepository municipalities) {
        this.municipalities = checkNotNull(municipalities, "municipalities are required");
    }

    @Override
    public synchronized boolean claim(DeliveryKey key, Instant now) {
        checkNotNull(key, "key is required");
        checkNotNull(now, "now is required");
        checkArgument(municipalities.find(key.municipality()).isPresent(), "municipality %s is not stored",
                key.municipality());
        Instant at = micros(now);
        Delivery stored = deliveries.get(key);
        if (stored == null) {
            deliveries.put(key, new Delivery(key, Status.CLAIMED, 1, at, Optional.empty(), Optional.empty(),
                    Optional.empty()));
            return true;
        }
        if (stored.status() == Status.FAILED && !stored.retryAt().orElseThrow().isAfter(at)) {
            deliveries.put(key, new Delivery(key, Status.CLAIMED, stored.attempts() + 1, at, Optional.empty(),
                    Optional.empty(), Optional.empty()));
            return true;
        }
        return false;
    }

    @Override
    public synchronized void markSent(DeliveryKey key, Instant at) {
        checkNotNull(at, "at is required");
        Delivery claimed = claimed(key);
        deliveries.put(key, new Delivery(key, Status.SENT, claimed.attempts(), claimed.claimedAt(),
                Optional.of(micros(at)), Optional.empty(), Optional.empty()));
    }

    @Override
    public synchronized void markFailed(DeliveryKey key, String reason, Instant retryAt) {
        checkNotNull(reason, "reason is required");
        checkNotNull(retryAt, "retryAt is required");
        Delivery claimed = claimed(key);
        deliveries.put(key, new Delivery(key, Status.FAILED, claimed.attempts(), claimed.claimedAt(),
                Optional.empty(), Optional.of(reason.length() > 1000 ? reason.substring(0, 1000) : reason),
                Optional.of(micros(retryAt))));
    }

    @Override
    public synchronized ImmutableList<DeliveryKey> dueForRetry(Instant now, LocalDate today) {
        checkNotNull(now, "now is required");
        checkNotNull(today, "today is required");
        return deliveries.values().stream()
                .filter(d -> d.status() == Status.FAILED && !d.retryAt().orElseThrow().isAfter(now)
                        && !d.key().until().isBefore(today))
                .sorted(Comparator.comparing((Delivery d) -> d.retryAt().orElseThrow())
                        .thenComparing(d -> d.key().municipality().value())
                        .thenComparing(d -> d.key().value()))
                .map(Delivery::key).collect(ImmutableList.toImmutableList());
    }

    @Override
    public synchronized Optional<Delivery> find(DeliveryKey key) {
        checkNotNull(key, "key is required");
        return Optional.ofNullable(deliveries.get(key));
    }

    private Delivery claimed(DeliveryKey key) {
        checkNotNull(key, "key is required");
        Delivery stored = deliveries.get(key);
        checkState(stored != null && stored.status() == Status.CLAIMED, "delivery %s is not claimed", key);
        return stored;
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
