package se.omvarld.adapter.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.visit.Visit;
import se.omvarld.testkit.Fixtures;

/**
 * A use case killed midway by the database itself: after it registered a municipality, a partner and a
 * partnership and appended to the audit trail, its last write breaks a foreign key. Nothing of it is stored. (The
 * kit's TransactionsContract covers work that throws on its own, stale versions, nesting and concurrent writers.)
 */
abstract class UseCaseRollbackContract {

    protected abstract JooqPersistence persistence();

    @Test
    void a_use_case_failing_on_its_last_write_leaves_nothing_of_its_earlier_writes() {
        MunicipalityCode code = Fixtures.uniqueMunicipalityCode();
        Municipality municipality = Fixtures.municipality(code);
        Partner partner = Fixtures.partner(code);
        Partnership partnership = Fixtures.partnership(partner);
        Visit visitOfAPartnershipNeverStored = Fixtures.visit(Fixtures.visitId(), code,
                Optional.of(Fixtures.partnershipId()), Fixtures.TODAY);

        Throwable failure = catchThrowable(() -> persistence().transactions().inTransaction(() -> {
            persistence().municipalities().save(municipality);
            persistence().partners().save(partner);
            Partnership saved = persistence().partnerships().save(partnership);
            persistence().audit().append(Fixtures.auditEntry(code, "Partnership", saved.id().toString(), 1,
                    Instant.parse("2026-03-02T09:00:00Z")));
            return persistence().visits().save(visitOfAPartnershipNeverStored);
        }));

        assertThat(failure).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not stored in its municipality's register");
        assertThat(persistence().municipalities().find(code)).isEmpty();
        assertThat(persistence().audit().of(code, "Partnership", partnership.id().toString())).isEmpty();
        assertThat(persistence().transactions().active()).as("the thread is out of the transaction").isFalse();
        // The municipality code is free again: the same use case without the bad write now succeeds in full.
        persistence().transactions().inTransaction(() -> {
            persistence().municipalities().save(municipality);
            persistence().partners().save(partner);
            return persistence().partnerships().save(partnership);
        });
        assertThat(persistence().partnerships().find(code, partnership.id())).isPresent();
    }
}
