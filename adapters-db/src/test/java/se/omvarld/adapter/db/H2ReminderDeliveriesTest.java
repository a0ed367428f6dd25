package se.omvarld.adapter.db;

import se.omvarld.contract.Persistence;
import se.omvarld.contract.ReminderDeliveriesContract;
import se.omvarld.port.ReminderDeliveries;

/** The contract kit's ReminderDeliveriesContract on H2 (in memory, PostgreSQL mode). */
class H2ReminderDeliveriesTest extends ReminderDeliveriesContract {

    private static final class Holder {
        static final ReminderDeliveries DELIVERIES = new JooqReminderDeliveries(
                H2.database().persistence().transactions());
    }

    @Override
    protected Persistence persistence() {
        return H2.persistence();
    }

    @Override
    protected ReminderDeliveries deliveries() {
        return Holder.DELIVERIES;
    }
}
