package io.openrcm.claim.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Everything one scrub of one claim looks at.
 *
 * @param details the claim
 * @param correction original, replacement or void
 * @param billingProvider the billing provider's reference data; null when unknown
 * @param payer the payer's reference data; null when unknown
 * @param today the day of the scrub (timely filing counts to it)
 * @param duplicateOf another live claim for the same patient, provider, date and services; null when none
 */
public record ScrubInput(ClaimDetails details, Correction correction, ProviderFacts billingProvider,
        PayerFacts payer, LocalDate today, UUID duplicateOf) {
}
