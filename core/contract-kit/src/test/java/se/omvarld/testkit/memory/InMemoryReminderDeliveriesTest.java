package se.omvarld.testkit.memory;

import se.omvarld.contract.Persistence;
import se.omvarld.contract.ReminderDeliveriesContract;
import se.omvarld.port.ReminderDeliveries;

class InMemoryReminderDeliveriesTest extends ReminderDeliveriesContract {

    /** One store for the whole class, as a database would be: the kit must not rely on an empty store. */
    private static final InMemoryPersistence MEMORY = InMemoryPersistence.create();
    private static final Persistence PERSISTENCE = TestPersistence.of(MEMORY);
    private static final ReminderDeliveries DELIVERIES = new InMemoryReminderDeliveries(MEMORY.municipalities());

    @Override
    protected Persistence persistence() {
        return PERSISTENCE;
    }

    @Override
    protected ReminderDeliveries deliveries() {
        return DELIVERIES;
    }
}
