package se.omvarld.adapter.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.shared.CommitteeId;

/**
 * Schema version 5.1, between the SQL of 5 and 5.2: gives every stored committee the id the domain would have given
 * it ({@link Committee#named} over its municipality's committees, in their order: the slug of the name, with a hash
 * of the exact name where two names collide), and turns each project's committee name into that id. SQL cannot
 * compute the slug portably; the ids equal the slugs the old obligation keys used, so recorded R6 sections still
 * match. A project whose committee name is no stored committee's gets the slug of that name.
 *
 * <p>jOOQ's code generation reads only the SQL scripts: this migration changes data, never the schema.
 */
public final class V5_1__Committee_ids extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<String, Map<String, String>> idsByMunicipality = committeeIds(connection);
        try (PreparedStatement update = connection.prepareStatement(
                "update municipality_committee set committee_id = ? where municipality_code = ? and name = ?")) {
            for (Map.Entry<String, Map<String, String>> municipality : idsByMunicipality.entrySet()) {
                for (Map.Entry<String, String> committee : municipality.getValue().entrySet()) {
                    update.setString(1, committee.getValue());
                    update.setString(2, municipality.getKey());
                    update.setString(3, committee.getKey());
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
        List<String[]> projectCommittees = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select distinct municipality_code, committee from project");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                projectCommittees.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update project set committee = ? where municipality_code = ? and committee = ?")) {
            for (String[] row : projectCommittees) {
                String id = idsByMunicipality.getOrDefault(row[0], Map.of()).get(row[1]);
                update.setString(1, id != null ? id : new CommitteeId(ObligationKeys.slug(row[1])).value());
                update.setString(2, row[0]);
                update.setString(3, row[1]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Per municipality, committee name → id, as {@link Committee#named} gives them for its committees in order. */
    private static Map<String, Map<String, String>> committeeIds(Connection connection) throws SQLException {
        Map<String, List<String>> names = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select municipality_code, name from municipality_committee order by municipality_code, ordinal");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                names.computeIfAbsent(rows.getString(1), code -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        Map<String, Map<String, String>> ids = new HashMap<>();
        names.forEach((code, committeeNames) -> {
            Map<String, String> byName = new HashMap<>();
            for (Committee committee : Committee.named(committeeNames)) {
                byName.put(committee.name(), committee.id().value());
            }
            // Committee.named strips names; a stored name is matched as stored.
            for (String stored : committeeNames) {
                byName.putIfAbsent(stored, byName.get(stored.strip()));
            }
            ids.put(code, byName);
        });
        return ids;
    }
}
