package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.LedgerTotals;
import io.openrcm.reimbursement.domain.ReconciliationDifference;
import io.openrcm.reimbursement.persistence.ReconciliationQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Use case: reconcile the posting ledger with the claims' balances. The claims the ledger posted to in a period are
 * taken in batches; for each batch the ledger's totals are compared with what claim-service applied, read in one
 * request per batch, and every difference is named. No transaction spans the remote call.
 */
@ApplicationScoped
public class Reconciler {

    private static final Logger LOG = Logger.getLogger(Reconciler.class);

    private final ReconciliationQueries ledger;
    private final ClaimBalances claims;
    private final int batchSize;

    @Inject
    public Reconciler(ReconciliationQueries ledger, ClaimBalances claims,
            @ConfigProperty(name = "rcm.reimbursement.reconciliation.batch-size", defaultValue = "500")
            int batchSize) {
        this.ledger = ledger;
        this.claims = claims;
        this.batchSize = Math.max(1, batchSize);
    }

    /**
     * The report for the practices' claims the ledger posted to from {@code from} to {@code to} (dates in UTC, both
     * inclusive).
     *
     * @throws ClaimServiceUnavailableException when claim-service cannot answer
     */
    public Report reconcile(LocalDate from, LocalDate to, Set<String> practices) {
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<String> ids = ledger.claimsPostedBetween(start, end, practices);
        List<ReconciliationDifference> differences = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += batchSize) {
            List<String> batch = ids.subList(i, Math.min(ids.size(), i + batchSize));
            List<LedgerTotals> posted = ledger.totals(batch);
            ClaimBalances.Applied applied = claims.of(batch);
            differences.addAll(ReconciliationDifference.between(posted, applied.totals(), applied.statuses()));
        }
        LOG.infof("Reconciliation %s..%s: %d claim(s) compared, %d difference(s)", from, to, ids.size(),
                differences.size());
        return new Report(from, to, ids.size(), differences);
    }

    /**
     * The result.
     *
     * @param from first posting date
     * @param to last posting date
     * @param claimsCompared how many claims the ledger posted to in the period
     * @param differences every claim whose figures differ, in claim id order
     */
    public record Report(LocalDate from, LocalDate to, int claimsCompared,
            List<ReconciliationDifference> differences) {
    }
}
