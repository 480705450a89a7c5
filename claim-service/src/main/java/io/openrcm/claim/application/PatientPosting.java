package io.openrcm.claim.application;

import io.openrcm.claim.domain.PatientEntry;
import java.util.Optional;

/**
 * The answer to a patient payment or refund.
 *
 * @param entry the entry posted under the reference (the first one, when the reference was posted before)
 * @param claim the claim after it, with its patient balance
 * @param repeated true when the reference had been posted before and nothing changed now
 * @param writeOff the small-balance write-off the payment left, if any
 */
public record PatientPosting(PatientEntry entry, PatientClaim claim, boolean repeated,
        Optional<PatientEntry> writeOff) {
}
