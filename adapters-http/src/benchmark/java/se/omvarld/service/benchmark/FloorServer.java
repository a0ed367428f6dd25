package se.omvarld.service.benchmark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.UUID;
import se.omvarld.adapter.db.DbSettings;

/**
 * The floor the service is measured against: a bare Javalin server with one endpoint per case, each issuing one bare
 * JDBC statement (the update: one transaction of two) on a HikariCP pool of the service's size, and writing the rows
 * as JSON with Jackson's streaming generator, column by column. No authentication, no validation, no domain objects,
 * no mapping, no metrics: what an answer costs at least, on the same database, the same Jetty and the same JSON
 * library. The municipality is bound as its column's type, {@code char}, as the service's statements take it: H2
 * converts a {@code varchar} at every comparison in the index.
 *
 * <ul>
 *   <li>{@code GET /floor/partnerships?limit=50}: the same columns as the service's list (the partner's name and
 *       locality joined, the day of activation as a subquery), ordered by title and id, with the total as
 *       {@code count(*) over ()}.</li>
 *   <li>{@code GET /floor/projects?status=RUNNING&limit=50}: the same columns as the service's list of projects (the
 *       countries aggregated in a subquery), with the total.</li>
 *   <li>{@code GET /floor/partnerships/{id}}: the same rows as the service reads, the partnership's and its seven
 *       child tables', in one statement, with its version as ETag.</li>
 *   <li>{@code PUT /floor/partnerships/{id}/democracy-plan} with If-Match: in one transaction, raises the version if
 *       it is the one If-Match names (else 412) and appends the plan, as the service's save does; answers the id and
 *       the new version (ETag).</li>
 * </ul>
 */
