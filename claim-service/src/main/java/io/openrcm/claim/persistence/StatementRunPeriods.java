package io.openrcm.claim.persistence;

import io.openrcm.platform.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import javax.sql.DataSource;

/** The guard rows of the scheduled statement run: one per practice and month; JDBC. */
@ApplicationScoped
public class StatementRunPeriods {

    private static final String CLAIM = "INSERT INTO statement_run_period (billing_provider_npi, period,"
            + " statement_date, statements, started_at) VALUES (?, ?, ?, 0, ?) ON CONFLICT DO NOTHING";
    private static final String FINISHED = "UPDATE statement_run_period SET statements = ?"
            + " WHERE billing_provider_npi = ? AND period = ?";

    private final Sql sql;

    @Inject
    public StatementRunPeriods(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /**
     * Claims the practice's month for this transaction. A concurrent claimant waits on the key until this transaction
     * ends, then finds the row (false) or, when this one rolled back, takes it.
     *
     * @return true when the month was not run yet and is now this transaction's to run
     */
    public boolean claim(String practice, YearMonth period, LocalDate statementDate, Instant at) {
        return sql.update(CLAIM, row -> row.string(practice).string(period.toString()).date(statementDate)
                .instant(at)) == 1;
    }

    /** Records how many statements the practice's run of the month made. */
    public void finished(String practice, YearMonth period, int statements) {
        sql.update(FINISHED, row -> row.integer(statements).string(practice).string(period.toString()));
    }
}
