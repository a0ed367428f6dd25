package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;

import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;

/**
 * Every repository port of the core, the audit trail and the transactions, implemented with jOOQ on one database.
 * They share one {@link JooqTransactions}: whatever a use case writes through any of them inside
 * {@link JooqTransactions#inTransaction} is committed or rolled back together. Built by {@link Database}.
 */
public record JooqPersistence(JooqMunicipalityRepository municipalities, JooqPartnerRepository partners,
        JooqPartnershipRepository partnerships, JooqProjectRepository projects, JooqFundingRepository funding,
        JooqGrantRepository grants, JooqVisitRepository visits, JooqVisitReports visitReports,
        JooqObligationRecordRepository obligations,
        JooqReportedFiguresRepository reportedFigures, JooqApiTokenRepository tokens,
        JooqUserAccountRepository accounts, JooqAuditTrail audit, JooqTransactions transactions) {

    public JooqPersistence {
        checkNotNull(municipalities, "municipalities are required");
        checkNotNull(partners, "partners are required");
        checkNotNull(partnerships, "partnerships are required");
        checkNotNull(projects, "projects are required");
        checkNotNull(funding, "funding is required");
        checkNotNull(grants, "grants are required");
        checkNotNull(visits, "visits are required");
        checkNotNull(visitReports, "visitReports are required");
        checkNotNull(obligations, "obligations are required");
        checkNotNull(reportedFigures, "reportedFigures are required");
        checkNotNull(tokens, "tokens are required");
        checkNotNull(accounts, "accounts are required");
        checkNotNull(audit, "audit is required");
        checkNotNull(transactions, "transactions are required");
    }

    /** The whole set on {@code dataSource}, speaking {@code dialect}. */
    public static JooqPersistence on(DataSource dataSource, SQLDialect dialect, Settings settings) {
        JooqTransactions transactions = new JooqTransactions(dataSource, dialect, settings);
        return new JooqPersistence(new JooqMunicipalityRepository(transactions),
                new JooqPartnerRepository(transactions), new JooqPartnershipRepository(transactions),
                new JooqProjectRepository(transactions), new JooqFundingRepository(transactions),
                new JooqGrantRepository(transactions), new JooqVisitRepository(transactions),
                new JooqVisitReports(transactions),
                new JooqObligationRecordRepository(transactions), new JooqReportedFiguresRepository(transactions),
                new JooqApiTokenRepository(transactions), new JooqUserAccountRepository(transactions),
                new JooqAuditTrail(transactions), transactions);
    }
}
