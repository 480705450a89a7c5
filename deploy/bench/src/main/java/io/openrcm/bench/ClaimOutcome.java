package io.openrcm.bench;

import java.math.BigDecimal;

/**
 * What the generated remittances do to one claim, and where they must leave it.
 *
 * @param claimId the claim
 * @param kind PAID, PARTIAL (the payer adjudicated only some lines; the rest stays outstanding), DENIED or
 *        REVERSED (paid, then reversed and paid again with corrected amounts)
 * @param postings how many claim payments are sent for it
 * @param expectedStatus the claim's status once all are posted
 * @param expectedPaid the claim's paid total once all are posted (the 835 signs summed)
 */
record ClaimOutcome(String claimId, Kind kind, int postings, String expectedStatus, BigDecimal expectedPaid) {

    /** The scenarios. */
    enum Kind { PAID, PARTIAL, DENIED, REVERSED }
}
