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

    /**
     * The open balances of one payer's billed claims of one age in days.
     *
     * @param outstanding insurance A/R: what no payer has paid or adjusted yet, with the patient's share while a
     *        secondary or tertiary payer has the claim
     * @param patient patient A/R: what patients owe once insurance is done with their claims
     */
    public record OpenBalance(String payerId, long ageDays, BigDecimal outstanding, BigDecimal patient) {

        /** Insurance A/R only, as the feed gave it before the patient's side. */
        public OpenBalance(String payerId, long ageDays, BigDecimal outstanding) {
            this(payerId, ageDays, outstanding, BigDecimal.ZERO.setScale(2));
        }
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
