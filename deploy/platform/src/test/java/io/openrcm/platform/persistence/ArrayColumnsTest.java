package io.openrcm.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.infra.SharedTestInfrastructure;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** A batch written through typed arrays arrives as the values it was, nulls and order included (real PostgreSQL). */
class ArrayColumnsTest {

    private static PGSimpleDataSource dataSource;

    record Row(UUID id, BigDecimal amount, LocalDate day, Instant at, Boolean flag, String label) {
    }

    @BeforeAll
    static void createDatabase() throws Exception {
        dataSource = SharedTestInfrastructure.endpoints().newDatabase("platform_array_columns");
    }

    @Test
    void eachTypeRoundTripsThroughItsCastAndTheRowsKeepTheirOrder() throws Exception {
        List<Row> rows = List.of(
                new Row(UUID.randomUUID(), new BigDecimal("1E+3"), LocalDate.of(2026, 2, 28),
                        Instant.parse("2026-12-05T02:30:00.123456Z"), true, "a, \"quoted\" {brace}"),
                new Row(UUID.randomUUID(), new BigDecimal("0.10"), null, null, null, null),
                new Row(UUID.randomUUID(), new BigDecimal("-12345678.99"), LocalDate.of(1999, 12, 31),
                        Instant.parse("1999-12-31T23:59:59Z"), false, "NULL"));
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE typed_row (n BIGSERIAL, id UUID, amount NUMERIC(14,2), day DATE,"
                        + " at TIMESTAMPTZ, flag BOOLEAN, label TEXT)");
            }
            List<UUID> returned = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO typed_row (id, amount, day, at, flag, label)"
                    + " SELECT i, a, d, t, f, l FROM unnest(?::uuid[], ?::numeric[], ?::date[], ?::timestamptz[],"
                    + " ?::boolean[], ?::text[]) WITH ORDINALITY AS u(i, a, d, t, f, l, k) ORDER BY k"
                    + " RETURNING id")) {
                ps.setArray(1, ArrayColumns.of(c, rows, Row::id));
                ps.setArray(2, ArrayColumns.of(c, rows, Row::amount));
                ps.setArray(3, ArrayColumns.of(c, rows, Row::day));
                ps.setArray(4, ArrayColumns.of(c, rows, Row::at));
                ps.setArray(5, ArrayColumns.of(c, rows, Row::flag));
                ps.setArray(6, ArrayColumns.of(c, rows, Row::label));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        returned.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            assertThat(returned).containsExactlyElementsOf(rows.stream().map(Row::id).toList());

            List<Row> stored = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT id, amount, day, at, flag, label FROM typed_row ORDER BY n")) {
                while (rs.next()) {
                    java.sql.Timestamp at = rs.getTimestamp(4);
                    stored.add(new Row(rs.getObject(1, UUID.class), rs.getBigDecimal(2),
                            rs.getObject(3, LocalDate.class), at == null ? null : at.toInstant(),
                            (Boolean) rs.getObject(5), rs.getString(6)));
                }
            }
            assertThat(stored).hasSize(3);
            assertThat(stored.get(0).amount()).isEqualByComparingTo("1000");
            assertThat(stored.get(0).at()).isEqualTo(rows.get(0).at());
            assertThat(stored.get(0).label()).isEqualTo(rows.get(0).label());
            assertThat(stored.get(1)).isEqualTo(new Row(rows.get(1).id(), new BigDecimal("0.10"), null, null, null,
                    null));
            // The text "NULL" is a string, not SQL NULL.
            assertThat(stored.get(2)).isEqualTo(new Row(rows.get(2).id(), new BigDecimal("-12345678.99"),
                    LocalDate.of(1999, 12, 31), Instant.parse("1999-12-31T23:59:59Z"), false, "NULL"));
            assertThat(stored.get(0).day()).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(stored.get(0).flag()).isTrue();
        }
    }
}
