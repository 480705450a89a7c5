package io.openrcm.dashboard.persistence;

import io.agroal.api.AgroalDataSource;
import io.openrcm.dashboard.domain.ClaimStatusChange;
import io.openrcm.dashboard.domain.PublishedChange;
import io.openrcm.platform.persistence.ArrayColumns;
import io.openrcm.platform.persistence.Rounds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/** Writes the projection a batch at a time: the changes into the feed's history, and the claims' current states. */
@ApplicationScoped
public class ProjectionRepository {

    /**
     * The batch's changes into the feed in their order (so the sequence follows it), each once: a replayed event id
     * is skipped and not returned.
     */
    private static final String INSERT_CHANGES = "INSERT INTO claim_status_change (event_id, claim_id, payer_id,"
            + " billing_provider_npi, from_status, to_status, reason_codes, denial_category, changed_at, payload)"
            + " SELECT e, c, p, n, f, t, r, d, a, j FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::text[]) WITH ORDINALITY AS u(e, c, p, n, f, t, r,"
            + " d, a, j, k) ORDER BY k ON CONFLICT (event_id) DO NOTHING RETURNING id, event_id";

    // Per-claim order is kept by the topic (keyed by claim id) and by the rounds (a claim's k-th change of a batch in
    // round k); the changed_at guard only keeps an older change that arrives late from overwriting a newer state.
    private static final String UPSERT_CLAIMS = "INSERT INTO claim_projection (claim_id, encounter_id, payer_id,"
            + " billing_provider_npi, status, reason, reason_codes, total_charge, paid_amount, adjustment_amount,"
            + " patient_responsibility, outstanding, date_of_service, first_seen_at, submitted_at, first_adjudication,"
            + " changed_at, responsibility, patient_balance)"
            + " SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::date[], ?::timestamptz[],"
            + " ?::timestamptz[], ?::text[], ?::timestamptz[], ?::text[], ?::numeric[])"
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
     * Applies a batch of changes in the caller's transaction: the feed's rows with one statement, the claims' states
     * with one statement per round. Returns each change's sequence number in the feed, in the batch's order, empty for
     * an event applied before (a replay).
     */
    public List<OptionalLong> applyAll(List<PublishedChange> batch) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Map<UUID, Long> sequences = insertChanges(c, batch);
            List<OptionalLong> result = new ArrayList<>(batch.size());
            List<ClaimStatusChange> fresh = new ArrayList<>();
            for (PublishedChange a : batch) {
                // remove, not get: an event id twice in one batch is applied (and streamed) once
                Long sequence = sequences.remove(a.change().eventId());
                result.add(sequence == null ? OptionalLong.empty() : OptionalLong.of(sequence));
                if (sequence != null) {
                    fresh.add(a.change());
                }
            }
            for (List<ClaimStatusChange> round : Rounds.of(fresh, ClaimStatusChange::claimId)) {
                upsertClaims(c, round);
            }
            return result;
        }
    }

    private static Map<UUID, Long> insertChanges(Connection c, List<PublishedChange> batch) throws SQLException {
        List<ClaimStatusChange> changes = batch.stream().map(PublishedChange::change).toList();
        Map<UUID, Long> sequences = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(INSERT_CHANGES)) {
            int i = 0;
            ps.setArray(++i, ArrayColumns.of(c, changes, ClaimStatusChange::eventId));
            ps.setArray(++i, ArrayColumns.of(c, changes, ClaimStatusChange::claimId));
            ps.setArray(++i, ArrayColumns.of(c, changes, ClaimStatusChange::payerId));
            ps.setArray(++i, ArrayColumns.of(c, changes, ClaimStatusChange::billingProviderNpi));
            ps.setArray(++i, ArrayColumns.of(c, changes, ClaimStatusChange::fromStatus));
            ps.setArray(++i, ArrayColumns.of(c, changes, ClaimStatusChange::toStatus));
            ps.setArray(++i, ArrayColumns.of(c, changes, ch -> String.join(",", ch.reasonCodes())));
            ps.setArray(++i, ArrayColumns.of(c, changes, ClaimStatusChange::denialCategory));
            ps.setArray(++i, ArrayColumns.of(c, changes, ClaimStatusChange::changedAt));
            ps.setArray(++i, ArrayColumns.of(c, batch, PublishedChange::payload));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sequences.put(rs.getObject(2, UUID.class), rs.getLong(1));
                }
            }
        }
        return sequences;
    }

    private static void upsertClaims(Connection c, List<ClaimStatusChange> round) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT_CLAIMS)) {
            int i = 0;
            ps.setArray(++i, ArrayColumns.of(c, round, ClaimStatusChange::claimId));
            ps.setArray(++i, ArrayColumns.of(c, round, ClaimStatusChange::encounterId));
            ps.setArray(++i, ArrayColumns.of(c, round, ClaimStatusChange::payerId));
            ps.setArray(++i, ArrayColumns.of(c, round, ClaimStatusChange::billingProviderNpi));
            ps.setArray(++i, ArrayColumns.of(c, round, ClaimStatusChange::toStatus));
            ps.setArray(++i, ArrayColumns.of(c, round, ClaimStatusChange::reason));
            ps.setArray(++i, ArrayColumns.of(c, round, ch -> String.join(",", ch.reasonCodes())));
            ps.setArray(++i, ArrayColumns.of(c, round, ch -> ch.amounts().totalCharge()));
            ps.setArray(++i, ArrayColumns.of(c, round, ch -> ch.amounts().paid()));
            ps.setArray(++i, ArrayColumns.of(c, round, ch -> ch.amounts().adjustments()));
            ps.setArray(++i, ArrayColumns.of(c, round, ch -> ch.amounts().patientResponsibility()));
            ps.setArray(++i, ArrayColumns.of(c, round, ch -> ch.amounts().outstanding()));
            ps.setArray(++i, ArrayColumns.of(c, round, ClaimStatusChange::dateOfService));
            ps.setArray(++i, ArrayColumns.of(c, round, ClaimStatusChange::changedAt));
            ps.setArray(++i, ArrayColumns.of(c, round, ch -> billed(ch) ? ch.changedAt() : null));
            // A patient's payment on a claim (same status) is no payer's decision.
            ps.setArray(++i, ArrayColumns.of(c, round, ch -> ch.isAdjudication() && !ch.isPatientOnly()
                    ? ch.toStatus() : null));
            ps.setArray(++i, ArrayColumns.of(c, round, ClaimStatusChange::changedAt));
            ps.setArray(++i, ArrayColumns.of(c, round, ClaimStatusChange::responsibility));
            ps.setArray(++i, ArrayColumns.of(c, round, ClaimStatusChange::patientBalance));
            ps.executeUpdate();
        }
    }

    private static boolean billed(ClaimStatusChange change) {
        return change.isSubmission() || change.isAdjudication();
    }
}
