package io.openrcm.reimbursement.persistence;

import io.openrcm.kernel.Money;
import io.openrcm.platform.persistence.Sql;
import io.openrcm.reimbursement.domain.LedgerEntryType;
import io.openrcm.reimbursement.domain.LedgerTotals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** The ledger's side of reconciliation: which claims it posted to in a period, and its totals per claim. */
@ApplicationScoped
public class ReconciliationQueries {

    private static final String TOTALS = "SELECT claim_id,"
            + " COALESCE(SUM(amount) FILTER (WHERE entry_type = '" + LedgerEntryType.PAYMENT.name() + "'), 0),"
            + " COALESCE(SUM(amount) FILTER (WHERE entry_type = '" + LedgerEntryType.ADJUSTMENT.name() + "'), 0),"
            + " COALESCE(SUM(amount) FILTER (WHERE entry_type = '" + LedgerEntryType.PATIENT_RESPONSIBILITY.name()
            + "'), 0) FROM ledger_entry WHERE claim_id = ANY (?) GROUP BY claim_id ORDER BY claim_id";

    private final Sql sql;

    @Inject
    public ReconciliationQueries(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** The practices' claims with ledger entries posted in [from, to), in claim id order. */
    @Transactional
    public List<String> claimsPostedBetween(Instant from, Instant to, Set<String> practices) {
        return sql.list("SELECT DISTINCT l.claim_id FROM ledger_entry l JOIN expected_claim e"
                + " ON e.claim_id = l.claim_id WHERE l.posted_at >= ? AND l.posted_at < ?"
                + " AND e.billing_provider_npi = ANY (?) ORDER BY l.claim_id",
                row -> row.instant(from).instant(to).strings(practices), rs -> rs.getString(1));
    }

    /** Each claim's totals over its whole ledger (a claim's balance counts every posting, not the period's only). */
    @Transactional
    public List<LedgerTotals> totals(List<String> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        return sql.listOverSet(TOTALS, row -> row.strings(claimIds), rs -> new LedgerTotals(rs.getString(1),
                Money.of(rs.getBigDecimal(2)), Money.of(rs.getBigDecimal(3)), Money.of(rs.getBigDecimal(4))));
    }
}
