package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.Correction;
import io.openrcm.platform.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Finds patient accounts and their claims. A patient account is the practice's patient: the billing provider and
 * the patient id the EHR sent. Replaced and voided claims carry nothing for the patient (the replacement does).
 */
@ApplicationScoped
public class PatientAccountQueries {

    private static final String LIVE = "frequency_code <> '" + Correction.VOID_CODE + "' AND status NOT IN ('"
            + ClaimStatus.CORRECTED.name() + "', '" + ClaimStatus.VOIDED.name() + "')";
    private static final String OWES = ArQueries.OPEN_PATIENT_AR + " AND " + ArQueries.PATIENT_OWED + " > 0";
    // The encounter's claims, originals and corrections: each half matches one of the partial indexes on encounter_id.
    private static final String OF_ENCOUNTER = ClaimRepository.OF_ENCOUNTER;

    private static final Sql.Reader<UUID> ID = rs -> rs.getObject(1, UUID.class);

    private final Sql sql;

    @Inject
    public PatientAccountQueries(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** The account's live claims, oldest date of service first; empty when the practice has no such patient. */
    public List<UUID> claimsOf(String practice, String patientId) {
        return sql.list("SELECT id FROM claim WHERE billing_provider_npi = ? AND patient_id = ? AND " + LIVE
                + " ORDER BY date_of_service, created_at, id", row -> row.string(practice).string(patientId), ID);
    }

    /** The practice's claims on which a patient owes something, by patient and date of service. */
    public List<UUID> claimsOwing(String practice) {
        return sql.list("SELECT id FROM claim WHERE billing_provider_npi = ? AND " + OWES
                + " ORDER BY patient_id, date_of_service, id", row -> row.string(practice), ID);
    }

    /** The practice's patients who owe something, in patient id order. */
    public List<String> accountsOwing(String practice) {
        return sql.list("SELECT DISTINCT patient_id FROM claim WHERE billing_provider_npi = ? AND " + OWES
                + " ORDER BY patient_id", row -> row.string(practice), rs -> rs.getString(1));
    }

    /**
     * The encounter's live claim and its practice (the replacement once one was sent); empty before the encounter
     * became a claim.
     */
    public Optional<EncounterClaim> liveClaimOfEncounter(UUID encounterId) {
        return sql.first("SELECT id, billing_provider_npi FROM claim WHERE " + OF_ENCOUNTER + " AND " + LIVE
                + " ORDER BY created_at DESC, id LIMIT 1", row -> row.uuid(encounterId).uuid(encounterId),
                rs -> new EncounterClaim(rs.getObject(1, UUID.class), rs.getString(2)));
    }

    /** True when the encounter has any claim, live or not. */
    public boolean encounterHasClaim(UUID encounterId) {
        return sql.first("SELECT 1 FROM claim WHERE " + OF_ENCOUNTER + " LIMIT 1",
                row -> row.uuid(encounterId).uuid(encounterId), rs -> true).isPresent();
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
    public List<String> practicesOwed() {
        return sql.list("SELECT DISTINCT billing_provider_npi FROM claim WHERE " + OWES
                + " ORDER BY billing_provider_npi", Sql.NONE, rs -> rs.getString(1));
    }
}
