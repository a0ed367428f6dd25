package se.omvarld.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import se.omvarld.port.ApiTokenRepository;
import se.omvarld.port.AuditTrail;
import se.omvarld.port.FundingRepository;
import se.omvarld.port.GrantRepository;
import se.omvarld.port.MunicipalityRepository;
import se.omvarld.port.ObligationRecordRepository;
import se.omvarld.port.PartnerRepository;
import se.omvarld.port.PartnershipRepository;
import se.omvarld.port.ProjectRepository;
import se.omvarld.port.ReportedFiguresRepository;
import se.omvarld.port.Transactions;
import se.omvarld.port.UserAccountRepository;
import se.omvarld.port.VisitReports;
import se.omvarld.port.VisitRepository;

/**
 * The in-memory adapter of every repository port, the audit trail and the transactions: what use-case tests and
 * scenario tests run on, and the reference the contract kit ({@code omvarld-contract-kit}) is proven against.
 *
 * <p>Data lives in maps keyed by (municipality, id); versions are enforced exactly as the ports say; every call is
 * thread-safe; {@link Transactions#inTransaction} really rolls back what its work wrote when the work throws.
 *
 * <p>It does not hand out the kit's {@code Persistence} itself: the kit depends on core, so core's tests cannot
 * depend on the kit. The kit's own tests wrap this record, as adapters-db's tests wrap {@code JooqPersistence}.
 */
public record InMemoryPersistence(MunicipalityRepository municipalities, PartnerRepository partners,
        PartnershipRepository partnerships, ProjectRepository projects, FundingRepository funding,
        GrantRepository grants, VisitRepository visits, VisitReports visitReports,
        ObligationRecordRepository obligations,
        ReportedFiguresRepository reportedFigures, ApiTokenRepository tokens, UserAccountRepository accounts,
        AuditTrail audit, Transactions transactions) {

    public InMemoryPersistence {
        checkNotNull(municipalities, "municipalities are required");
        checkNotNull(partners, "partners are required");
        checkNotNull(partnerships, "partnerships are required");
        checkNotNull(projects, "projects are required");
        checkNotNull(funding, "funding is required");
        checkNotNull(grants, "grants are required");
        checkNotNull(visits, "visits are required");
        checkNotNull(visitReports, "visit reports are required");
        checkNotNull(obligations, "obligations are required");
        checkNotNull(reportedFigures, "reported figures are required");
        checkNotNull(tokens, "tokens are required");
        checkNotNull(accounts, "accounts are required");
        checkNotNull(audit, "audit is required");
        checkNotNull(transactions, "transactions are required");
    }

    /** A fresh, empty store and every port over it. */
    public static InMemoryPersistence create() {
        MemoryStore store = new MemoryStore();
        return new InMemoryPersistence(new InMemoryMunicipalityRepository(store), new InMemoryPartnerRepository(store),
                new InMemoryPartnershipRepository(store), new InMemoryProjectRepository(store),
                new InMemoryFundingRepository(store), new InMemoryGrantRepository(store),
                new InMemoryVisitRepository(store), new InMemoryVisitReports(store),
                new InMemoryObligationRecordRepository(store),
                new InMemoryReportedFiguresRepository(store), new InMemoryApiTokenRepository(store),
                new InMemoryUserAccountRepository(store), new InMemoryAuditTrail(store),
                new InMemoryTransactions(store));
    }
}
