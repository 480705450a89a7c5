package io.openrcm.reimbursement.persistence;

import java.sql.SQLException;

/**
 * A database error of a JDBC writer or reader that runs several statements on one connection, unchecked; the
 * SQLException stays its cause, so its SQLSTATE decides as it does for the platform's {@code Sql} (a unique violation
 * answered as a resend, poison told from a transient failure).
 */
public class JdbcFailure extends RuntimeException {

    JdbcFailure(String doing, SQLException cause) {
        super("Database error " + doing + " (SQLSTATE " + cause.getSQLState() + ")", cause);
    }
}
