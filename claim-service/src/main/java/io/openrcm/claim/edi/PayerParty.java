package io.openrcm.claim.edi;

/**
 * The payer as loop 2010BB and SBR09 name it.
 *
 * @param name NM103
 * @param ediPayerId NM109 (qualifier PI)
 * @param claimFilingIndicator SBR09
 */
public record PayerParty(String name, String ediPayerId, String claimFilingIndicator) {
}
