package io.openrcm.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openrcm.infra.SharedTestInfrastructure;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The batch helper against a real PostgreSQL: values and nulls land as bound, an empty batch sends nothing. */
class JdbcBatchTest {

    private static final String INSERT = "INSERT INTO batch_row (id, label, amount, day, at, position, total, flag,"
            + " refs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static PGSimpleDataSource dataSource;

    /** One row of the test table, every column nullable but the id. */
    record BatchRow(UUID id, String label, BigDecimal amount, LocalDate day, Instant at, Integer position, long total,
            boolean flag, List<UUID> refs) {
    }

    @BeforeAll
    static void createTable() throws Exception {
        dataSource = SharedTestInfrastructure.endpoints().newDatabase("platform_batch");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE batch_row (id UUID PRIMARY KEY, label VARCHAR(40), amount NUMERIC(12, 2),"
                    + " day DATE, at TIMESTAMPTZ, position INTEGER, total BIGINT NOT NULL, flag BOOLEAN NOT NULL,"
                    + " refs UUID[])");
        }
    }

    @Test
    void severalRowsGoInOneBatchWithTheirValues() throws Exception {
        Instant at = Instant.parse("2026-11-30T23:59:58.123456Z");
        UUID ref = UUID.randomUUID();
        List<BatchRow> rows = List.of(
                new BatchRow(UUID.randomUUID(), "first", new BigDecimal("12.30"), LocalDate.of(2026, 2, 28), at, 0,
                        5_000_000_000L, true, List.of(ref)),
                new BatchRow(UUID.randomUUID(), "second", new BigDecimal("-0.01"), LocalDate.of(2024, 2, 29),
                        at.plusSeconds(1), 7, 0L, false, List.of()),
                new BatchRow(UUID.randomUUID(), "third", new BigDecimal("99999.99"), LocalDate.of(1999, 12, 31),
                        at.minusSeconds(86_400), -3, -1L, true, List.of(ref, ref)));

        int[] counts;
        try (Connection c = dataSource.getConnection()) {
            counts = JdbcBatch.execute(c, INSERT, rows, JdbcBatchTest::bind);
        }

        assertThat(counts).hasSize(3);
        for (BatchRow row : rows) {
            assertThat(read(row.id())).isEqualTo(row);
        }
    }

    @Test
    void nullsAreStoredAsSqlNull() throws Exception {
        BatchRow empty = new BatchRow(UUID.randomUUID(), null, null, null, null, null, 1L, false, null);
        try (Connection c = dataSource.getConnection()) {
            JdbcBatch.execute(c, INSERT, List.of(empty), (row, r) -> row.uuid(r.id()).string(null).decimal(null)
                    .date(null).instant(null).integer((Integer) null).bigint(r.total()).bool(r.flag()).uuid(null));
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT label IS NULL AND amount IS NULL AND day IS NULL AND at IS NULL AND position IS NULL"
                        + " AND refs IS NULL FROM batch_row WHERE id = ?")) {
            ps.setObject(1, empty.id());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1)).isTrue();
            }
        }
    }

    @Test
    void noRowsMeansNoStatement() throws Exception {
        Connection untouchable = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    throw new AssertionError("the connection was used: " + method.getName());
                });

        assertThat(JdbcBatch.execute(untouchable, INSERT, List.<BatchRow>of(), JdbcBatchTest::bind)).isEmpty();
    }

    @Test
    void aRowTheTableRefusesFailsTheBatch() throws Exception {
        BatchRow row = new BatchRow(UUID.randomUUID(), "twin", BigDecimal.ONE, null, null, null, 1L, true, null);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> JdbcBatch.execute(c, INSERT, List.of(row, row), JdbcBatchTest::bind))
                    .isInstanceOf(SQLException.class).hasMessageContaining("batch_row_pkey");
            c.rollback();
        }
    }

    @Test
    void childrenComeParentByParentWithTheirPositions() {
        List<List<String>> parents = List.of(List.of("a", "b"), List.of(), List.of("c"));

        List<JdbcBatch.Child<List<String>, String>> children = JdbcBatch.children(parents, p -> p);

        assertThat(children).extracting(JdbcBatch.Child::value).containsExactly("a", "b", "c");
        assertThat(children).extracting(JdbcBatch.Child::position).containsExactly(0, 1, 0);
        assertThat(children.get(2).parent()).isSameAs(parents.get(2));
    }

    private static void bind(JdbcBatch.Row row, BatchRow r) throws SQLException {
        row.uuid(r.id()).string(r.label()).decimal(r.amount()).date(r.day()).instant(r.at()).integer(r.position())
                .bigint(r.total()).bool(r.flag());
        if (r.refs() == null) {
            row.uuid(null);
        } else {
            row.uuids(r.refs());
        }
    }

    private static BatchRow read(UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT label, amount, day, at, position, total, flag, refs FROM batch_row WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("row %s", id).isTrue();
                Array refs = rs.getArray(8);
                List<UUID> ids = refs == null ? null : new ArrayList<>(Arrays.asList((UUID[]) refs.getArray()));
                return new BatchRow(id, rs.getString(1), rs.getBigDecimal(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getObject(5, Integer.class),
                        rs.getLong(6), rs.getBoolean(7), ids);
            }
        }
    }
}
