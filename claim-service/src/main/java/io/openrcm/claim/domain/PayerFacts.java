package io.openrcm.claim.domain;

import java.util.List;

/**
 * What the scrubber needs to know about a payer.
 *
 * @param payerId the payer id
 * @param claimFilingIndicator the 837 SBR09 code
 * @param timelyFilingDays days after the date of service within which a claim must reach the payer
 * @param rules the payer's own scrub rules
 */
public record PayerFacts(String payerId, String claimFilingIndicator, int timelyFilingDays, List<PayerRule> rules) {

    public PayerFacts {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
