package io.openrcm.reimbursement.persistence;

import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.domain.LedgerEntryType;
import io.openrcm.reimbursement.domain.LedgerTotals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The ledger's side of reconciliation: which claims it posted to in a period, and its totals per claim. */
@ApplicationScoped
public class ReconciliationQueries {

    private final EntityManager em;

    @Inject
    public ReconciliationQueries(EntityManager em) {
        this.em = em;
    }

    /** The practices' claims with ledger entries posted in [from, to), in claim id order. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> claimsPostedBetween(Instant from, Instant to, Set<String> practices) {
        return em.createNativeQuery("SELECT DISTINCT l.claim_id FROM ledger_entry l JOIN expected_claim e"
                + " ON e.claim_id = l.claim_id WHERE l.posted_at >= ?1 AND l.posted_at < ?2"
                + " AND e.billing_provider_npi IN (?3) ORDER BY l.claim_id").setParameter(1, from)
                .setParameter(2, to).setParameter(3, WorkQueueQueries.inList(practices)).getResultList();
    }

    /** Each claim's totals over its whole ledger (a claim's balance counts every posting, not the period's only). */
    @Transactional
    public List<LedgerTotals> totals(List<String> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT claim_id AS claim_id,"
                + " COALESCE(SUM(amount) FILTER (WHERE entry_type = ?2), 0) AS paid,"
                + " COALESCE(SUM(amount) FILTER (WHERE entry_type = ?3), 0) AS adjustments,"
                + " COALESCE(SUM(amount) FILTER (WHERE entry_type = ?4), 0) AS patient"
                + " FROM ledger_entry WHERE claim_id IN (?1) GROUP BY claim_id ORDER BY claim_id", Tuple.class)
                .setParameter(1, claimIds).setParameter(2, LedgerEntryType.PAYMENT.name())
                .setParameter(3, LedgerEntryType.ADJUSTMENT.name())
                .setParameter(4, LedgerEntryType.PATIENT_RESPONSIBILITY.name()).getResultList();
        return rows.stream().map(t -> new LedgerTotals(t.get("claim_id", String.class), money(t, "paid"),
                money(t, "adjustments"), money(t, "patient"))).toList();
    }

    private static Money money(Tuple t, String alias) {
        return Money.of((BigDecimal) t.get(alias));
    }
}
