package io.openrcm.claim.application;

import java.util.UUID;

/** A claim an 837 submission carried: its id, practice (billing-provider NPI) and patient, for access and audit. */
public record CarriedClaimOwner(UUID claimId, String practice, String patientId) {
}
