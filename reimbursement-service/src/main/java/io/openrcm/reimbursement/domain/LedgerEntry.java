package io.openrcm.reimbursement.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored ledger entry.
 *
 * @param id the entry id
 * @param paymentId the claim payment it posts
 * @param line what it records
 * @param postedAt when it was written
 */
public record LedgerEntry(long id, UUID paymentId, LedgerLine line, Instant postedAt) {
}
