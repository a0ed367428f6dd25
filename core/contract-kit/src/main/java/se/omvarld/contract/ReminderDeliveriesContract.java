package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.reminder.DeliveryKey;
import se.omvarld.domain.reminder.MessageKind;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.ReminderDeliveries;
import se.omvarld.port.ReminderDeliveries.Delivery;
import se.omvarld.port.ReminderDeliveries.Status;

/**
 * What every {@link ReminderDeliveries} must do: one claimant wins a key, however many try at once; a sent message
 * is never claimed again; a failed one is released at its retry time. Every test works on fresh keys in a
 * municipality of its own; the retry listing spans every municipality, so tests look only at their own keys in it.
 */
public abstract class ReminderDeliveriesContract extends PersistenceContract {

    /** 2026-03-02 07:00:00.123456 UTC: microseconds, which every store keeps. */
    private static final Instant NOW = Instant.parse("2026-03-02T07:00:00.123456Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    /** The deliveries under test, on the same store as {@link #persistence()}. */
    protected abstract ReminderDeliveries deliveries();

    private static DeliveryKey reminder(MunicipalityCode municipality, LocalDate due) {
        return new DeliveryKey(municipality, "acc-" + UUID.randomUUID(), MessageKind.REMINDER,
                "obligation:R5/annual-compilation/2025", due);
    }

    private static DeliveryKey reminder(MunicipalityCode municipality) {
        return reminder(municipality, TODAY.plusDays(14));
    }

    @Test
    void the_first_claim_of_a_key_wins_and_every_later_one_loses() {
        DeliveryKey key = reminder(newMunicipality());

        assertThat(deliveries().claim(key, NOW)).isTrue();
        assertThat(deliveries().claim(key, NOW.plusSeconds(1))).isFalse();
        assertThat(deliveries().find(key)).get().extracting(Delivery::status, Delivery::attempts, Delivery::claimedAt)
                .containsExactly(Status.CLAIMED, 1, NOW);
    }

    @Test
    void of_many_claimants_at_once_exactly_one_wins() throws Exception {
        DeliveryKey key = reminder(newMunicipality());
        int claimants = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(claimants);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < claimants; i++) {
                Callable<Boolean> claim = () -> {
                    start.await();
                    return deliveries().claim(key, NOW);
                };
                claims.add(pool.submit(claim));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_sent_delivery_is_never_claimed_again() {
        DeliveryKey key = reminder(newMunicipality());
        deliveries().claim(key, NOW);

        deliveries().markSent(key, NOW.plusSeconds(2));

        assertThat(deliveries().claim(key, NOW.plusSeconds(86_400))).isFalse();
        Delivery sent = deliveries().find(key).orElseThrow();
        assertThat(sent.status()).isEqualTo(Status.SENT);
        assertThat(sent.sentAt()).contains(NOW.plusSeconds(2));
        assertThat(sent.failure()).isEmpty();
        assertThat(sent.retryAt()).isEmpty();
    }

    @Test
    void a_failed_delivery_keeps_its_reason_and_is_claimed_again_from_its_retry_time_on() {
        DeliveryKey key = reminder(newMunicipality());
        deliveries().claim(key, NOW);
        Instant retryAt = NOW.plusSeconds(1800);

        deliveries().markFailed(key, "Connection refused: smtp.kommun.se", retryAt);

        Delivery failed = deliveries().find(key).orElseThrow();
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.failure()).contains("Connection refused: smtp.kommun.se");
        assertThat(failed.retryAt()).contains(retryAt);
        assertThat(deliveries().claim(key, retryAt.minusNanos(1000))).isFalse();
        assertThat(deliveries().claim(key, retryAt)).isTrue();
        assertThat(deliveries().claim(key, retryAt)).isFalse();
        assertThat(deliveries().find(key)).get().extracting(Delivery::status, Delivery::attempts, Delivery::failure)
                .containsExactly(Status.CLAIMED, 2, Optional.empty());
    }

    @Test
    void a_failure_s_reason_is_kept_to_a_thousand_characters() {
        DeliveryKey key = reminder(newMunicipality());
        deliveries().claim(key, NOW);

        deliveries().markFailed(key, Strings.repeat("å", 1500), NOW.plusSeconds(60));

        assertThat(deliveries().find(key).orElseThrow().failure()).contains(Strings.repeat("å", 1000));
    }

    @Test
    void only_a_claimed_delivery_is_marked_sent_or_failed() {
        DeliveryKey unclaimed = reminder(newMunicipality());
        DeliveryKey sent = reminder(newMunicipality());
        deliveries().claim(sent, NOW);
        deliveries().markSent(sent, NOW);

        assertThatThrownBy(() -> deliveries().markSent(unclaimed, NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> deliveries().markFailed(unclaimed, "down", NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> deliveries().markFailed(sent, "down", NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThat(deliveries().find(unclaimed)).isEmpty();
        assertThat(deliveries().find(sent)).get().extracting(Delivery::status).isEqualTo(Status.SENT);
    }

    @Test
    void a_claim_in_a_municipality_not_stored_is_refused() {
        DeliveryKey key = reminder(unusedMunicipalityCode());

        assertThatThrownBy(() -> deliveries().claim(key, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(deliveries().find(key)).isEmpty();
    }

    @Test
    void the_same_key_in_another_municipality_is_another_delivery() {
        DeliveryKey inA = reminder(newMunicipality());
        DeliveryKey inB = new DeliveryKey(newMunicipality(), inA.account(), inA.kind(), inA.subject(), inA.until());
        deliveries().claim(inA, NOW);
        deliveries().markSent(inA, NOW);

        assertThat(deliveries().claim(inB, NOW)).isTrue();
    }

    @Test
    void a_digest_and_a_reminder_of_one_account_are_delivered_apart() {
        MunicipalityCode municipality = newMunicipality();
        DeliveryKey reminder = reminder(municipality);
        DeliveryKey digest = DeliveryKey.digest(municipality, reminder.account(), TODAY);

        assertThat(deliveries().claim(reminder, NOW)).isTrue();
        assertThat(deliveries().claim(digest, NOW)).isTrue();
        assertThat(deliveries().find(digest)).get().extracting(Delivery::key).isEqualTo(digest);
    }

    @Test
    void the_retries_due_are_the_failed_deliveries_whose_time_has_come_and_whose_last_day_has_not_passed() {
        MunicipalityCode municipality = newMunicipality();
        DeliveryKey later = failed(reminder(municipality), NOW.minusSeconds(60));
        DeliveryKey earlier = failed(reminder(municipality), NOW.minusSeconds(3600));
        DeliveryKey lastDayToday = failed(reminder(municipality, TODAY), NOW.minusSeconds(1800));
        DeliveryKey notYet = failed(reminder(municipality), NOW.plusSeconds(60));
        DeliveryKey tooLate = failed(reminder(municipality, TODAY.minusDays(1)), NOW.minusSeconds(60));
        DeliveryKey sent = reminder(municipality);
        deliveries().claim(sent, NOW.minusSeconds(7200));
        deliveries().markSent(sent, NOW.minusSeconds(7200));
        DeliveryKey claimed = reminder(municipality);
        deliveries().claim(claimed, NOW.minusSeconds(7200));

        List<DeliveryKey> due = deliveries().dueForRetry(NOW, TODAY).stream()
                .filter(k -> k.municipality().equals(municipality)).toList();

        assertThat(due).containsExactly(earlier, lastDayToday, later);
        assertThat(due).doesNotContain(notYet, tooLate, sent, claimed);
    }

    @Test
    void a_retried_delivery_leaves_the_retries_due() {
        MunicipalityCode municipality = newMunicipality();
        DeliveryKey key = failed(reminder(municipality), NOW.minusSeconds(60));

        deliveries().claim(key, NOW);

        assertThat(deliveries().dueForRetry(NOW, TODAY)).doesNotContain(key);
    }

    @Test
    void an_unknown_key_is_not_found() {
        assertThat(deliveries().find(reminder(newMunicipality()))).isEmpty();
    }

    /** Claims {@code key} long ago and marks it failed, to be retried at {@code retryAt}. */
    private DeliveryKey failed(DeliveryKey key, Instant retryAt) {
        assertThat(deliveries().claim(key, NOW.minusSeconds(86_400))).isTrue();
        deliveries().markFailed(key, "refused", retryAt);
        return key;
    }
}
