package io.openrcm.reimbursement.persistence;

import io.openrcm.platform.persistence.SetLookup;
import io.openrcm.platform.persistence.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Queries over a set of keys on tables that grow, on the transaction's connection: the keys are the statement's one
 * parameter, an array ({@code = ANY (?)}), and the statement is sent unnamed ({@link SetLookup}), so the server plans
 * it for each set of keys and never runs it from a generic plan cached while the table was small.
 */
final class SetReads {

    private SetReads() {
    }

    /**
     * Every row of the query for the keys, mapped, in the order the query returns them.
     *
     * @param arrayType the SQL type of the keys ({@code uuid}, {@code varchar})
     * @param what what is read, to name it in an error (never a value)
     */
    static <T> List<T> list(DataSource dataSource, String sql, String arrayType, Collection<?> keys,
            Sql.Reader<T> reader, String what) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = SetLookup.prepare(c, sql)) {
            ps.setArray(1, c.createArrayOf(arrayType, keys.toArray()));
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new JdbcFailure("reading " + what, e);
        }
    }
}
