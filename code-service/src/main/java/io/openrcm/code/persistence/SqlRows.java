package io.openrcm.code.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a native query with JDBC-style positional parameters and returns its rows, through Hibernate in the service
 * or through a plain JDBC connection in the benchmarks, so both run the very same SQL.
 */
@FunctionalInterface
public interface SqlRows {

    /** The rows of the query. */
    List<Object[]> rows(String sql, Object... params);

    /** Through the entity manager (inside the caller's transaction). */
    @SuppressWarnings("unchecked")
    static SqlRows of(EntityManager em) {
        return (sql, params) -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            List<Object> result = query.getResultList();
            List<Object[]> rows = new ArrayList<>(result.size());
            for (Object r : result) {
                rows.add(r instanceof Object[] a ? a : new Object[] {r});
            }
            return rows;
        };
    }

    /** Through a JDBC connection. */
    static SqlRows of(Connection connection) {
        return (sql, params) -> {
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
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
