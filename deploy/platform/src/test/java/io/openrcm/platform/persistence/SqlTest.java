package io.openrcm.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openrcm.infra.SharedTestInfrastructure;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** One statement at a time against a real PostgreSQL: bound values, mapped rows, counts and failures. */
class SqlTest {

    private static Sql sql;

    /** One row of the test table. */
    record Item(UUID id, String label, BigDecimal amount, Instant at) {
    }

    @BeforeAll
    static void createTable() throws Exception {
        PGSimpleDataSource dataSource = SharedTestInfrastructure.endpoints().newDatabase("platform_sql");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE item (id UUID PRIMARY KEY, label VARCHAR(40) NOT NULL, amount NUMERIC(12, 2),"
                    + " at TIMESTAMPTZ)");
        }
        sql = new Sql(dataSource);
    }

    @Test
    void rowsGoInAndComeBackAsBound() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-06T10:15:30.123456Z");
        assertThat(insert(first, "rows-a", new BigDecimal("10.05"), at)).isEqualTo(1);
        assertThat(insert(second, "rows-b", null, null)).isEqualTo(1);

        List<Item> items = sql.list("SELECT id, label, amount, at FROM item WHERE id = ANY (?) ORDER BY label",
                row -> row.uuids(List.of(first, second)), SqlTest::item);

        assertThat(items).containsExactly(new Item(first, "rows-a", new BigDecimal("10.05"), at),
                new Item(second, "rows-b", null, null));
        assertThat(sql.first("SELECT id, label, amount, at FROM item WHERE label = ?", row -> row.string("rows-b"),
                SqlTest::item)).map(Item::id).contains(second);
        assertThat(sql.first("SELECT id, label, amount, at FROM item WHERE label = ?", row -> row.string("none"),
                SqlTest::item)).isEmpty();
    }

    @Test
    void aQueryOverASetOfKeysReadsTheRowsOfTheKeys() {
        UUID one = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        insert(one, "set-a", BigDecimal.ONE, null);
        insert(other, "set-b", BigDecimal.TEN, null);
        insert(UUID.randomUUID(), "set-c", BigDecimal.TEN, null);

        List<String> labels = sql.listOverSet("SELECT label FROM item WHERE id = ANY (?) ORDER BY label",
                row -> row.uuids(List.of(other, one)), rs -> rs.getString(1));

        assertThat(labels).containsExactly("set-a", "set-b");
    }

    @Test
    void rowsOverASetOfKeysComeGroupedByTheirKeyInTheQuerysOrder() {
        UUID one = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        insert(one, "group-b", BigDecimal.ONE, null);
        insert(other, "group-a", BigDecimal.TEN, null);
        insert(UUID.randomUUID(), "group-a", BigDecimal.ONE, null);
        insert(UUID.randomUUID(), "group-c", BigDecimal.ONE, null);

        java.util.Map<String, List<BigDecimal>> byLabel = sql.groupedOverSet(
                "SELECT label, amount FROM item WHERE label = ANY (?) ORDER BY label, amount DESC",
                row -> row.strings(List.of("group-b", "group-a", "group-none")), rs -> rs.getString(1),
                rs -> rs.getBigDecimal(2));

        assertThat(byLabel).containsOnlyKeys("group-a", "group-b");
        assertThat(byLabel.keySet()).containsExactly("group-a", "group-b");
        assertThat(byLabel.get("group-a")).containsExactly(new BigDecimal("10.00"), new BigDecimal("1.00"));
        assertThat(byLabel.get("group-b")).containsExactly(new BigDecimal("1.00"));
    }

    @Test
    void aWhereClauseFiltersOnlyByWhatIsGivenAndBindsInTheOrderOfItsConditions() {
        insert(UUID.randomUUID(), "where-a", BigDecimal.ONE, null);
        insert(UUID.randomUUID(), "where-a", BigDecimal.TEN, null);
        insert(UUID.randomUUID(), "where-b", BigDecimal.TEN, null);

        Where byLabelAndAmount = Where.of("amount >= ?", row -> row.decimal(new BigDecimal("5")))
                .andEqualIfGiven("label", "where-a").and("label <> ?", row -> row.string("where-c"));
        Where byAmountOnly = Where.of("amount >= ?", row -> row.decimal(new BigDecimal("5")))
                .andEqualIfGiven("label", null).and("label LIKE ?", row -> row.string("where-%"));

        assertThat(byLabelAndAmount).hasToString("amount >= ? AND label = ? AND label <> ?");
        assertThat(sql.count("SELECT COUNT(*) FROM item WHERE " + byLabelAndAmount, byLabelAndAmount)).isEqualTo(1);
        assertThat(byAmountOnly).hasToString("amount >= ? AND label LIKE ?");
        assertThat(sql.count("SELECT COUNT(*) FROM item WHERE " + byAmountOnly, byAmountOnly)).isEqualTo(2);
    }

    @Test
    void firstReadsOneRowOfMany() {
        insert(UUID.randomUUID(), "many", BigDecimal.ONE, null);
        insert(UUID.randomUUID(), "many", BigDecimal.TEN, null);

        assertThat(sql.first("SELECT amount FROM item WHERE label = ? ORDER BY amount DESC",
                row -> row.string("many"), rs -> rs.getBigDecimal(1))).contains(new BigDecimal("10.00"));
    }

    @Test
    void countsAndUpdatesSayHowManyRows() {
        insert(UUID.randomUUID(), "count", BigDecimal.ONE, null);
        insert(UUID.randomUUID(), "count", BigDecimal.ONE, null);

        assertThat(sql.count("SELECT COUNT(*) FROM item WHERE label = ANY (?)",
                row -> row.strings(List.of("count", "nothing")))).isEqualTo(2);
        assertThat(sql.update("UPDATE item SET amount = amount + 1 WHERE label = ?", row -> row.string("count")))
                .isEqualTo(2);
        assertThat(sql.update("UPDATE item SET amount = 0 WHERE label = ?", row -> row.string("nothing")))
                .isZero();
        BigDecimal sum = sql.one("SELECT SUM(amount) FROM item WHERE label = ?", row -> row.string("count"),
                rs -> rs.getBigDecimal(1));
        assertThat(sum).isEqualByComparingTo("4");
    }

    @Test
    void aFailureNamesTheStatementAndNotItsValues() {
        UUID id = UUID.randomUUID();
        insert(id, "twice", BigDecimal.ONE, null);

        assertThatThrownBy(() -> insert(id, "secret-value", BigDecimal.ONE, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Could not run INSERT INTO item (id, label, amount, at) VALUES (?, ?, ?, ?)")
                .hasMessageNotContaining("secret-value")
                .hasCauseInstanceOf(SQLException.class);
        assertThatThrownBy(() -> sql.one("SELECT 1 WHERE false", Sql.NONE, rs -> rs.getInt(1)))
                .isInstanceOf(IllegalStateException.class).hasMessage("No row from SELECT 1 WHERE false");
    }

    private static int insert(UUID id, String label, BigDecimal amount, Instant at) {
        return sql.update("INSERT INTO item (id, label, amount, at) VALUES (?, ?, ?, ?)",
                row -> row.uuid(id).string(label).decimal(amount).instant(at));
    }

    private static Item item(java.sql.ResultSet rs) throws SQLException {
        return new Item(rs.getObject(1, UUID.class), rs.getString(2), rs.getBigDecimal(3), Sql.instant(rs, 4));
    }
}
