package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.Correction;
import io.openrcm.platform.persistence.ArrayColumns;
import io.openrcm.platform.persistence.SetLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What the intake of a batch of encounters reads from the claims, one statement for the whole batch: which encounters
 * have their original claim, and the earlier duplicates of the new claims. Arrays go to the server as text and are
 * cast there.
 */
@ApplicationScoped
public class ClaimIntakeQueries {

    private static final String WITH_ORIGINAL = "SELECT encounter_id FROM claim WHERE encounter_id = ANY(?::uuid[])"
            + " AND frequency_code = ?";
    // The rule of ClaimRepository.findEarlierDuplicate, for every new claim at once: the oldest match of each. One
    // probe of claim_practice_patient_date per new claim (LATERAL ... LIMIT 1): a join left the choice to the table's
    // statistics, which lag behind a table that grows fast (a hash join over a sequential scan of claim, 12 ms a batch
    // of 100 in a 10,000 run, instead of well under 1 ms).
    private static final String EARLIER_DUPLICATES = "SELECT k.id, d.id FROM unnest(?::uuid[], ?::text[], ?::text[],"
            + " ?::date[], ?::text[], ?::timestamptz[]) AS k(id, patient, npi, dos, signature, created)"
            + " CROSS JOIN LATERAL (SELECT c.id FROM claim c WHERE c.billing_provider_npi = k.npi"
            + " AND c.patient_id = k.patient AND c.date_of_service = k.dos AND c.service_signature = k.signature"
            + " AND c.id <> k.id AND c.frequency_code = ? AND c.status <> ?"
            + " AND (c.created_at < k.created OR (c.created_at = k.created AND c.id < k.id))"
            + " ORDER BY c.created_at, c.id LIMIT 1) d";

    private final DataSource dataSource;

    @Inject
    public ClaimIntakeQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The encounters among these that already have their original claim. */
    public Set<UUID> encountersWithOriginal(Collection<UUID> encounterIds) {
        if (encounterIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> found = new HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = SetLookup.prepare(c, WITH_ORIGINAL)) {
            ps.setArray(1, ArrayColumns.of(c, encounterIds, id -> id));
            ps.setString(2, Correction.ORIGINAL_CODE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up the claims of " + encounterIds.size()
                    + " encounter(s)", e);
        }
        return found;
    }

    /**
     * For each claim that has one, a stored earlier live original claim for the same patient, billing provider, date
     * of service and services (see {@link ClaimStore#earlierDuplicateOf}); claims not stored yet are not seen.
     *
     * @return the earlier claim's id by the claim's id
     */
    public Map<UUID, UUID> earlierDuplicatesOf(List<Claim> claims) {
        if (claims.isEmpty()) {
            return Map.of();
        }
        Map<UUID, UUID> found = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = SetLookup.prepare(c, EARLIER_DUPLICATES)) {
            ps.setArray(1, ArrayColumns.of(c, claims, Claim::id));
            ps.setArray(2, ArrayColumns.of(c, claims, k -> k.details().patient().id()));
            ps.setArray(3, ArrayColumns.of(c, claims, k -> k.details().billingProviderNpi()));
            ps.setArray(4, ArrayColumns.of(c, claims, k -> k.details().dateOfService()));
            ps.setArray(5, ArrayColumns.of(c, claims, k -> k.details().serviceSignature()));
            ps.setArray(6, ArrayColumns.of(c, claims, Claim::createdAt));
            ps.setString(7, Correction.ORIGINAL_CODE);
            ps.setString(8, ClaimStatus.VOIDED.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look for duplicates of " + claims.size() + " claim(s)", e);
        }
        return found;
    }
}
