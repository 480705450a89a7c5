package io.openrcm.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.infra.SharedTestInfrastructure;
import io.openrcm.infra.TableReads;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A set lookup run often while its table was small still reads through the index once the table has grown; the same
 * statement prepared the driver's default way, as a control, keeps the plan the server cached for the small table and
 * reads the whole table. Real PostgreSQL: the point is the server's plan cache.
 */
class SetLookupTest {

    private static final String LOOKUP = "SELECT id, label FROM set_row WHERE id = ANY (?)";
    // Another text: the driver keeps one server statement per text and connection, whoever prepared it.
    private static final String CONTROL = "SELECT r.id, r.label FROM set_row r WHERE r.id = ANY (?)";
    private static final int GROWN = 20_000;

    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void createDatabase() throws Exception {
        dataSource = SharedTestInfrastructure.endpoints().newDatabase("platform_set_lookup");
    }

    @Test
    void aLookupPreparedWhileTheTableWasSmallReadsThroughTheIndexOnceItHasGrown() throws Exception {
        List<UUID> small = createTable("set_row", 100);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            // A fresh database's first minutes: autovacuum analyzed the table while it was small (createTable), and the
            // statement runs often enough for the server to cache a plan.
            for (int i = 0; i < 15; i++) {
                assertThat(lookUp(c, SetLookup.prepare(c, LOOKUP), small.subList(0, 2))).hasSize(2);
                assertThat(lookUp(c, c.prepareStatement(CONTROL), small.subList(0, 2))).hasSize(2);
            }
            List<UUID> later = grow(c);

            long scans = TableReads.sequentialScans(c, "set_row");
            long rows = TableReads.rowsRead(c, "set_row");
            List<String> found = lookUp(c, SetLookup.prepare(c, LOOKUP), later);
            long setLookupScans = TableReads.sequentialScans(c, "set_row") - scans;
            long setLookupRows = TableReads.rowsRead(c, "set_row") - rows;
            scans = TableReads.sequentialScans(c, "set_row");
            List<String> control = lookUp(c, c.prepareStatement(CONTROL), later);
            long controlScans = TableReads.sequentialScans(c, "set_row") - scans;
            c.rollback();

            assertThat(found).hasSize(later.size()).isEqualTo(control);
            assertThat(setLookupScans).as("sequential scans of the set lookup").isZero();
            assertThat(setLookupRows).as("rows read by the set lookup, of " + GROWN).isLessThan(100);
            assertThat(controlScans).as("sequential scans of the statement prepared by default (the control)")
                    .isEqualTo(1);
        }
    }

    /** Adds rows in the connection's transaction and returns fifty of the new ids, spread over the table. */
    private static List<UUID> grow(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO set_row (id, label) SELECT gen_random_uuid(), 'row ' || g"
                    + " FROM generate_series(1, " + GROWN + ") g");
        }
        List<UUID> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM set_row ORDER BY id LIMIT 50 OFFSET 1000")) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private static List<UUID> createTable(String table, int rows) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table + " (id UUID PRIMARY KEY, label VARCHAR(40) NOT NULL)");
            for (int i = 0; i < rows; i++) {
                UUID id = UUID.randomUUID();
                s.execute("INSERT INTO " + table + " VALUES ('" + id + "', 'first " + i + "')");
                ids.add(id);
            }
            s.execute("ANALYZE " + table);
        }
        return ids;
    }

    private static List<String> lookUp(Connection c, PreparedStatement ps, List<UUID> ids) throws SQLException {
        List<String> labels = new ArrayList<>();
        try (ps) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    labels.add(rs.getString(2));
                }
            }
        }
        labels.sort(null);
        return labels;
    }
}
