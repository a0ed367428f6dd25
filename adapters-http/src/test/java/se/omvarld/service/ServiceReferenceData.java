package se.omvarld.service;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The reference data a service imports, for tests in other packages. */
public final class ServiceReferenceData {

    private ServiceReferenceData() {
    }

    /** Waits until the shipped exchange rates are in: an import before them would keep them out for good. */
    public static void await(Service service) throws InterruptedException {
        service.awaitReferenceData();
    }

    /** How many exchange rates the service's database holds. */
    public static long exchangeRates(Service service) throws SQLException {
        try (Connection c = service.database().dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet count = s.executeQuery("select count(*) from exchange_rate")) {
            count.next();
            return count.getLong(1);
        }
    }
}
