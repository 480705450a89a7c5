package io.openrcm.bench;

import java.math.BigDecimal;

/**
 * What the generated remittances do to one claim, and where they must leave it.
 *
 * @param claimId the claim
 * @param kind PAID, PARTIAL (the payer adjudicated only some lines; the rest stays outstanding), DENIED,
 *        REVERSED (paid, then reversed and paid again with corrected amounts) or SECONDARY (the primary pays and
 *        leaves the patient's share, claim-service bills the secondary, whose 835 pays part of it and leaves the
 *        rest to the patient)
 * @param postings how many claim payments are sent for it
 * @param expectedStatus the claim's status once all are posted
 * @param expectedPaid the claim's paid total once all are posted (the 835 signs summed, over every payer)
 * @param secondaryPayerId the secondary payer the claim must reach; null unless SECONDARY
 * @param expectedSecondaryPaid what the secondary pays; null unless SECONDARY
 * @param expectedPatientOwed what the patient owes once the payers are done; null unless SECONDARY
 */
record ClaimOutcome(String claimId, Kind kind, int postings, String expectedStatus, BigDecimal expectedPaid,
        String secondaryPayerId, BigDecimal expectedSecondaryPaid, BigDecimal expectedPatientOwed) {

    /** An outcome with one payer. */
    ClaimOutcome(String claimId, Kind kind, int postings, String expectedStatus, BigDecimal expectedPaid) {
        this(claimId, kind, postings, expectedStatus, expectedPaid, null, null, null);
    }

    /** The scenarios. */
    enum Kind { PAID, PARTIAL, DENIED, REVERSED, SECONDARY }
}
