package se.omvarld.adapter.db;

import org.junit.jupiter.api.BeforeEach;
import se.omvarld.contract.Persistence;
import se.omvarld.contract.ReminderDeliveriesContract;
import se.omvarld.port.ReminderDeliveries;

/** The contract kit's ReminderDeliveriesContract on PostgreSQL, in this run's own schema. */
class PostgresReminderDeliveriesTest extends ReminderDeliveriesContract {

    private static final class Holder {
        static final ReminderDeliveries DELIVERIES = new JooqReminderDeliveries(
                Postgres.database().persistence().transactions());
    }

    /** Skips each test, saying why, when PostgreSQL is unreachable (fails it under CI=true). */
    @BeforeEach
    void requirePostgres() {
        Postgres.require();
    }

    @Override
    protected Persistence persistence() {
        return Postgres.persistence();
    }

    @Override
    protected ReminderDeliveries deliveries() {
        return Holder.DELIVERIES;
    }
}
