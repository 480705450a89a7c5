package io.openrcm.code.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Runs a query with JDBC-style positional parameters and returns its rows as arrays of column values, on the
 * service's data source (the transaction's connection) or on a plain JDBC connection in the benchmarks, so both run
 * the very same SQL.
 */
@FunctionalInterface
public interface SqlRows {

    /** The rows of the query. */
    List<Object[]> rows(String sql, Object... params);

    /** On the data source's connection (the caller's transaction's, if it has one). */
    static SqlRows of(DataSource dataSource) {
        return (sql, params) -> {
            try (Connection c = dataSource.getConnection()) {
                return rows(c, sql, params);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not run a code set query", e);
            }
        };
    }

    /** On a JDBC connection. */
    static SqlRows of(Connection connection) {
        return (sql, params) -> {
            try {
                return rows(connection, sql, params);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not run a code set query", e);
            }
        };
    }

    private static List<Object[]> rows(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Object[]> rows = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int c = 0; c < n; c++) {
                        row[c] = rs.getObject(c + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
