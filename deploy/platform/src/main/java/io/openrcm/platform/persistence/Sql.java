package io.openrcm.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One statement at a time on the transaction's connection (the data source hands out the connection the transaction
 * holds): bound through {@link JdbcBatch.Row}, read row by row with a {@link Reader}. For the queries and single-row
 * writes that need no session: nothing is cached, flushed or dirty-checked.
 *
 * <p>A failure is an {@link IllegalStateException} naming the statement's first words (never its values, which may be
 * a patient's), with the driver's {@link SQLException} as its cause.
 */
public final class Sql {

    /** Binds a statement's parameters, in their order. */
    @FunctionalInterface
    public interface Params {

        void bind(JdbcBatch.Row row) throws SQLException;
    }

    /** Maps the current row of a result. */
    @FunctionalInterface
    public interface Reader<T> {

        T read(ResultSet rs) throws SQLException;
    }

    /** No parameters. */
    public static final Params NONE = row -> { };

    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every row of the query, mapped, in the order the query returns them. */
    public <T> List<T> list(String sql, Params params, Reader<T> reader) {
        return query(sql, params, reader, 0, false);
    }

    /**
     * Every row of a query over a set of keys ({@code = ANY (?)}) on a table that grows, mapped: sent unnamed
     * ({@link SetLookup}), so the server plans it for each set of keys and never runs it from a generic plan cached
     * while the table was small.
     */
    public <T> List<T> listOverSet(String sql, Params params, Reader<T> reader) {
        return query(sql, params, reader, 0, true);
    }

    /**
     * {@link #listOverSet} with each row's owner read by keyOf: the rows grouped by owner, each group in the order the
     * query returns its rows (child rows of a set of parents, ordered by parent and position).
     */
    public <K, T> Map<K, List<T>> groupedOverSet(String sql, Params params, Reader<K> keyOf, Reader<T> reader) {
        Map<K, List<T>> byKey = new LinkedHashMap<>();
        listOverSet(sql, params, rs -> Map.entry(keyOf.read(rs), reader.read(rs)))
                .forEach(e -> byKey.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byKey;
    }

    /** The query's first row, mapped; empty when it returns none. */
    public <T> Optional<T> first(String sql, Params params, Reader<T> reader) {
        return query(sql, params, reader, 1, false).stream().findFirst();
    }

    /** The one row of a query that always returns one (an aggregate), mapped. */
    public <T> T one(String sql, Params params, Reader<T> reader) {
        return first(sql, params, reader).orElseThrow(() -> new IllegalStateException(
                "No row from " + head(sql)));
    }

    /** The first column of the one row of a counting query. */
    public long count(String sql, Params params) {
        return one(sql, params, rs -> rs.getLong(1));
    }

    /** Runs an INSERT, UPDATE or DELETE; returns how many rows it changed. */
    public int update(String sql, Params params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            params.bind(new JdbcBatch.Row(ps));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + head(sql), e);
        }
    }

    /** A TIMESTAMPTZ column as an instant; null stays null. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private <T> List<T> query(String sql, Params params, Reader<T> reader, int maxRows, boolean unnamed) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = unnamed ? SetLookup.prepare(c, sql) : c.prepareStatement(sql)) {
            params.bind(new JdbcBatch.Row(ps));
            ps.setMaxRows(maxRows);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + head(sql), e);
        }
    }

    /** The statement's first words, to name it in an error. */
    static String head(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 60) + "...";
    }
}
