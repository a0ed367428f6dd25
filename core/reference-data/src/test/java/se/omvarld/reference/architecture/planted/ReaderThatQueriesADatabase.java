package se.omvarld.reference.architecture.planted;

import java.sql.Connection;
import java.sql.SQLException;

/** Planted offender: a reference reader that reaches for JDBC. Only the architecture test imports it. */
public final class ReaderThatQueriesADatabase {

    private ReaderThatQueriesADatabase() {
    }

    public static int assessments(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            return statement.executeUpdate("delete from country_assessment");
        }
    }
}
