package se.omvarld.adapter.db;

import se.omvarld.contract.Persistence;

/** The contract kit's view of the jOOQ adapter. */
final class TestPersistence {

    private TestPersistence() {
    }

    static Persistence of(JooqPersistence jooq) {
        return new Persistence(jooq.municipalities(), jooq.partners(), jooq.partnerships(), jooq.projects(),
                jooq.funding(), jooq.grants(), jooq.visits(), jooq.visitReports(), jooq.obligations(),
                jooq.reportedFigures(), jooq.tokens(), jooq.accounts(), jooq.audit(), jooq.transactions());
    }
}
