package se.omvarld.architecture.planted.domain.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Offends rule 1: {@code java.sql} is under {@code java..} but is infrastructure, not language. */
public final class DomainTypeThatOpensAConnection {

    private final Connection connection;

    public DomainTypeThatOpensAConnection(Connection connection) {
        this.connection = connection;
    }

    public boolean isOpen() throws SQLException {
        return !connection.isClosed();
    }
}
