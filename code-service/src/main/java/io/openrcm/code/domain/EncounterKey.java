package io.openrcm.code.domain;

/**
 * The idempotency key of an encounter: the practice (billing provider NPI) and its EHR's encounter id. Two practices'
 * EHRs may use the same id; each is its own encounter, and neither learns of the other's.
 *
 * @param billingProviderNpi the practice
 * @param ehrEncounterId the id its EHR gave the encounter
 */
public record EncounterKey(String billingProviderNpi, String ehrEncounterId) {

    /** The key of this content. */
    public static EncounterKey of(EncounterContent content) {
        return new EncounterKey(content.billingProviderNpi(), content.ehrEncounterId());
    }
}
