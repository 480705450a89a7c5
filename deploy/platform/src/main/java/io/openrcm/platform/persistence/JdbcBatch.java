package io.openrcm.platform.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One statement run for many rows as a JDBC batch, on the caller's connection (the transaction's): prepared once, each
 * row bound and added, executed once. Inserts go to the server as multi-row INSERTs where the driver rewrites batches.
 * The rows bind their values through {@link Row}, in the order of the statement's parameters; its setters take null
 * as SQL NULL.
 */
public final class JdbcBatch {

    private JdbcBatch() {
    }

    /** Binds one row's values, in the order of the statement's parameters. */
    @FunctionalInterface
    public interface Binder<T> {

        void bind(Row row, T value) throws SQLException;
    }

    /** A row of a child table (a line of a claim): its parent, and its position in the parent's list from 0. */
    public record Child<P, C>(P parent, int position, C value) {
    }

    /**
     * Runs the statement once per row, as one batch; returns the driver's update counts, one per row. No rows, no
     * statement: nothing is prepared or sent.
     */
    public static <T> int[] execute(Connection c, String sql, Collection<? extends T> rows, Binder<? super T> binder)
            throws SQLException {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Row row = new Row(ps);
            for (T value : rows) {
                row.index = 1;
                binder.bind(row, value);
                ps.addBatch();
            }
            return ps.executeBatch();
        }
    }

    /** The children of every parent, parent by parent and in their order, for the batch of a child table. */
    public static <P, C> List<Child<P, C>> children(Collection<? extends P> parents,
            Function<? super P, ? extends List<? extends C>> childrenOf) {
        List<Child<P, C>> all = new ArrayList<>();
        for (P parent : parents) {
            List<? extends C> children = childrenOf.apply(parent);
            for (int i = 0; i < children.size(); i++) {
                all.add(new Child<>(parent, i, children.get(i)));
            }
        }
        return all;
    }

    /** The parameters of the row being bound: each setter sets the next one. */
    public static final class Row {

        private final PreparedStatement ps;
        private int index = 1;

        Row(PreparedStatement ps) {
            this.ps = ps;
        }

        public Row string(String value) throws SQLException {
            ps.setString(index++, value);
            return this;
        }

        public Row uuid(UUID value) throws SQLException {
            ps.setObject(index++, value);
            return this;
        }

        public Row integer(int value) throws SQLException {
            ps.setInt(index++, value);
            return this;
        }

        public Row integer(Integer value) throws SQLException {
            if (value == null) {
                ps.setNull(index++, Types.INTEGER);
            } else {
                ps.setInt(index++, value);
            }
            return this;
        }

        public Row bigint(long value) throws SQLException {
            ps.setLong(index++, value);
            return this;
        }

        public Row bigint(Long value) throws SQLException {
            if (value == null) {
                ps.setNull(index++, Types.BIGINT);
            } else {
                ps.setLong(index++, value);
            }
            return this;
        }

        public Row bool(boolean value) throws SQLException {
            ps.setBoolean(index++, value);
            return this;
        }

        /** A NUMERIC value (money, units) as it is, scale included. */
        public Row decimal(BigDecimal value) throws SQLException {
            if (value == null) {
                ps.setNull(index++, Types.NUMERIC);
            } else {
                ps.setBigDecimal(index++, value);
            }
            return this;
        }

        public Row date(LocalDate value) throws SQLException {
            ps.setObject(index++, value, Types.DATE);
            return this;
        }

        /** A TIMESTAMPTZ value, sent in UTC. */
        public Row instant(Instant value) throws SQLException {
            if (value == null) {
                ps.setNull(index++, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                ps.setObject(index++, OffsetDateTime.ofInstant(value, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            }
            return this;
        }

        /** A {@code text[]} value (for {@code = ANY (?)}). */
        public Row strings(Collection<String> values) throws SQLException {
            ps.setArray(index++, ps.getConnection().createArrayOf("text", values.toArray()));
            return this;
        }

        /** A {@code uuid[]} value (for {@code = ANY (?)}). */
        public Row uuids(Collection<UUID> values) throws SQLException {
            ps.setArray(index++, ps.getConnection().createArrayOf("uuid", values.toArray()));
            return this;
        }
    }
}
