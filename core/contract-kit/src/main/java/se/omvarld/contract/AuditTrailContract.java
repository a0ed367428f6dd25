package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.port.AuditEntry;
import se.omvarld.port.AuditTrail;
import se.omvarld.testkit.Fixtures;

/**
 * What every {@link AuditTrail} must do. Instants carry microseconds, the finest PostgreSQL keeps; an adapter must
 * hand back exactly the instant it was given.
 */
public abstract class AuditTrailContract extends PersistenceContract {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T08:15:30.123456Z");

    private AuditTrail audit() {
        return persistence().audit();
    }

    private static String newAggregateId() {
        return Fixtures.partnershipId().toString();
    }

    @Test
    void an_appended_entry_comes_back_with_every_field() {
        MunicipalityCode municipality = newMunicipality();
        String id = newAggregateId();
        AuditEntry entry = new AuditEntry(municipality, "anna.lindqvist", MONDAY_MORNING, "Partnership", id, 3,
                "activate", Wording.of(WordingKey.AUDIT_PARTNERSHIP_DECIDED_REFERENCE,
                        "activate by Kommunstyrelsen on 2026-02-25 (KS 2026/0042)", PartnershipStatus.ACTIVE,
                        "Kommunstyrelsen", LocalDate.of(2026, 2, 25), "KS 2026/0042"));

        audit().append(entry);

        assertThat(audit().of(municipality, "Partnership", id)).containsExactly(entry);
    }

    @Test
    void a_change_s_wording_comes_back_with_arguments_of_every_storable_kind() {
        MunicipalityCode municipality = newMunicipality();
        String id = newAggregateId();
        AuditEntry granted = new AuditEntry(municipality, "anna.lindqvist", MONDAY_MORNING, "grant", id, 2, "grant",
                Wording.of(WordingKey.AUDIT_GRANT_GRANTED, "granted 18000.50 SEK by Kultur: och fritid #1 on 2026-02-25",
                        Money.sek("18000.50"), "Kultur: och fritid #1 s3:x", LocalDate.of(2026, 2, 25)));
        AuditEntry figures = new AuditEntry(municipality, "anna.lindqvist", MONDAY_MORNING, "reported-figures", id, 1,
                "record", Wording.of(WordingKey.AUDIT_FIGURES_RECORDED, "2025: 12 international activities",
                        2025L, 12L, Money.of("0.00", "EUR"), ""));
        AuditEntry partner = new AuditEntry(municipality, "anna.lindqvist", MONDAY_MORNING, "partner", id, 1,
                "register", Wording.of(WordingKey.AUDIT_PARTNER_REGISTERED, "registered Kecskemét (HU)",
                        "Kecskemét\nÅ:12:s", CountryCode.of("HU")));

        audit().append(granted);
        audit().append(figures);
        audit().append(partner);

        assertThat(audit().of(municipality, "grant", id)).containsExactly(granted);
        assertThat(audit().of(municipality, "reported-figures", id)).containsExactly(figures);
        assertThat(audit().of(municipality, "partner", id)).containsExactly(partner);
    }

    @Test
    void a_change_without_a_key_comes_back_in_its_english_words() {
        MunicipalityCode municipality = newMunicipality();
        String id = newAggregateId();
        AuditEntry entry = new AuditEntry(municipality, "anna.lindqvist", MONDAY_MORNING, "Partnership", id, 1,
                "import", Wording.unkeyed("loaded from the municipality's earlier register"));

        audit().append(entry);

        assertThat(audit().of(municipality, "Partnership", id)).containsExactly(entry);
    }

    @Test
    void an_aggregate_s_entries_come_back_oldest_first() {
        MunicipalityCode municipality = newMunicipality();
        String id = newAggregateId();
        AuditEntry created = Fixtures.auditEntry(municipality, "Partnership", id, 1, MONDAY_MORNING);
        AuditEntry analysed = Fixtures.auditEntry(municipality, "Partnership", id, 2,
                MONDAY_MORNING.plus(2, ChronoUnit.HOURS));
        AuditEntry activated = Fixtures.auditEntry(municipality, "Partnership", id, 3,
                MONDAY_MORNING.plus(3, ChronoUnit.DAYS));

        audit().append(created);
        audit().append(analysed);
        audit().append(activated);

        assertThat(audit().of(municipality, "Partnership", id)).containsExactly(created, analysed, activated);
    }

