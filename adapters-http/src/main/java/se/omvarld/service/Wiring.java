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
        return Ports.builder()
                .municipalities(db.municipalities()).partners(db.partners()).partnerships(db.partnerships())
                .projects(db.projects()).funding(db.funding()).grants(db.grants()).visits(db.visits())
                .visitReports(db.visitReports())
                .obligations(db.obligations()).reportedFigures(db.reportedFigures()).tokens(db.tokens()).audit(db.audit())
                .transactions(db.transactions())
                .clock(clock).ids(new RandomIds()).profiles(profiles)
                .countryAssessments(new JooqCountryAssessments(db)).exchangeRates(new JooqExchangeRates(db))
                .validator(validator)
                .build();
    }
}
