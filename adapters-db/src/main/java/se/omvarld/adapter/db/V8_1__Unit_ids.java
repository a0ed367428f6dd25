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
import se.omvarld.domain.municipality.Unit;
import se.omvarld.domain.municipality.UnitKind;
import se.omvarld.domain.shared.UnitId;

/**
 * Schema version 8.1, between the SQL of 8 and 8.2: gives every stored unit the id the domain would have given it
 * ({@link Unit#named} over its municipality's units, in their order: the slug of the name, with a hash of the exact
 * name where two names collide), and turns each project's owning unit, stored by name, into that id. SQL cannot
 * compute the slug portably. A project whose owning unit is no stored unit's name gets the id such a unit would get
 * beside the stored ones ({@link Unit#idFor}), so it never takes over another unit's id.
 *
 * <p>jOOQ's code generation reads only the SQL scripts: this migration changes data, never the schema.
 */
public final class V8_1__Unit_ids extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<String, Map<String, String>> idsByMunicipality = unitIds(connection);
        try (PreparedStatement update = connection.prepareStatement(
                "update municipality_unit set unit_id = ? where municipality_code = ? and name = ?")) {
            for (Map.Entry<String, Map<String, String>> municipality : idsByMunicipality.entrySet()) {
                for (Map.Entry<String, String> unit : municipality.getValue().entrySet()) {
                    update.setString(1, unit.getValue());
                    update.setString(2, municipality.getKey());
                    update.setString(3, unit.getKey());
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
        List<String[]> owningUnits = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select distinct municipality_code, owning_unit from project");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                owningUnits.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update project set owning_unit = ? where municipality_code = ? and owning_unit = ?")) {
            for (String[] row : owningUnits) {
                Map<String, String> ids = idsByMunicipality.getOrDefault(row[0], Map.of());
                String id = ids.get(row[1]);
                update.setString(1, id != null ? id
                        : Unit.idFor(row[1], ids.values().stream().map(UnitId::of).toList()).value());
                update.setString(2, row[0]);
                update.setString(3, row[1]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Per municipality, unit name → id, as {@link Unit#named} gives them for its units in order. */
    private static Map<String, Map<String, String>> unitIds(Connection connection) throws SQLException {
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, List<Unit.Draft>> drafts = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select municipality_code, name, kind,"
                + " administration from municipality_unit order by municipality_code, ordinal");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String code = rows.getString(1);
                names.computeIfAbsent(code, c -> new ArrayList<>()).add(rows.getString(2));
                drafts.computeIfAbsent(code, c -> new ArrayList<>()).add(new Unit.Draft(rows.getString(2),
                        UnitKind.valueOf(rows.getString(3)), rows.getString(4)));
            }
        }
        Map<String, Map<String, String>> ids = new HashMap<>();
        names.forEach((code, unitNames) -> {
            Map<String, String> byName = new HashMap<>();
            for (Unit unit : Unit.named(drafts.get(code))) {
                byName.put(unit.name(), unit.id().value());
            }
            // Unit.named strips names; a stored name is matched as stored.
            for (String stored : unitNames) {
                byName.putIfAbsent(stored, byName.get(stored.strip()));
            }
            ids.put(code, byName);
        });
        return ids;
    }
}
