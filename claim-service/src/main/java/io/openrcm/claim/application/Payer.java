package io.openrcm.claim.application;

import io.openrcm.claim.domain.PayerFacts;
import io.openrcm.claim.domain.PayerRule;
import java.time.Instant;
import java.util.List;

/**
 * A payer as the reference data holds it.
 *
 * @param payerId the payer id used in encounters and claims
 * @param name the payer's name
 * @param claimFilingIndicator the 837 SBR09 code
 * @param timelyFilingDays days after the date of service within which a claim must reach the payer
 * @param submission where and how its 837P files go
 * @param scrubRules the payer's own scrub rules
 * @param updatedAt when it last changed
 */
public record Payer(String payerId, String name, String claimFilingIndicator, int timelyFilingDays,
        PayerSubmission submission, List<PayerRule> scrubRules, Instant updatedAt) {

    public Payer {
        scrubRules = scrubRules == null ? List.of() : List.copyOf(scrubRules);
    }

    /** What the scrubber needs to know about it. */
    public PayerFacts facts() {
        return new PayerFacts(payerId, claimFilingIndicator, timelyFilingDays, scrubRules);
    }
}