    @Test
    void an_aggregate_s_entries_exclude_other_aggregates() {
        MunicipalityCode municipality = newMunicipality();
        String id = newAggregateId();
        AuditEntry mine = Fixtures.auditEntry(municipality, "Partnership", id, 1, MONDAY_MORNING);
        audit().append(Fixtures.auditEntry(municipality, "Partnership", newAggregateId(), 1, MONDAY_MORNING));
        audit().append(mine);
        audit().append(Fixtures.auditEntry(municipality, "Project", id, 1, MONDAY_MORNING));

        assertThat(audit().of(municipality, "Partnership", id)).containsExactly(mine);
    }

    @Test
    void an_aggregate_s_entries_are_scoped_by_municipality() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        String id = newAggregateId();
        AuditEntry inA = Fixtures.auditEntry(a, "Partner", id, 1, MONDAY_MORNING);
        AuditEntry inB = Fixtures.auditEntry(b, "Partner", id, 1, MONDAY_MORNING.plusSeconds(1));

        audit().append(inA);
        audit().append(inB);

        assertThat(audit().of(a, "Partner", id)).containsExactly(inA);
        assertThat(audit().of(b, "Partner", id)).containsExactly(inB);
    }

    @Test
    void an_aggregate_never_changed_has_no_entries() {
        assertThat(audit().of(newMunicipality(), "Partnership", newAggregateId())).isEmpty();
    }

    @Test
    void appending_leaves_the_earlier_entries_as_they_were() {
        MunicipalityCode municipality = newMunicipality();
        String id = newAggregateId();
        AuditEntry first = Fixtures.auditEntry(municipality, "Visit", id, 1, MONDAY_MORNING);
        audit().append(first);
        AuditEntry second = Fixtures.auditEntry(municipality, "Visit", id, 2, MONDAY_MORNING.plusSeconds(90));

        audit().append(second);

        assertThat(audit().of(municipality, "Visit", id)).containsExactly(first, second);
    }

    @Test
    void the_latest_changes_come_newest_first_across_aggregates() {
        MunicipalityCode municipality = newMunicipality();
        AuditEntry partnership = Fixtures.auditEntry(municipality, "Partnership", newAggregateId(), 1,
                MONDAY_MORNING);
        AuditEntry project = Fixtures.auditEntry(municipality, "Project", newAggregateId(), 1,
                MONDAY_MORNING.plusSeconds(60));
        AuditEntry visit = Fixtures.auditEntry(municipality, "Visit", newAggregateId(), 1,
                MONDAY_MORNING.plusSeconds(120));

        audit().append(partnership);
        audit().append(project);
        audit().append(visit);

        assertThat(audit().latest(municipality, 10)).containsExactly(visit, project, partnership);
    }

    @Test
    void the_latest_changes_stop_at_the_limit() {
        MunicipalityCode municipality = newMunicipality();
        String id = newAggregateId();
        for (int version = 1; version <= 5; version++) {
            audit().append(Fixtures.auditEntry(municipality, "Project", id, version,
                    MONDAY_MORNING.plusSeconds(version)));
        }

        assertThat(audit().latest(municipality, 2)).extracting(AuditEntry::version).containsExactly(5L, 4L);
    }

    @Test
    void the_latest_changes_are_the_municipality_s_own() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        AuditEntry inA = Fixtures.auditEntry(a, "Partner", newAggregateId(), 1, MONDAY_MORNING);
        audit().append(inA);
        audit().append(Fixtures.auditEntry(b, "Partner", newAggregateId(), 1, MONDAY_MORNING.plusSeconds(1)));

        assertThat(audit().latest(a, 10)).containsExactly(inA);
    }
}
