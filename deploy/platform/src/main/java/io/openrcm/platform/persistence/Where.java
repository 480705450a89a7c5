package io.openrcm.platform.persistence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE clause built from optional filters: each condition joined with AND, its parameters bound in the same order.
 * The text holds only placeholders; the values stay parameters (a filter may carry a patient's name or id).
 */
public final class Where implements Sql.Params {

    private final StringBuilder text = new StringBuilder();
    private final List<Sql.Params> params = new ArrayList<>();

    private Where(String condition, Sql.Params bind) {
        text.append(condition);
        params.add(bind);
    }

    /** The first condition, with its parameters. */
    public static Where of(String condition, Sql.Params bind) {
        return new Where(condition, bind);
    }

    /** Adds a condition, with its parameters, after the ones before it. */
    public Where and(String condition, Sql.Params bind) {
        text.append(" AND ").append(condition);
        params.add(bind);
        return this;
    }

    /** Adds {@code column = ?} when the value is given; a null value does not filter. */
    public Where andEqualIfGiven(String column, String value) {
        return value == null ? this : and(column + " = ?", row -> row.string(value));
    }

    @Override
    public void bind(JdbcBatch.Row row) throws SQLException {
        for (Sql.Params p : params) {
            p.bind(row);
        }
    }

    /** The conditions, without the WHERE keyword. */
    @Override
    public String toString() {
        return text.toString();
    }
}
