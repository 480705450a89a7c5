package io.openrcm.claim.application;

import java.math.BigDecimal;
import java.util.List;

/** The sums and counts the accounts receivable figures are computed from, as the claim table gives them. */
public final class ArFigures {

    private ArFigures() {
    }

    /**
     * One payer's outstanding balance by age bucket.
     *
     * @param payerId the payer
     * @param buckets the amounts, in the order of {@link ArService#BUCKETS}
     */
    public record AgingRow(String payerId, List<BigDecimal> buckets) {
    }

    /**
     * Counts and sums over original claims with a date of service in a period.
     *
     * @param claims every claim
     * @param scrubbed claims scrubbed at least once
     * @param clean scrubbed claims that never failed the scrub
     * @param acknowledged claims the payer accepted or rejected at least once
     * @param firstPassAccepted acknowledged claims never rejected
     * @param adjudicated claims the payer adjudicated
     * @param denied adjudicated claims whose first adjudication was a denial
     * @param adjudicatedCharges the charges of the adjudicated claims
     * @param deniedCharges the charges of the denied claims
     * @param totalCharges the charges of every claim
     */
    public record Counts(long claims, long scrubbed, long clean, long acknowledged, long firstPassAccepted,
            long adjudicated, long denied, BigDecimal adjudicatedCharges, BigDecimal deniedCharges,
            BigDecimal totalCharges) {
    }
}
