package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.PatientEntry;
import io.openrcm.claim.domain.PatientEntryKind;
import io.openrcm.kernel.Money;
import io.openrcm.platform.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Copays collected for an encounter whose claim does not exist yet. Both sides (the copay and the claim's creation)
 * take the encounter's advisory lock first, so a copay is either seen by the claim's creation or finds the claim.
 * JDBC on the transaction's connection.
 */
@ApplicationScoped
public class PendingCopayStore {

    private static final String LOCK_ENCOUNTERS = "SELECT pg_advisory_xact_lock(hashtextextended(k, 16))"
            + " FROM unnest(?::text[]) WITH ORDINALITY AS u(k, n) ORDER BY n";
    // Every read lists its columns in this order (the practice last, read by waitingOf alone).
    private static final String COLUMNS = "SELECT reference, encounter_id, amount, note, collected_at, claim_id,"
            + " actor, billing_provider_npi FROM pending_copay";
    private static final String WAITING_OF = COLUMNS + " WHERE encounter_id = ANY (?) AND claim_id IS NULL"
            + " ORDER BY collected_at, reference";
    private static final String BY_REFERENCE = COLUMNS + " WHERE billing_provider_npi = ? AND reference = ?";
    private static final String WAITING = COLUMNS + " WHERE billing_provider_npi = ? AND encounter_id = ?"
            + " AND claim_id IS NULL ORDER BY collected_at, reference";
    private static final String INSERT = "INSERT INTO pending_copay (billing_provider_npi, reference, encounter_id,"
            + " amount, note, actor, collected_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String APPLIED = "UPDATE pending_copay SET claim_id = ? WHERE billing_provider_npi = ?"
            + " AND reference = ?";

    private final DataSource dataSource;
    private final Sql sql;

    @Inject
    public PendingCopayStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.sql = new Sql(dataSource);
    }

    /** Serializes the copays and the claim creation of one encounter until the transaction ends. */
    public void lockEncounter(UUID encounterId) {
        lockEncounters(List.of(encounterId));
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
        return sql.listOverSet(WAITING_OF, row -> row.uuids(encounterIds.stream().distinct().toList()),
                rs -> new Waiting(rs.getString(8), pending(rs)));
    }

    /** The copay kept under this reference in the practice, with its encounter; empty when there is none. */
    public Optional<Pending> byReference(String practice, String reference) {
        return sql.first(BY_REFERENCE, row -> row.string(practice).string(reference), PendingCopayStore::pending);
    }

    /** Keeps a copay until the encounter's claim exists; written at once, so a twin fails here on the key. */
    public void insert(String practice, UUID encounterId, PatientEntry copay, String actor) {
        sql.update(INSERT, row -> row.string(practice).string(copay.reference()).uuid(encounterId)
                .decimal(copay.amount().amount()).string(copay.note()).string(actor).instant(copay.postedAt()));
    }

    /** The practice's copays of the encounter that wait for its claim, oldest first. */
    public List<Pending> waiting(String practice, UUID encounterId) {
        return sql.list(WAITING, row -> row.string(practice).uuid(encounterId), PendingCopayStore::pending);
    }

    /** Marks the copay as applied to the claim. */
    public void applied(String practice, String reference, UUID claimId) {
        sql.update(APPLIED, row -> row.uuid(claimId).string(practice).string(reference));
    }

    /** The copay of the current row, its columns in the order of {@code COLUMNS}. */
    private static Pending pending(ResultSet rs) throws SQLException {
        PatientEntry copay = new PatientEntry(rs.getString(1), PatientEntryKind.COPAY, Money.of(rs.getBigDecimal(3)),
                Sql.instant(rs, 5), rs.getString(4));
        return new Pending(rs.getObject(2, UUID.class), copay, rs.getObject(6, UUID.class), rs.getString(7));
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
     * @param actor who collected it
     */
    public record Pending(UUID encounterId, PatientEntry copay, UUID claimId, String actor) {
    }
}
