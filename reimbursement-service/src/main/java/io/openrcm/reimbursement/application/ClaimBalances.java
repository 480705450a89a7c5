package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.LedgerTotals;
import java.util.List;
import java.util.Map;

/** What claim-service applied to a batch of claims (its balances), as reconciliation needs it. */
public interface ClaimBalances {

    /**
     * The applied totals and status of the claims claim-service knows, in one request.
     *
     * @param claimIds up to a few hundred claim ids
     * @throws ClaimServiceUnavailableException when claim-service cannot answer
     */
    Applied of(List<String> claimIds);

    /**
     * One batch's answer.
     *
     * @param totals the applied totals by claim id; unknown claims are absent
     * @param statuses the claim status by claim id
     */
    record Applied(Map<String, LedgerTotals> totals, Map<String, String> statuses) {
    }
}
