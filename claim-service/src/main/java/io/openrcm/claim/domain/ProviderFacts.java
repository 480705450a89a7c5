package io.openrcm.claim.domain;

/**
 * What the 837P needs to know about a provider, from the reference data.
 *
 * @param npi the NPI
 * @param name the organization or person name
 * @param taxId the 9-digit EIN or SSN
 * @param taxonomyCode the NUCC taxonomy code
 * @param addressLine1 street
 * @param addressLine2 suite; may be null
 * @param city city
 * @param state 2-letter state
 * @param postalCode 5 or 9-digit ZIP
 */
public record ProviderFacts(String npi, String name, String taxId, String taxonomyCode, String addressLine1,
        String addressLine2, String city, String state, String postalCode) {
}
