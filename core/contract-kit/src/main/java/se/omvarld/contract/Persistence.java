package se.omvarld.contract;

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
 * Everything a persistence adapter hands to the contract kit: one implementation of each repository port, the audit
 * trail and the transactions, all working on the same store (a row saved through {@link #partners()} must be
 * visible to {@link #partnerships()}, and {@link #transactions()} must cover writes through every one of them).
 *
 * <p>The repositories must work both inside {@link Transactions#inTransaction} and outside it, where each call is
 * its own transaction.
 */
public record Persistence(MunicipalityRepository municipalities, PartnerRepository partners,
        PartnershipRepository partnerships, ProjectRepository projects, FundingRepository funding,
        GrantRepository grants, VisitRepository visits, VisitReports visitReports,
        ObligationRecordRepository obligations,
        ReportedFiguresRepository reportedFigures, ApiTokenRepository tokens, UserAccountRepository accounts,
        AuditTrail audit, Transactions transactions) {

    public Persistence {
        checkNotNull(municipalities, "municipalities are required");
        checkNotNull(partners, "partners are required");
        checkNotNull(partnerships, "partnerships are required");
        checkNotNull(projects, "projects are required");
        checkNotNull(funding, "funding is required");
        checkNotNull(grants, "grants are required");
        checkNotNull(visits, "visits are required");
        checkNotNull(visitReports, "visit reports are required");
        checkNotNull(obligations, "obligations are required");
        checkNotNull(reportedFigures, "reportedFigures are required");
        checkNotNull(tokens, "tokens are required");
        checkNotNull(accounts, "accounts are required");
        checkNotNull(audit, "audit is required");
        checkNotNull(transactions, "transactions are required");
    }
}
