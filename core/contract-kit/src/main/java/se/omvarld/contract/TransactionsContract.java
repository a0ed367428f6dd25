package se.omvarld.contract;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.ApiToken;
import se.omvarld.domain.access.EmailAddress;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.StaleVersionException;
import se.omvarld.port.Transactions;
import se.omvarld.testkit.Fixtures;

/**
 * What every {@link Transactions} must do: commit what work wrote when it returns, keep none of it when it throws,
 * and let optimistic versions decide between concurrent writers.
 */
public abstract class TransactionsContract extends PersistenceContract {

    private Transactions transactions() {
        return persistence().transactions();
    }

    /** What a use case throws when it gives up halfway. */
    private static final class WorkFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WorkFailed() {
            super("the work failed halfway");
        }
    }

    @Test
    void work_that_returns_is_committed_and_its_result_is_returned() {
        MunicipalityCode municipality = newMunicipality();
        Partner partner = Fixtures.partner(municipality);

        Partner result = transactions().inTransaction(() -> persistence().partners().save(partner));

        assertThat(result).isEqualTo(partner.withVersion(1));
        assertThat(persistence().partners().find(municipality, partner.id())).contains(partner.withVersion(1));
    }

    @Test
    void work_that_throws_leaves_nothing_it_stored() {
        MunicipalityCode municipality = newMunicipality();
        Partner partner = Fixtures.partner(municipality);
        Partnership partnership = Fixtures.partnership(partner);
        FundingProgramme programme = Fixtures.programme(municipality);

        catchThrowable(() -> transactions().inTransaction(() -> {
            persistence().partners().save(partner);
            persistence().partnerships().save(partnership);
            persistence().funding().save(programme);
            throw new WorkFailed();
        }));

        assertThat(persistence().partners().find(municipality, partner.id())).isEmpty();
        assertThat(persistence().partnerships().find(municipality, partnership.id())).isEmpty();
        assertThat(persistence().funding().findProgramme(municipality, programme.id())).isEmpty();
    }

    private static String freshHash() {
        return Hashing.sha256().hashString(UUID.randomUUID().toString(), StandardCharsets.UTF_8).toString();
    }

    @Test
    void api_tokens_stored_or_revoked_by_work_that_throws_are_undone() {
        MunicipalityCode municipality = newMunicipality();
        ApiToken kept = store(ApiToken.issue("kept", municipality, Role.ADMIN, Optional.empty(), "Anna",
                freshHash(), Instant.parse("2026-11-29T10:00:00Z")));
        ApiToken issued = ApiToken.issue("issued", municipality, Role.VIEWER, Optional.empty(), "Eve",
                freshHash(), Instant.parse("2026-11-29T11:00:00Z"));

        catchThrowable(() -> transactions().inTransaction(() -> {
            persistence().tokens().save(kept.revoke(Instant.parse("2026-11-29T12:00:00Z")));
            persistence().tokens().save(issued);
            throw new WorkFailed();
        }));

        assertThat(persistence().tokens().of(municipality)).containsExactly(kept);
    }

    @Test
    void user_accounts_opened_or_changed_by_work_that_throws_are_undone() {
        MunicipalityCode municipality = newMunicipality();
        UserAccount kept = store(UserAccount.open("kept", municipality,
                EmailAddress.of("kept-" + UUID.randomUUID() + "@example.se"), "Anna", Role.COORDINATOR,
                Optional.empty(), "$argon2id$kept", ReportLanguage.SWEDISH, Instant.parse("2026-12-01T10:00:00Z")));
        UserAccount opened = UserAccount.open("opened", municipality,
                EmailAddress.of("opened-" + UUID.randomUUID() + "@example.se"), "Eve", Role.VIEWER,
                Optional.empty(), "$argon2id$opened", ReportLanguage.SWEDISH, Instant.parse("2026-12-01T11:00:00Z"));

        catchThrowable(() -> transactions().inTransaction(() -> {
            persistence().accounts().save(kept.disable(Instant.parse("2026-12-01T12:00:00Z")));
            persistence().accounts().save(opened);
            throw new WorkFailed();
        }));

        assertThat(persistence().accounts().of(municipality)).containsExactly(kept);
        assertThat(persistence().accounts().findByEmail(opened.email())).isEmpty();
    }

    @Test
    void the_exception_thrown_by_the_work_propagates_unchanged() {
        WorkFailed failure = new WorkFailed();

        Throwable thrown = catchThrowable(() -> transactions().inTransaction(() -> {
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
    }

    @Test
    void a_change_made_by_work_that_throws_is_undone() {
        MunicipalityCode municipality = newMunicipality();
        Partner stored = storedPartner(municipality);

        catchThrowable(() -> transactions().inTransaction(() -> {
            persistence().partners().save(stored.renamed("Utena", "Utena"));
            throw new WorkFailed();
        }));

        assertThat(persistence().partners().find(municipality, stored.id())).contains(stored);
    }

    @Test
    void audit_entries_appended_by_work_that_throws_are_undone() {
        MunicipalityCode municipality = newMunicipality();
        Partner partner = Fixtures.partner(municipality);

        catchThrowable(() -> transactions().inTransaction(() -> {
            Partner saved = persistence().partners().save(partner);
            persistence().audit().append(Fixtures.auditEntry(municipality, "Partner", saved.id().toString(),
                    saved.version(), Instant.parse("2026-03-02T09:00:00Z")));
            throw new WorkFailed();
        }));

        assertThat(persistence().audit().of(municipality, "Partner", partner.id().toString())).isEmpty();
    }

    @Test
    void a_stale_save_inside_work_undoes_what_the_work_stored_before_it() {
        MunicipalityCode municipality = newMunicipality();
        Partner stored = storedPartner(municipality);
        persistence().partners().save(stored.renamed("Kecskemét megyei jogú város", "Kecskemét"));
        Partner newPartner = Fixtures.partner(municipality, "Utena");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            persistence().partners().save(newPartner);
            return persistence().partners().save(stored.renamed("Kecskemet", "Kecskemet"));
        })).isInstanceOf(StaleVersionException.class);

        assertThat(persistence().partners().find(municipality, newPartner.id())).isEmpty();
    }

    @Test
    void work_reads_what_it_stored_before_it_returns() {
        MunicipalityCode municipality = newMunicipality();
        Partner partner = Fixtures.partner(municipality);

        Partner readBack = transactions().inTransaction(() -> {
            persistence().partners().save(partner);
            return persistence().partners().find(municipality, partner.id()).orElseThrow();
        });

        assertThat(readBack).isEqualTo(partner.withVersion(1));
    }

    @Test
    void a_transaction_begun_inside_another_is_undone_when_the_outer_work_throws() {
        MunicipalityCode municipality = newMunicipality();
        Partner inner = Fixtures.partner(municipality, "Utena");
        Partner outer = Fixtures.partner(municipality, "Cesis");

        catchThrowable(() -> transactions().inTransaction(() -> {
            persistence().partners().save(outer);
            transactions().inTransaction(() -> persistence().partners().save(inner));
            throw new WorkFailed();
        }));

        assertThat(persistence().partners().find(municipality, inner.id())).isEmpty();
        assertThat(persistence().partners().find(municipality, outer.id())).isEmpty();
    }

    @Test
    void of_two_concurrent_updates_of_the_same_aggregate_exactly_one_wins() throws Exception {
        MunicipalityCode municipality = newMunicipality();
        Partner stored = storedPartner(municipality);
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Partner>> updates = List.of(
                    threads.submit(renameAfterBothHaveRead(municipality, stored, "Utena", bothHaveRead)),
                    threads.submit(renameAfterBothHaveRead(municipality, stored, "Cesis", bothHaveRead)));

            List<Partner> winners = new ArrayList<>();
            List<Throwable> losers = new ArrayList<>();
            for (Future<Partner> update : updates) {
                try {
                    winners.add(update.get(30, SECONDS));
                } catch (ExecutionException e) {
                    losers.add(e.getCause());
                }
            }

            assertThat(winners).hasSize(1);
            assertThat(losers).singleElement().isInstanceOf(StaleVersionException.class);
            assertThat(winners.get(0).version()).isEqualTo(stored.version() + 1);
            assertThat(persistence().partners().find(municipality, stored.id())).contains(winners.get(0));
        } finally {
            threads.shutdownNow();
        }
    }

    /** Reads the partner, waits until the other thread has read it too, then renames it in a transaction. */
    private Callable<Partner> renameAfterBothHaveRead(MunicipalityCode municipality, Partner partner, String name,
            CyclicBarrier bothHaveRead) {
        return () -> {
            Partner read = persistence().partners().find(municipality, partner.id()).orElseThrow();
            bothHaveRead.await(10, SECONDS);
            return transactions().inTransaction(() -> persistence().partners().save(read.renamed(name, name)));
        };
    }
}
