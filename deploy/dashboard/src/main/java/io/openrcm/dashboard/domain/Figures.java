package io.openrcm.dashboard.domain;

import java.math.BigDecimal;

/** The rows the projection answers with, before the summary puts them together. */
public final class Figures {

    private Figures() {
    }

    /** Claims in one status. */
    public record StateTotals(String state, long claims, BigDecimal totalCharge, BigDecimal outstanding) {
    }

    /** Claims of one payer or one billing provider. */
    public record PartyTotals(String id, long claims, BigDecimal totalCharge, BigDecimal paid, BigDecimal outstanding) {
    }

    /** The outstanding balance of one payer's billed claims of one age in days. */
    public record OpenBalance(String payerId, long ageDays, BigDecimal outstanding) {
    }

    /** Claims by the payer's first decision on them (the initial denial rate's numerator and denominator). */
    public record FirstDecisions(long adjudicated, long deniedFirst, BigDecimal adjudicatedCharges,
            BigDecimal deniedFirstCharges, long deniedNow, BigDecimal deniedNowOutstanding) {
    }

    /** A reason code (or denial category) and on how many claims it came. */
    public record CodeCount(String code, long claims) {
    }

    /** One change of the feed as it was published, with its sequence number. */
    public record FeedEntry(long sequence, String claimId, String payerId, String billingProviderNpi, String payload) {
    }
}
