package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.Correction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds patient accounts and their claims. A patient account is the practice's patient: the billing provider and
 * the patient id the EHR sent. Replaced and voided claims carry nothing for the patient (the replacement does).
 */
@ApplicationScoped
public class PatientAccountQueries {

    private static final String LIVE = "frequency_code <> '" + Correction.VOID_CODE + "' AND status NOT IN ('"
            + ClaimStatus.CORRECTED.name() + "', '" + ClaimStatus.VOIDED.name() + "')";
    private static final String OWES = ArQueries.OPEN_PATIENT_AR + " AND " + ArQueries.PATIENT_OWED + " > 0";
    // The encounter's claims, originals and corrections: each half matches one of the partial indexes on encounter_id
    // (see ClaimRepository.OF_ENCOUNTER).
    private static final String OF_ENCOUNTER = "(encounter_id = ?1 AND frequency_code = '" + Correction.ORIGINAL_CODE
            + "' OR encounter_id = ?1 AND frequency_code <> '" + Correction.ORIGINAL_CODE + "')";

    private final EntityManager em;

    @Inject
    public PatientAccountQueries(EntityManager em) {
        this.em = em;
    }

    /** The account's live claims, oldest date of service first; empty when the practice has no such patient. */
    public List<UUID> claimsOf(String practice, String patientId) {
        return ids(em.createNativeQuery("SELECT id FROM claim WHERE billing_provider_npi = ?1 AND patient_id = ?2"
                + " AND " + LIVE + " ORDER BY date_of_service, created_at, id").setParameter(1, practice)
                .setParameter(2, patientId).getResultList());
    }

    /** The practice's claims on which a patient owes something, by patient and date of service. */
    public List<UUID> claimsOwing(String practice) {
        return ids(em.createNativeQuery("SELECT id FROM claim WHERE billing_provider_npi = ?1 AND " + OWES
                + " ORDER BY patient_id, date_of_service, id").setParameter(1, practice).getResultList());
    }

    /** The practice's patients who owe something, in patient id order. */
    @SuppressWarnings("unchecked")
    public List<String> accountsOwing(String practice) {
        return em.createNativeQuery("SELECT DISTINCT patient_id FROM claim WHERE billing_provider_npi = ?1 AND "
                + OWES + " ORDER BY patient_id").setParameter(1, practice).getResultList();
    }

    /**
     * The encounter's live claim and its practice (the replacement once one was sent); empty before the encounter
     * became a claim.
     */
    public Optional<EncounterClaim> liveClaimOfEncounter(UUID encounterId) {
        List<?> rows = em.createNativeQuery("SELECT id, billing_provider_npi FROM claim WHERE " + OF_ENCOUNTER
                + " AND " + LIVE + " ORDER BY created_at DESC, id LIMIT 1").setParameter(1, encounterId)
                .getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new EncounterClaim((UUID) row[0], (String) row[1]);
        });
    }

    /** True when the encounter has any claim, live or not. */
    public boolean encounterHasClaim(UUID encounterId) {
        return !em.createNativeQuery("SELECT 1 FROM claim WHERE " + OF_ENCOUNTER + " LIMIT 1")
                .setParameter(1, encounterId).getResultList().isEmpty();
    }

    /**
     * An encounter's live claim.
     *
     * @param claimId the claim
     * @param practice its billing provider
     */
    public record EncounterClaim(UUID claimId, String practice) {
    }

    /** The practices (billing-provider NPIs) with a patient who owes something. */
    @SuppressWarnings("unchecked")
    public List<String> practicesOwed() {
        return em.createNativeQuery("SELECT DISTINCT billing_provider_npi FROM claim WHERE " + OWES
                + " ORDER BY billing_provider_npi").getResultList();
    }

    private static List<UUID> ids(List<?> rows) {
        return rows.stream().map(r -> (UUID) r).toList();
    }
}
