package se.omvarld.adapter.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.port.AuditEntry;
import se.omvarld.testkit.Fixtures;

/** On PostgreSQL the database itself refuses to update, delete or truncate the audit trail. */
class PostgresAuditAppendOnlyTest {

    /** Skips each test, saying why, when PostgreSQL is unreachable (fails it under CI=true). */
    @BeforeEach
    void requirePostgres() {
        Postgres.require();
    }

    @Test
    void the_audit_trail_cannot_be_updated_deleted_or_truncated_even_with_plain_sql() throws SQLException {
        Database database = Postgres.database();
        Municipality municipality = database.persistence().municipalities()
                .save(Fixtures.municipality(Fixtures.uniqueMunicipalityCode()));
        AuditEntry entry = Fixtures.auditEntry(municipality.code(), "Municipality", municipality.code().value(), 1,
                Instant.parse("2026-03-02T08:00:00Z"));
        database.persistence().audit().append(entry);
        String code = municipality.code().value();

        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                    "update audit_entry set actor = 'someone.else' where municipality_code = '" + code + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate(
                    "delete from audit_entry where municipality_code = '" + code + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("truncate audit_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }

        assertThat(database.persistence().audit().of(municipality.code(), "Municipality", code))
                .containsExactly(entry);
    }
}
