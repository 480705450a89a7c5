package io.openrcm.dashboard.persistence;

import io.agroal.api.AgroalDataSource;
import io.openrcm.dashboard.domain.ClaimStatusChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.OptionalLong;

/** Writes the projection: the change into the feed's history, and the claim's current state. */
@ApplicationScoped
public class ProjectionRepository {

    private static final String INSERT_CHANGE = "INSERT INTO claim_status_change (event_id, claim_id, payer_id,"
            + " billing_provider_npi, from_status, to_status, reason_codes, denial_category, changed_at, payload)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING RETURNING id";

    // Per-claim order is kept by the topic (keyed by claim id); the changed_at guard only keeps an older change that
    // arrives late from overwriting a newer state.
    private static final String UPSERT_CLAIM = "INSERT INTO claim_projection (claim_id, encounter_id, payer_id,"
            + " billing_provider_npi, status, reason, reason_codes, total_charge, paid_amount, adjustment_amount,"
            + " patient_responsibility, outstanding, date_of_service, first_seen_at, submitted_at, first_adjudication,"
            + " changed_at, responsibility, patient_balance)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (claim_id) DO UPDATE SET encounter_id = COALESCE(EXCLUDED.encounter_id, claim_projection.encounter_id),"
            + " payer_id = EXCLUDED.payer_id, billing_provider_npi = EXCLUDED.billing_provider_npi,"
            + " status = EXCLUDED.status, reason = EXCLUDED.reason, reason_codes = EXCLUDED.reason_codes,"
            + " total_charge = EXCLUDED.total_charge, paid_amount = EXCLUDED.paid_amount,"
            + " adjustment_amount = EXCLUDED.adjustment_amount,"
            + " patient_responsibility = EXCLUDED.patient_responsibility, outstanding = EXCLUDED.outstanding,"
            + " date_of_service = COALESCE(EXCLUDED.date_of_service, claim_projection.date_of_service),"
            + " first_seen_at = LEAST(claim_projection.first_seen_at, EXCLUDED.first_seen_at),"
            + " submitted_at = COALESCE(claim_projection.submitted_at, EXCLUDED.submitted_at),"
            + " first_adjudication = COALESCE(claim_projection.first_adjudication, EXCLUDED.first_adjudication),"
            + " responsibility = EXCLUDED.responsibility, patient_balance = EXCLUDED.patient_balance,"
            + " changed_at = EXCLUDED.changed_at WHERE claim_projection.changed_at <= EXCLUDED.changed_at";

    private final AgroalDataSource dataSource;

    @Inject
    public ProjectionRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Applies one change in the caller's transaction; returns its sequence number in the feed, or empty when this
     * event was applied before (a replay).
     */
    public OptionalLong apply(ClaimStatusChange change, String payload) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            OptionalLong sequence = insertChange(c, change, payload);
            if (sequence.isPresent()) {
                upsertClaim(c, change);
            }
            return sequence;
        }
    }

    private static OptionalLong insertChange(Connection c, ClaimStatusChange change, String payload)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_CHANGE)) {
            ps.setObject(1, change.eventId());
            ps.setString(2, change.claimId());
            ps.setString(3, change.payerId());
            ps.setString(4, change.billingProviderNpi());
            ps.setString(5, change.fromStatus());
            ps.setString(6, change.toStatus());
            ps.setString(7, String.join(",", change.reasonCodes()));
            ps.setString(8, change.denialCategory());
            ps.setTimestamp(9, Timestamp.from(change.changedAt()));
            ps.setString(10, payload);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    private static void upsertClaim(Connection c, ClaimStatusChange change) throws SQLException {
        ClaimStatusChange.Amounts a = change.amounts();
        Timestamp at = Timestamp.from(change.changedAt());
        boolean billed = change.isSubmission() || change.isAdjudication();
        try (PreparedStatement ps = c.prepareStatement(UPSERT_CLAIM)) {
            int i = 0;
            ps.setString(++i, change.claimId());
            ps.setString(++i, change.encounterId());
            ps.setString(++i, change.payerId());
            ps.setString(++i, change.billingProviderNpi());
            ps.setString(++i, change.toStatus());
            ps.setString(++i, change.reason());
            ps.setString(++i, String.join(",", change.reasonCodes()));
            ps.setBigDecimal(++i, a.totalCharge());
            ps.setBigDecimal(++i, a.paid());
            ps.setBigDecimal(++i, a.adjustments());
            ps.setBigDecimal(++i, a.patientResponsibility());
            ps.setBigDecimal(++i, a.outstanding());
            if (change.dateOfService() == null) {
                ps.setNull(++i, Types.DATE);
            } else {
                ps.setDate(++i, Date.valueOf(change.dateOfService()));
            }
            ps.setTimestamp(++i, at);
            ps.setTimestamp(++i, billed ? at : null);
            // A patient's payment on a claim (same status) is no payer's decision.
            ps.setString(++i, change.isAdjudication() && !change.isPatientOnly() ? change.toStatus() : null);
            ps.setTimestamp(++i, at);
            ps.setString(++i, change.responsibility());
            ps.setBigDecimal(++i, change.patientBalance());
            ps.executeUpdate();
        }
    }
}
