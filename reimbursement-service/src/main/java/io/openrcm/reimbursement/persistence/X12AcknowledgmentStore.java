package io.openrcm.reimbursement.persistence;

import io.openrcm.reimbursement.domain.X12Finding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores the 999s written, which remittances each acknowledged, and the X12 errors accepted with a remittance. */
@ApplicationScoped
public class X12AcknowledgmentStore {

    @Inject
    EntityManager em;

    /** Stores one 999 with the subject who posted the file it answers. */
    public void insert(UUID id, int controlNumber, String senderId, String code, String content, Instant at,
            String postedBy) {
        em.createNativeQuery("INSERT INTO x12_acknowledgment (id, control_number, sender_id, ack_code, content,"
                + " created_at, posted_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, id)
                .setParameter(2, controlNumber).setParameter(3, senderId).setParameter(4, code)
                .setParameter(5, content).setParameter(6, Timestamp.from(at)).setParameter(7, postedBy)
                .executeUpdate();
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
        Optional<String> poster = em.createNativeQuery("SELECT coalesce(posted_by, '') FROM x12_acknowledgment"
                + " WHERE id = ?1", String.class).setParameter(1, id).getResultStream().findFirst()
                .map(String.class::cast);
        return poster.map(p -> new Origin(p.isEmpty() ? null : p, em.createNativeQuery("SELECT remittance_id FROM"
                + " x12_acknowledged_remittance WHERE acknowledgment_id = ?1 ORDER BY remittance_id", UUID.class)
                .setParameter(1, id).getResultList()));
    }

    /** Records that the 999 acknowledged the remittance. */
    public void link(UUID acknowledgmentId, UUID remittanceId) {
        em.createNativeQuery("INSERT INTO x12_acknowledged_remittance (acknowledgment_id, remittance_id)"
                + " VALUES (?1, ?2) ON CONFLICT DO NOTHING").setParameter(1, acknowledgmentId)
                .setParameter(2, remittanceId).executeUpdate();
    }

    /** Keeps the errors accepted with the remittance; a remittance received again keeps its first ones. */
    public void findings(UUID remittanceId, List<X12Finding> findings) {
        for (int i = 0; i < findings.size(); i++) {
            X12Finding f = findings.get(i);
            em.createNativeQuery("INSERT INTO remittance_x12_error (remittance_id, seq, location, code, message)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING").setParameter(1, remittanceId)
                    .setParameter(2, i).setParameter(3, cut(f.location(), 200)).setParameter(4, cut(f.code(), 3))
                    .setParameter(5, cut(f.message(), 500)).executeUpdate();
        }
    }

    /** The 999 with this id. */
    public Optional<String> content(UUID id) {
        return em.createNativeQuery("SELECT content FROM x12_acknowledgment WHERE id = ?1", String.class)
                .setParameter(1, id).getResultStream().findFirst().map(String.class::cast);
    }

    /** The latest 999 that acknowledged the remittance. */
    public Optional<String> latestOf(UUID remittanceId) {
        return em.createNativeQuery("SELECT a.content FROM x12_acknowledgment a JOIN x12_acknowledged_remittance r"
                + " ON r.acknowledgment_id = a.id WHERE r.remittance_id = ?1 ORDER BY a.created_at DESC, a.id"
                + " LIMIT 1", String.class).setParameter(1, remittanceId).getResultStream().findFirst()
                .map(String.class::cast);
    }

    /** The errors accepted with the remittance, in file order. */
    public List<X12Finding> findingsOf(UUID remittanceId) {
        List<?> rows = em.createNativeQuery("SELECT location, code, message FROM remittance_x12_error"
                + " WHERE remittance_id = ?1 ORDER BY seq").setParameter(1, remittanceId).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new X12Finding((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
