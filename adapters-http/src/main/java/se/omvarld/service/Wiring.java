package se.omvarld.service;

import se.omvarld.adapter.db.Database;
import se.omvarld.adapter.db.JooqCountryAssessments;
import se.omvarld.adapter.db.JooqExchangeRates;
import se.omvarld.adapter.db.JooqPersistence;
import se.omvarld.application.Ports;
import se.omvarld.port.Clock;
import se.omvarld.port.CommandValidator;
import se.omvarld.port.Profiles;

/** Fills in the core's ports with the adapters: the one place that knows them all. */
final class Wiring {

    private Wiring() {
    }

    static Ports ports(Database database, Profiles profiles, Clock clock, CommandValidator validator) {
        JooqPersistence db = database.persistence();
        return new Ports(db.municipalities(), db.partners(), db.partnerships(), db.projects(), db.funding(),
                db.grants(), db.visits(), db.obligations(), db.audit(), db.transactions(), clock, new RandomIds(),
                profiles, new JooqCountryAssessments(db), new JooqExchangeRates(db), validator);
    }
}
