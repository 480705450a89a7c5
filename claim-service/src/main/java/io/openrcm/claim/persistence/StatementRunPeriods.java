package io.openrcm.claim.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** The guard rows of the scheduled statement run: one per practice and month. */
@ApplicationScoped
public class StatementRunPeriods {

    private final EntityManager em;

    @Inject
    public StatementRunPeriods(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims the practice's month for this transaction. A concurrent claimant waits on the key until this transaction
     * ends, then finds the row (false) or, when this one rolled back, takes it.
     *
     * @return true when the month was not run yet and is now this transaction's to run
     */
    public boolean claim(String practice, YearMonth period, LocalDate statementDate, Instant at) {
        return em.createNativeQuery("INSERT INTO statement_run_period (billing_provider_npi, period, statement_date,"
                + " statements, started_at) VALUES (?1, ?2, ?3, 0, ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, practice).setParameter(2, period.toString()).setParameter(3, statementDate)
                .setParameter(4, at).executeUpdate() == 1;
    }

    /** Records how many statements the practice's run of the month made. */
    public void finished(String practice, YearMonth period, int statements) {
        em.createNativeQuery("UPDATE statement_run_period SET statements = ?3 WHERE billing_provider_npi = ?1"
                + " AND period = ?2").setParameter(1, practice).setParameter(2, period.toString())
                .setParameter(3, statements).executeUpdate();
    }
}
