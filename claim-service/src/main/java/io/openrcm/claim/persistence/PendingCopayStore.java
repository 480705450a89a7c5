package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.PatientEntry;
import io.openrcm.claim.domain.PatientEntryKind;
import io.openrcm.kernel.Money;
import io.openrcm.platform.persistence.SetLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Copays collected for an encounter whose claim does not exist yet. Both sides (the copay and the claim's creation)
 * take the encounter's advisory lock first, so a copay is either seen by the claim's creation or finds the claim.
 */
@ApplicationScoped
public class PendingCopayStore {

    private static final String LOCK_ENCOUNTERS = "SELECT pg_advisory_xact_lock(hashtextextended(k, 16))"
            + " FROM unnest(?::text[]) WITH ORDINALITY AS u(k, n) ORDER BY n";
    private static final String WAITING_OF = "SELECT reference, encounter_id, amount, note, collected_at, claim_id,"
            + " actor, billing_provider_npi FROM pending_copay WHERE encounter_id = ANY (?) AND claim_id IS NULL"
            + " ORDER BY collected_at, reference";

    private final EntityManager em;
    private final DataSource dataSource;

    @Inject
    public PendingCopayStore(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /** Serializes the copays and the claim creation of one encounter until the transaction ends. */
    public void lockEncounter(UUID encounterId) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 16))").setParameter(1,
                encounterId.toString()).getSingleResult();
    }

    /**
     * Takes the locks of {@link #lockEncounter} for all these encounters in one statement, in the order of their ids,
     * so two batches sharing encounters wait for each other rather than deadlock. JDBC on the transaction's
     * connection: the intake of a batch leaves the session out.
     */
    public void lockEncounters(Collection<UUID> encounterIds) {
        List<String> keys = encounterIds.stream().map(UUID::toString).distinct().sorted().toList();
        if (keys.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(LOCK_ENCOUNTERS)) {
            ps.setArray(1, c.createArrayOf("text", keys.toArray()));
            // Without a fetch size the driver reads every row before returning: every lock is held after this.
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not lock " + keys.size() + " encounter(s)", e);
        }
    }

    /**
     * The copays of these encounters that wait for their claims, of any practice, oldest first; one JDBC query.
     *
     * @return each with the practice that keeps it
     */
    public List<Waiting> waitingOf(Collection<UUID> encounterIds) {
        if (encounterIds.isEmpty()) {
            return List.of();
        }
        List<Waiting> waiting = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = SetLookup.prepare(c, WAITING_OF)) {
            ps.setArray(1, c.createArrayOf("uuid", encounterIds.stream().distinct().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] rest = {rs.getObject(2, UUID.class), rs.getBigDecimal(3), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class), rs.getObject(6, UUID.class)};
                    Pending p = pending(rs.getString(1), rest);
                    waiting.add(new Waiting(rs.getString(8), new Pending(p.encounterId(), p.copay(), p.claimId(),
                            rs.getString(7))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the copays of " + encounterIds.size()
                    + " encounter(s)", e);
        }
        return waiting;
    }

    /** The copay kept under this reference in the practice, with its encounter; empty when there is none. */
    public Optional<Pending> byReference(String practice, String reference) {
        List<?> rows = em.createNativeQuery("SELECT encounter_id, amount, note, collected_at, claim_id FROM"
                + " pending_copay WHERE billing_provider_npi = ?1 AND reference = ?2").setParameter(1, practice)
                .setParameter(2, reference).getResultList();
        return rows.stream().findFirst().map(r -> pending(reference, (Object[]) r));
    }

    /** Keeps a copay until the encounter's claim exists; flushed at once, so a twin fails here on the key. */
    public void insert(String practice, UUID encounterId, PatientEntry copay, String actor) {
        em.createNativeQuery("INSERT INTO pending_copay (billing_provider_npi, reference, encounter_id, amount, note,"
                + " actor, collected_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, practice)
                .setParameter(2, copay.reference()).setParameter(3, encounterId)
                .setParameter(4, copay.amount().amount()).setParameter(5, copay.note()).setParameter(6, actor)
                .setParameter(7, Timestamp.from(copay.postedAt())).executeUpdate();
    }

    /** The practice's copays of the encounter that wait for its claim, oldest first. */
    public List<Pending> waiting(String practice, UUID encounterId) {
        List<?> rows = em.createNativeQuery("SELECT reference, encounter_id, amount, note, collected_at, claim_id,"
                + " actor FROM pending_copay WHERE billing_provider_npi = ?1 AND encounter_id = ?2 AND claim_id IS"
                + " NULL ORDER BY collected_at, reference").setParameter(1, practice).setParameter(2, encounterId)
                .getResultList();
        return rows.stream().map(r -> {
            Object[] row = (Object[]) r;
            Object[] rest = {row[1], row[2], row[3], row[4], row[5]};
            Pending p = pending((String) row[0], rest);
            return new Pending(p.encounterId(), p.copay(), p.claimId(), (String) row[6]);
        }).toList();
    }

    /** Marks the copay as applied to the claim. */
    public void applied(String practice, String reference, UUID claimId) {
        em.createNativeQuery("UPDATE pending_copay SET claim_id = ?3 WHERE billing_provider_npi = ?1 AND reference ="
                + " ?2").setParameter(1, practice).setParameter(2, reference).setParameter(3, claimId)
                .executeUpdate();
    }

    private static Pending pending(String reference, Object[] r) {
        Instant at = r[3] instanceof Timestamp t ? t.toInstant()
                : r[3] instanceof OffsetDateTime o ? o.toInstant() : (Instant) r[3];
        PatientEntry copay = new PatientEntry(reference, PatientEntryKind.COPAY, Money.of((BigDecimal) r[1]), at,
                (String) r[2]);
        return new Pending((UUID) r[0], copay, (UUID) r[4], null);
    }

    /**
     * A copay that waits for its encounter's claim, with the practice that keeps it.
     *
     * @param practice the billing provider NPI
     * @param pending the copay
     */
    public record Waiting(String practice, Pending pending) {
    }

    /**
     * A copay kept for an encounter.
     *
     * @param encounterId the encounter
     * @param copay the copay as it will be entered on the claim
     * @param claimId the claim it was applied to; null while it waits
     * @param actor who collected it; null when not read
     */
    public record Pending(UUID encounterId, PatientEntry copay, UUID claimId, String actor) {
    }
}