final class FloorServer implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper READER = new ObjectMapper();

    private static final String PARTNERSHIPS = "select p.id, p.title, p.kind, p.status, p.partner_id,"
            + " pa.name as partner_name, p.country, pa.locality as partner_locality, p.proposed_on,"
            + " (select min(c.decided_on) from partnership_status_change c where c.municipality_code ="
            + " p.municipality_code and c.partnership_id = p.id and c.to_status = 'ACTIVE') as activated_on,"
            + " p.version, count(*) over () as total"
            + " from partnership p join partner pa on pa.municipality_code = p.municipality_code"
            + " and pa.id = p.partner_id where p.municipality_code = ? order by p.title, p.id limit ?";
    private static final String PROJECTS = "select p.id, p.parent_id, p.title, p.kind, p.status, p.owning_unit,"
            + " p.committee, p.programme_id, (select string_agg(c.country, ',' order by c.ordinal) from project_country c"
            + " where c.municipality_code = p.municipality_code and c.project_id = p.id) as countries,"
            + " p.budget_total, p.budget_total_currency, p.registered_on, p.version, count(*) over () as total"
            + " from project p where p.municipality_code = ? and p.status = ? order by p.title, p.id limit ?";
    /**
     * The same rows as the service's read of a partnership: its own row and those of its seven child tables, in one
     * statement (a {@code union all}, each table's columns in shared columns of their type, ordered by table and
     * ordinal), as the service reads them (adapters-db's {@code AggregateRows}).
     */
    private static final String ONE = "select * from ("
            + "select 0 as part, 0 as seq, p.title as t1, p.kind as t2, p.status as t3, p.country as t4,"
            + " cast(null as varchar) as t5, p.partner_id as u1, p.proposed_on as d1,"
            + " p.counterpart_values_formal_agreement as b1, p.version as l1, cast(null as integer) as i1,"
            + " cast(null as integer) as i2 from partnership p where p.municipality_code = ? and p.id = ?"
            + " union all select 1, 0, area, null, null, null, null, null, null, null, null, null, null"
            + " from partnership_area where municipality_code = ? and partnership_id = ?"
            + " union all select 2, 0, funding_source, null, null, null, null, null, null, null, null, null, null"
            + " from partnership_funding_source where municipality_code = ? and partnership_id = ?"
            + " union all select 3, ordinal, committee_id, null, null, null, null, null, null, null, null, null,"
            + " null from partnership_committee where municipality_code = ? and partnership_id = ?"
            + " union all select 4, ordinal, purpose, partner_choice_reason, benefits, risks, null, null, made_on,"
            + " null, null, null, null from partnership_analysis where municipality_code = ? and partnership_id = ?"
            + " union all select 5, ordinal, goal, null, null, null, null, null, null, null, null, analysis_ordinal,"
            + " null from partnership_analysis_goal where municipality_code = ? and partnership_id = ?"
            + " union all select 6, ordinal, reflection, null, null, null, null, null, adopted_on, null, null, null,"
            + " null from partnership_democracy_plan where municipality_code = ? and partnership_id = ?"
            + " union all select 7, ordinal, from_status, to_status, decided_by_kind, decided_by_name,"
            + " decision_reference, null, decided_on, null, null, null, null from partnership_status_change"
            + " where municipality_code = ? and partnership_id = ?) aggregate order by part, i1, seq";
    private static final int ONE_TABLES = 8;
    private static final String RAISE = "update partnership set version = version + 1"
            + " where municipality_code = ? and id = ? and version = ?";
    private static final String APPEND = "insert into partnership_democracy_plan"
            + " (municipality_code, partnership_id, ordinal, reflection, adopted_on)"
            + " select ?, ?, coalesce(max(ordinal), -1) + 1, ?, ? from partnership_democracy_plan"
            + " where municipality_code = ? and partnership_id = ?";

    private final HikariDataSource pool;
    private final Javalin server;
    private final String municipality;

    FloorServer(DbSettings settings, String municipality) {
        this.municipality = municipality;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setPoolName("floor");
        settings.schema().ifPresent(config::setSchema);
        this.pool = new HikariDataSource(config);
        this.server = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.routes.get("/floor/partnerships", this::partnerships);
            c.routes.get("/floor/projects", this::projects);
            c.routes.get("/floor/partnerships/{id}", this::one);
            c.routes.put("/floor/partnerships/{id}/democracy-plan", this::update);
        });
        server.start(0);
    }

    int port() {
        return server.port();
    }

    HikariDataSource pool() {
        return pool;
    }

    private void partnerships(Context ctx) throws SQLException, IOException {
        int limit = Integer.parseInt(ctx.queryParamAsClass("limit", String.class).getOrDefault("50"));
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(PARTNERSHIPS)) {
            s.setObject(1, municipality, Types.CHAR);
            s.setInt(2, limit);
            page(ctx, s);
        }
    }

    private void projects(Context ctx) throws SQLException, IOException {
        int limit = Integer.parseInt(ctx.queryParamAsClass("limit", String.class).getOrDefault("50"));
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(PROJECTS)) {
            s.setObject(1, municipality, Types.CHAR);
            s.setString(2, ctx.queryParam("status"));
            s.setInt(3, limit);
            page(ctx, s);
        }
    }

    private void one(Context ctx) throws SQLException, IOException {
        UUID id = UUID.fromString(ctx.pathParam("id"));
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(ONE)) {
            for (int t = 0; t < ONE_TABLES; t++) {
                s.setObject(2 * t + 1, municipality, Types.CHAR);
                s.setObject(2 * t + 2, id);
            }
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next() || rs.getInt("part") != 0) {
                    ctx.status(404);
                    return;
                }
                long version = rs.getLong("l1");
                ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
                ResultSetMetaData meta = rs.getMetaData();
                try (JsonGenerator g = JSON.createGenerator(out)) {
                    g.writeStartArray();
                    do {
                        row(g, rs, meta);
                    } while (rs.next());
                    g.writeEndArray();
                }
                ctx.header("ETag", "\"" + version + "\"");
                ctx.contentType("application/json").result(out.toByteArray());
            }
        }
    }

    private void update(Context ctx) throws SQLException, IOException {
        String ifMatch = ctx.header("If-Match");
        if (ifMatch == null) {
            ctx.status(428);
            return;
        }
        long expected = Long.parseLong(ifMatch.replace("\"", "").trim());
        JsonNode body = READER.readTree(ctx.bodyAsBytes());
        UUID id = UUID.fromString(ctx.pathParam("id"));
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement raise = c.prepareStatement(RAISE);
                    PreparedStatement append = c.prepareStatement(APPEND)) {
                raise.setString(1, municipality);
                raise.setObject(2, id);
                raise.setLong(3, expected);
                if (raise.executeUpdate() != 1) {
                    c.rollback();
                    ctx.status(412);
                    return;
                }
                append.setString(1, municipality);
                append.setObject(2, id);
                append.setString(3, body.get("reflection").asText());
                append.setDate(4, Date.valueOf(LocalDate.parse(body.get("adoptedOn").asText())));
                append.setString(5, municipality);
                append.setObject(6, id);
                append.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        ctx.header("ETag", "\"" + (expected + 1) + "\"");
        ctx.contentType("application/json").result("{\"id\":\"" + id + "\",\"version\":" + (expected + 1) + "}");
    }

    /** The rows as {@code {"items": [...], "total": n}}. */
    private static void page(Context ctx, PreparedStatement s) throws SQLException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        long total = 0;
        try (ResultSet rs = s.executeQuery(); JsonGenerator g = JSON.createGenerator(out)) {
            ResultSetMetaData meta = rs.getMetaData();
            g.writeStartObject();
            g.writeArrayFieldStart("items");
            while (rs.next()) {
                total = rs.getLong("total");
                row(g, rs, meta);
            }
            g.writeEndArray();
            g.writeNumberField("total", total);
            g.writeEndObject();
        }
        ctx.contentType("application/json").result(out.toByteArray());
    }

    private static void row(JsonGenerator g, ResultSet rs, ResultSetMetaData meta) throws SQLException, IOException {
        g.writeStartObject();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            String name = meta.getColumnLabel(i);
            if (value == null) {
                g.writeNullField(name);
            } else if (value instanceof Number n) {
                g.writeFieldName(name);
                g.writeNumber(n.toString());
            } else {
                g.writeStringField(name, value.toString().strip());
            }
        }
        g.writeEndObject();
    }

    @Override
    public void close() {
        server.stop();
        pool.close();
    }
}
