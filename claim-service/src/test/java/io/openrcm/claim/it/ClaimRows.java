package io.openrcm.claim.it;

import io.openrcm.claim.domain.ClaimDetails;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * What a claim left in the database (its row, status history, payments, submission links and outbox events), with
 * ids and clock readings masked, so two twin claims taken down two code paths can be compared row for row.
 */
final class ClaimRows {

    private static final Pattern UUIDS = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern INSTANTS = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

    private final DataSource dataSource;

    ClaimRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Everything the claim left, masked; the encounter id differs between twins and is left out. */
    Map<String, Object> of(UUID claimId) {
        Map<String, Object> all = new LinkedHashMap<>();
        List<Map<String, Object>> row = query("SELECT * FROM claim WHERE id = ?", claimId);
        row.forEach(r -> r.remove("encounter_id"));
        all.put("claim", row);
        all.put("history", query("SELECT from_status, to_status, reason, reason_codes, payment_id, changed_at"
                + " FROM claim_status_change WHERE claim_id = ? ORDER BY id", claimId));
        all.put("payments", query("SELECT claim_status_code, paid_amount, patient_responsibility, adjustment_amount,"
                + " reason_codes, reversal_of, payer_claim_control_number, event_id, applied_at FROM claim_payment"
                // Not by time: two payments of one batch may share a millisecond.
                + " WHERE claim_id = ? ORDER BY paid_amount, patient_responsibility, adjustment_amount", claimId));
        all.put("links", query("SELECT submission_id, transaction_control IS NOT NULL AS has_control"
                + " FROM submission_claim WHERE claim_id = ?", claimId));
        all.put("outbox", query("SELECT topic, aggregate_type, event_type, event_version, payload, correlation_id"
                + " FROM outbox_event WHERE aggregate_id = ? ORDER BY id", claimId.toString()));
        return all;
    }

    /** The claim's status. */
    String status(UUID claimId) {
        return (String) query("SELECT status FROM claim WHERE id = ?", claimId).get(0).get("status");
    }

    void execute(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Map<String, Object>> query(String sql, Object parameter) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnName(i), mask(rs.getObject(i)));
                    }
                    rows.add(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** Ids and clock readings differ between twins: only whether they are there is compared. */
    private static Object mask(Object value) {
        if (value instanceof UUID) {
            return "<id>";
        }
        if (value instanceof Date || value instanceof TemporalAccessor) {
            return "<time>";
        }
        if (value instanceof String s) {
            return INSTANTS.matcher(UUIDS.matcher(s).replaceAll("<id>")).replaceAll("<time>");
        }
        return value;
    }

    /** The same details for another encounter (one original claim per encounter). */
    static ClaimDetails twin(ClaimDetails d) {
        return new ClaimDetails(UUID.randomUUID(), d.ehrEncounterId(), d.patient(), d.subscriberMemberId(),
                d.payerId(), d.billingProviderNpi(), d.renderingProviderNpi(), d.placeOfService(), d.dateOfService(),
                d.diagnoses(), d.lines(), d.correlationId(), d.coverages());
    }
}
