package io.openrcm.reimbursement.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One claim on which the posting ledger and claim-service's balance disagree: the ledger's totals, the claim's
 * (null when claim-service does not know the claim), and what kind of difference it is.
 *
 * @param kind AMOUNTS_DIFFER or UNKNOWN_CLAIM
 * @param ledger what the ledger posted to the claim
 * @param claim what claim-service applied to it; null for UNKNOWN_CLAIM
 * @param claimStatus the claim's status in claim-service; null for UNKNOWN_CLAIM
 */
public record ReconciliationDifference(Kind kind, LedgerTotals ledger, LedgerTotals claim, String claimStatus) {

    /** The kinds of difference. */
    public enum Kind {
        /** Both sides know the claim, with different figures. */
        AMOUNTS_DIFFER,
        /** The ledger posted money to a claim claim-service does not have. */
        UNKNOWN_CLAIM
    }

    public ReconciliationDifference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ledger, "ledger");
    }

    /**
     * Every difference between the ledger's totals and the claims' applied totals, in the ledger's order.
     *
     * @param ledger the ledger's totals per claim
     * @param applied claim-service's totals by claim id; a claim it does not know is absent
     * @param statuses claim-service's status by claim id
     */
    public static List<ReconciliationDifference> between(List<LedgerTotals> ledger, Map<String, LedgerTotals> applied,
            Map<String, String> statuses) {
        List<ReconciliationDifference> found = new ArrayList<>();
        for (LedgerTotals posted : ledger) {
            LedgerTotals claim = applied.get(posted.claimId());
            if (claim == null) {
                found.add(new ReconciliationDifference(Kind.UNKNOWN_CLAIM, posted, null, null));
            } else if (!posted.sameFiguresAs(claim)) {
                found.add(new ReconciliationDifference(Kind.AMOUNTS_DIFFER, posted, claim,
                        statuses.get(posted.claimId())));
            }
        }
        return found;
    }
}
