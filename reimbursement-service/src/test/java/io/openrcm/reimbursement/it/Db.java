package io.openrcm.reimbursement.it;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the service's tables directly, to check what was (and was not) stored. */
final class Db {

    private final AgroalDataSource dataSource;

    Db(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The single value of a query, such as a count; null when there is no row. */
    Object value(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the rows changed. */
    int update(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    long count(String sql, Object... params) {
        return ((Number) value(sql, params)).longValue();
    }

    /** Unpublished outbox rows. */
    long outboxBacklog() {
        return count("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
    }
}
