package io.openrcm.reimbursement.persistence;

import io.openrcm.platform.persistence.Sql;
import io.openrcm.reimbursement.domain.X12Finding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Stores the 999s written, which remittances each acknowledged, and the X12 errors accepted with a remittance. */
@ApplicationScoped
public class X12AcknowledgmentStore {

    private final Sql sql;

    @Inject
    public X12AcknowledgmentStore(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** Stores one 999 with the subject who posted the file it answers. */
    public void insert(UUID id, int controlNumber, String senderId, String code, String content, Instant at,
            String postedBy) {
        sql.update("INSERT INTO x12_acknowledgment (id, control_number, sender_id, ack_code, content, created_at,"
                + " posted_by) VALUES (?, ?, ?, ?, ?, ?, ?)", row -> row.uuid(id).integer(controlNumber)
                .string(senderId).string(code).string(content).instant(at).string(postedBy));
    }

    /**
     * Where a 999 came from, to decide who may fetch it again.
     *
     * @param postedBy the subject who posted the file it answers; null for a 999 stored before that was kept
     * @param remittances the remittances it acknowledged (none for a refused file)
     */
    public record Origin(String postedBy, List<UUID> remittances) {
    }

    /** The origin of the 999 with this id. */
    public Optional<Origin> origin(UUID id) {
        return sql.first("SELECT coalesce(posted_by, '') FROM x12_acknowledgment WHERE id = ?", row -> row.uuid(id),
                rs -> rs.getString(1)).map(poster -> new Origin(poster.isEmpty() ? null : poster, sql.list(
                        "SELECT remittance_id FROM x12_acknowledged_remittance WHERE acknowledgment_id = ?"
                                + " ORDER BY remittance_id", row -> row.uuid(id), rs -> rs.getObject(1, UUID.class))));
    }

    /** Records that the 999 acknowledged the remittance. */
    public void link(UUID acknowledgmentId, UUID remittanceId) {
        sql.update("INSERT INTO x12_acknowledged_remittance (acknowledgment_id, remittance_id) VALUES (?, ?)"
                + " ON CONFLICT DO NOTHING", row -> row.uuid(acknowledgmentId).uuid(remittanceId));
    }

    /** Keeps the errors accepted with the remittance; a remittance received again keeps its first ones. */
    public void findings(UUID remittanceId, List<X12Finding> findings) {
        for (int i = 0; i < findings.size(); i++) {
            X12Finding f = findings.get(i);
            int seq = i;
            sql.update("INSERT INTO remittance_x12_error (remittance_id, seq, location, code, message)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", row -> row.uuid(remittanceId).integer(seq)
                    .string(cut(f.location(), 200)).string(cut(f.code(), 3)).string(cut(f.message(), 500)));
        }
    }

    /** The 999 with this id. */
    public Optional<String> content(UUID id) {
        return sql.first("SELECT content FROM x12_acknowledgment WHERE id = ?", row -> row.uuid(id),
                rs -> rs.getString(1));
    }

    /** The latest 999 that acknowledged the remittance. */
    public Optional<String> latestOf(UUID remittanceId) {
        return sql.first("SELECT a.content FROM x12_acknowledgment a JOIN x12_acknowledged_remittance r"
                + " ON r.acknowledgment_id = a.id WHERE r.remittance_id = ? ORDER BY a.created_at DESC, a.id LIMIT 1",
                row -> row.uuid(remittanceId), rs -> rs.getString(1));
    }

    /** The errors accepted with the remittance, in file order. */
    public List<X12Finding> findingsOf(UUID remittanceId) {
        return sql.list("SELECT location, code, message FROM remittance_x12_error WHERE remittance_id = ?"
                + " ORDER BY seq", row -> row.uuid(remittanceId),
                rs -> new X12Finding(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
