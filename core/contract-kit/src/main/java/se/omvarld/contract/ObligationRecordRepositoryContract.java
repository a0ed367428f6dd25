package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.ObligationRecordRepository;
import se.omvarld.port.StaleVersionException;
import se.omvarld.testkit.Fixtures;

/**
 * What every {@link ObligationRecordRepository} must do. A record's id is its obligation's key; the same key in two
 * municipalities names two different obligations.
 */
public abstract class ObligationRecordRepositoryContract extends PersistenceContract {

    private static final ObligationKey COMPILATION_2025 = ObligationKey.of("R5", "annual-compilation", "2025");

    private ObligationRecordRepository obligations() {
        return persistence().obligations();
    }

    private static ObligationRecord renoted(ObligationRecord r, LocalDate on, String note) {
        return new ObligationRecord(r.key(), r.municipality(), r.status(), on, note, r.version());
    }

    @Test
    void a_stored_submission_is_found_with_every_field() {
        MunicipalityCode municipality = newMunicipality();
        ObligationRecord submitted = Fixtures.obligationRecord(municipality);

        obligations().save(submitted);

        assertThat(obligations().find(municipality, submitted.key())).contains(submitted.withVersion(1));
    }

    @Test
    void a_stored_waiver_is_found_with_every_field() {
        MunicipalityCode municipality = newMunicipality();
        ObligationRecord waived = Fixtures.waivedObligationRecord(municipality,
                ObligationKey.of("R8", "visit-report", "2025"));

        obligations().save(waived);

        assertThat(obligations().find(municipality, waived.key())).contains(waived.withVersion(1));
    }

    @Test
    void saving_a_new_record_stores_version_1() {
        MunicipalityCode municipality = newMunicipality();
        ObligationRecord record = Fixtures.obligationRecord(municipality);

        ObligationRecord saved = obligations().save(record);

        assertThat(saved).isEqualTo(record.withVersion(1));
        assertThat(obligations().find(municipality, record.key())).contains(record.withVersion(1));
    }

    @Test
    void each_further_save_increments_the_version_by_one() {
        MunicipalityCode municipality = newMunicipality();
        ObligationRecord first = store(Fixtures.obligationRecord(municipality));

        ObligationRecord second = obligations().save(renoted(first, first.on(), "Rättad diarieuppgift"));
        ObligationRecord third = obligations().save(renoted(second, first.on().plusDays(1), "Anmäld igen"));

        assertThat(second.version()).isEqualTo(2);
        assertThat(third.version()).isEqualTo(3);
        assertThat(obligations().find(municipality, first.key())).contains(third);
    }

    @Test
    void a_saved_change_replaces_the_stored_record() {
        MunicipalityCode municipality = newMunicipality();
        ObligationRecord submitted = store(Fixtures.obligationRecord(municipality));
        ObligationRecord waived = Fixtures.waivedObligationRecord(municipality, submitted.key())
                .withVersion(submitted.version());

        ObligationRecord saved = obligations().save(waived);

        assertThat(obligations().find(municipality, submitted.key())).contains(saved);
    }

    @Test
    void saving_a_stale_version_is_rejected_and_changes_nothing() {
        MunicipalityCode municipality = newMunicipality();
        ObligationRecord readByBoth = store(Fixtures.obligationRecord(municipality));
        ObligationRecord winner = obligations().save(renoted(readByBoth, readByBoth.on(), "Anmäld, KS 2026/0032"));

        assertThatThrownBy(() -> obligations().save(renoted(readByBoth, readByBoth.on(), "Anmäld, KS 2026/0099")))
                .isInstanceOf(StaleVersionException.class);
        assertThat(obligations().find(municipality, readByBoth.key())).contains(winner);
    }

    @Test
    void saving_a_new_record_under_a_key_already_stored_is_rejected() {
        MunicipalityCode municipality = newMunicipality();
        ObligationRecord stored = store(Fixtures.obligationRecord(municipality, COMPILATION_2025));
        ObligationRecord newcomer = Fixtures.waivedObligationRecord(municipality, COMPILATION_2025);

        assertThatThrownBy(() -> obligations().save(newcomer)).isInstanceOf(StaleVersionException.class);
        assertThat(obligations().find(municipality, COMPILATION_2025)).contains(stored);
    }

    @Test
    void saving_a_change_to_a_record_never_stored_is_rejected() {
        MunicipalityCode municipality = newMunicipality();
        ObligationRecord neverStored = Fixtures.obligationRecord(municipality).withVersion(2);

        assertThatThrownBy(() -> obligations().save(neverStored)).isInstanceOf(StaleVersionException.class);
        assertThat(obligations().find(municipality, neverStored.key())).isEmpty();
    }

    @Test
    void an_unknown_key_is_not_found() {
        assertThat(obligations().find(newMunicipality(), COMPILATION_2025)).isEmpty();
    }

    @Test
    void all_lists_the_municipality_s_records_by_key() {
        MunicipalityCode municipality = newMunicipality();
        ObligationRecord visit = store(Fixtures.obligationRecord(municipality,
                ObligationKey.of("R8", "visit-report", "2025")));
        ObligationRecord compilation2025 = store(Fixtures.obligationRecord(municipality, COMPILATION_2025));
        ObligationRecord section = store(Fixtures.waivedObligationRecord(municipality,
                ObligationKey.of("R6", "annual-report-section", "2025")));
        ObligationRecord compilation2024 = store(Fixtures.obligationRecord(municipality,
                ObligationKey.of("R5", "annual-compilation", "2024")));

        assertThat(obligations().all(municipality))
                .containsExactly(compilation2024, compilation2025, section, visit);
    }

    @Test
    void a_record_is_not_found_through_another_municipality() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        store(Fixtures.obligationRecord(a, COMPILATION_2025));

        assertThat(obligations().find(b, COMPILATION_2025)).isEmpty();
    }

    @Test
    void another_municipality_s_listing_excludes_the_record() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        store(Fixtures.obligationRecord(a, COMPILATION_2025));
        ObligationRecord ofB = store(Fixtures.waivedObligationRecord(b,
                ObligationKey.of("R8", "visit-report", "2025")));

        assertThat(obligations().all(b)).containsExactly(ofB);
    }

    @Test
    void saving_a_record_under_the_same_key_in_another_municipality_leaves_the_first_unchanged() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        ObligationRecord ofA = store(Fixtures.obligationRecord(a, COMPILATION_2025));

        ObligationRecord savedInB = obligations().save(Fixtures.waivedObligationRecord(b, COMPILATION_2025));

        assertThat(savedInB.version()).isEqualTo(1);
        assertThat(obligations().find(b, COMPILATION_2025)).contains(savedInB);
        assertThat(obligations().find(a, COMPILATION_2025)).contains(ofA);
    }
}
