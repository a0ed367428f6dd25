package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;
import static se.omvarld.adapter.db.jooq.Tables.REMINDER_DELIVERY;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.exception.DataAccessException;
import se.omvarld.adapter.db.jooq.tables.records.ReminderDeliveryRecord;
import se.omvarld.domain.reminder.DeliveryKey;
import se.omvarld.domain.reminder.MessageKind;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.ReminderDeliveries;

/**
 * Reminder deliveries, one row each, keyed by (municipality, delivery key). A claim is an insert that does nothing on
 * a conflict, or an update of a failed row whose retry time has come: either changes one row for one claimant only.
 * Each call is meant to run in a transaction of its own (outside any use case's): a claim that loses a race at
 * REPEATABLE READ (a serialisation failure on PostgreSQL, a concurrent update on H2) is answered as lost, which it
 * is, after its transaction is rolled back.
 */
public final class JooqReminderDeliveries implements ReminderDeliveries {

    /** SQLStates of a claim that lost a race: H2's concurrent update, serialisation failure, deadlock. */
    private static final Set<String> LOST_RACE = Set.of("90131", "40001", "40P01");
    private static final int MAX_FAILURE = 1000;

    private final JooqTransactions transactions;

    public JooqReminderDeliveries(JooqTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions are required");
    }

    @Override
    public boolean claim(DeliveryKey key, Instant now) {
        checkNotNull(key, "key is required");
        checkNotNull(now, "now is required");
        try {
            return transactions.dsl(dsl -> {
                ReminderDeliveryRecord r = dsl.newRecord(REMINDER_DELIVERY);
                r.setMunicipalityCode(key.municipality().value());
                r.setDeliveryKey(key.value());
                r.setAccountId(key.account());
                r.setKind(key.kind().name());
                r.setSubject(key.subject());
                r.setLastDay(key.until());
                r.setStatus(Status.CLAIMED.name());
                r.setAttempts(1);
                r.setClaimedAt(Rows.timestamp(now));
                if (dsl.insertInto(REMINDER_DELIVERY).set(r).onConflictDoNothing().execute() == 1) {
                    return true;
                }
                return dsl.update(REMINDER_DELIVERY)
                        .set(REMINDER_DELIVERY.STATUS, Status.CLAIMED.name())
                        .set(REMINDER_DELIVERY.ATTEMPTS, REMINDER_DELIVERY.ATTEMPTS.plus(1))
                        .set(REMINDER_DELIVERY.CLAIMED_AT, Rows.timestamp(now))
                        .setNull(REMINDER_DELIVERY.FAILURE)
                        .setNull(REMINDER_DELIVERY.RETRY_AT)
                        .where(key(key)).and(REMINDER_DELIVERY.STATUS.eq(Status.FAILED.name()))
                        .and(REMINDER_DELIVERY.RETRY_AT.le(Rows.timestamp(now)))
                        .execute() == 1;
            });
        } catch (DataAccessException e) {
            if (Store.foreignKeyViolation(e)) {
                throw new IllegalArgumentException("municipality " + key.municipality() + " is not stored", e);
            }
            if (Store.uniqueViolation(e) || LOST_RACE.contains(e.sqlState())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void markSent(DeliveryKey key, Instant at) {
        checkNotNull(key, "key is required");
        checkNotNull(at, "at is required");
        int updated = transactions.dsl(dsl -> dsl.update(REMINDER_DELIVERY)
                .set(REMINDER_DELIVERY.STATUS, Status.SENT.name())
                .set(REMINDER_DELIVERY.SENT_AT, Rows.timestamp(at))
                .where(key(key)).and(REMINDER_DELIVERY.STATUS.eq(Status.CLAIMED.name())).execute());
        checkState(updated == 1, "delivery %s is not claimed", key);
    }

    @Override
    public void markFailed(DeliveryKey key, String reason, Instant retryAt) {
        checkNotNull(key, "key is required");
        checkNotNull(reason, "reason is required");
        checkNotNull(retryAt, "retryAt is required");
        String kept = reason.length() > MAX_FAILURE ? reason.substring(0, MAX_FAILURE) : reason;
        int updated = transactions.dsl(dsl -> dsl.update(REMINDER_DELIVERY)
                .set(REMINDER_DELIVERY.STATUS, Status.FAILED.name())
                .set(REMINDER_DELIVERY.FAILURE, kept)
                .set(REMINDER_DELIVERY.RETRY_AT, Rows.timestamp(retryAt))
                .where(key(key)).and(REMINDER_DELIVERY.STATUS.eq(Status.CLAIMED.name())).execute());
        checkState(updated == 1, "delivery %s is not claimed", key);
    }

    @Override
    public ImmutableList<DeliveryKey> dueForRetry(Instant now, LocalDate today) {
        checkNotNull(now, "now is required");
        checkNotNull(today, "today is required");
        return transactions.statement(dsl -> dsl.selectFrom(REMINDER_DELIVERY)
                .where(REMINDER_DELIVERY.STATUS.eq(Status.FAILED.name()))
                .and(REMINDER_DELIVERY.RETRY_AT.le(Rows.timestamp(now)))
                .and(REMINDER_DELIVERY.LAST_DAY.ge(today))
                .orderBy(REMINDER_DELIVERY.RETRY_AT, REMINDER_DELIVERY.MUNICIPALITY_CODE,
                        REMINDER_DELIVERY.DELIVERY_KEY)
                .fetch().stream().map(JooqReminderDeliveries::key).collect(ImmutableList.toImmutableList()));
    }

    @Override
    public Optional<Delivery> find(DeliveryKey key) {
        checkNotNull(key, "key is required");
        return transactions.statement(dsl -> dsl.selectFrom(REMINDER_DELIVERY).where(key(key)).fetchOptional()
                .map(r -> new Delivery(key(r), Status.valueOf(r.getStatus()), r.getAttempts(),
                        r.getClaimedAt().toInstant(), Optional.ofNullable(r.getSentAt()).map(o -> o.toInstant()),
                        Optional.ofNullable(r.getFailure()),
                        Optional.ofNullable(r.getRetryAt()).map(o -> o.toInstant()))));
    }

    private static Condition key(DeliveryKey key) {
        return REMINDER_DELIVERY.MUNICIPALITY_CODE.eq(key.municipality().value())
                .and(REMINDER_DELIVERY.DELIVERY_KEY.eq(key.value()));
    }

    private static DeliveryKey key(ReminderDeliveryRecord r) {
        return new DeliveryKey(MunicipalityCode.of(r.getMunicipalityCode()), r.getAccountId(),
                MessageKind.valueOf(r.getKind()), r.getSubject(), r.getLastDay());
    }
}
