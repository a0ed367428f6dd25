package se.omvarld.testkit.memory;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import se.omvarld.domain.access.ApiToken;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.shared.CallId;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.domain.visit.Visit;
import se.omvarld.port.AuditEntry;

/**
 * Everything the in-memory adapter keeps, behind one lock. Every repository call holds the lock for its duration; a
 * transaction holds it from start to end, so transactions are serializable and a rollback can put back a snapshot
 * without undoing anyone else's work. The aggregates are immutable, so a snapshot is a shallow copy of the maps.
 * (So work inside a transaction must not wait for another thread that uses the store: that thread waits for the lock.)
 */
final class MemoryStore {

    private final ReentrantLock lock = new ReentrantLock();

    final VersionedTable<MunicipalityCode, Municipality> municipalities =
            new VersionedTable<>("Municipality", Municipality::version, Municipality::withVersion, this::saved);
    final VersionedTable<Scoped<PartnerId>, Partner> partners =
            new VersionedTable<>("Partner", Partner::version, Partner::withVersion, this::saved);
    final VersionedTable<Scoped<PartnershipId>, Partnership> partnerships =
            new VersionedTable<>("Partnership", Partnership::version, Partnership::withVersion, this::saved);
    final VersionedTable<Scoped<ProjectId>, Project> projects =
            new VersionedTable<>("Project", Project::version, Project::withVersion, this::saved);
    final VersionedTable<Scoped<ProgrammeId>, FundingProgramme> programmes =
            new VersionedTable<>("FundingProgramme", FundingProgramme::version, FundingProgramme::withVersion,
                    this::saved);
    final VersionedTable<Scoped<CallId>, Call> calls =
            new VersionedTable<>("Call", Call::version, Call::withVersion, this::saved);
    final VersionedTable<Scoped<GrantId>, AssociationGrant> grants =
            new VersionedTable<>("AssociationGrant", AssociationGrant::version, AssociationGrant::withVersion,
                    this::saved);
    final VersionedTable<Scoped<VisitId>, Visit> visits =
            new VersionedTable<>("Visit", Visit::version, Visit::withVersion, this::saved);
    final VersionedTable<Scoped<ObligationKey>, ObligationRecord> obligations =
            new VersionedTable<>("ObligationRecord", ObligationRecord::version, ObligationRecord::withVersion,
                    this::saved);
    final VersionedTable<Scoped<Integer>, ReportedFigures> reportedFigures =
            new VersionedTable<>("ReportedFigures", ReportedFigures::version, ReportedFigures::withVersion,
                    this::saved);
    /** The API tokens by (municipality, id): not versioned, since a stored token only ever gets revoked. */
    final Map<Scoped<String>, ApiToken> tokens = new HashMap<>();
    /** The web app's accounts: not part of any municipality's register, so a save leaves its version alone. */
    final VersionedTable<Scoped<String>, UserAccount> accounts =
            new VersionedTable<>("UserAccount", UserAccount::version, UserAccount::withVersion, municipality -> { });
    /** The visits' reports with their bytes: replaced whole, never versioned, never part of the register. */
    final Map<Scoped<VisitId>, InMemoryVisitReports.Stored> visitReports = new HashMap<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    /** Each municipality's register version, raised by every save in any table (see {@link #saved}). */
    private Map<MunicipalityCode, Long> registerVersions = new HashMap<>();

    private final List<VersionedTable<?, ?>> tables = List.of(municipalities, partners, partnerships, projects,
            programmes, calls, grants, visits, obligations, reportedFigures, accounts);

    /** Runs {@code action} holding the store's lock. */
    <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} as one transaction: if it throws, every table and the audit trail are put back as they were
     * before it began, and the exception propagates unchanged. A transaction started inside another joins it.
     */
    <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            Runnable rollback = snapshot();
            try {
                return work.get();
            } catch (Throwable failure) {
                rollback.run();
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }

    private Runnable snapshot() {
        List<Runnable> restores = tables.stream().map(VersionedTable::snapshot).toList();
        int auditSize = audit.size();
        Map<MunicipalityCode, Long> versions = new HashMap<>(registerVersions);
        Map<Scoped<String>, ApiToken> tokensBefore = new HashMap<>(tokens);
        Map<Scoped<VisitId>, InMemoryVisitReports.Stored> reportsBefore = new HashMap<>(visitReports);
        return () -> {
            restores.forEach(Runnable::run);
            tokens.clear();
            tokens.putAll(tokensBefore);
            visitReports.clear();
            visitReports.putAll(reportsBefore);
            audit.subList(auditSize, audit.size()).clear();
            registerVersions = new HashMap<>(versions);
        };
    }

    /** Called by every table after a save: the register of the row's municipality has changed. */
    void saved(MunicipalityCode municipality) {
        registerVersions.merge(municipality, 1L, Long::sum);
    }

    long registerVersion(MunicipalityCode municipality) {
        return registerVersions.getOrDefault(municipality, 0L);
    }

    void append(AuditEntry entry) {
        locked(() -> audit.add(entry));
    }

    ImmutableList<AuditEntry> audit() {
        return locked(() -> ImmutableList.copyOf(audit));
    }
}
