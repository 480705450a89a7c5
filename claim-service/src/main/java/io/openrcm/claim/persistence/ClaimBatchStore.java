package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.Claim;
import io.openrcm.platform.persistence.SetLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Loads and writes the claims of a set-based use case: one JDBC query per table reads them all
 * ({@link ClaimRowReader}), and their changes go back with one JDBC batch per table ({@link ClaimChanges}).
 */
@ApplicationScoped
public class ClaimBatchStore {

    private static final String APPLIED = "SELECT payment_id FROM claim_payment WHERE payment_id = ANY (?)";

    private final ClaimRowReader reader;
    private final ClaimRowWriter writer;
    private final DataSource dataSource;

    @Inject
    public ClaimBatchStore(ClaimRowReader reader, ClaimRowWriter writer, DataSource dataSource) {
        this.reader = reader;
        this.writer = writer;
        this.dataSource = dataSource;
    }

    /**
     * The claims with these ids that exist, their rows locked for this transaction in id order (two batches that
     * share claims wait for each other instead of deadlocking), by id.
     */
    public Map<UUID, Claim> lockAll(Collection<UUID> ids) {
        return reader.read(ids, true);
    }

    /** The claims with these ids that exist, in the ids' order (the caller holds their locks); one query per table. */
    public List<Claim> loadAll(List<UUID> ids) {
        Map<UUID, Claim> found = reader.read(ids, false);
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Of these payment ids, those applied already; one query. */
    public Set<UUID> appliedPayments(Collection<UUID> paymentIds) {
        if (paymentIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> applied = new HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = SetLookup.prepare(c, APPLIED)) {
            ps.setArray(1, c.createArrayOf("uuid", paymentIds.stream().distinct().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    applied.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up " + paymentIds.size() + " payment(s)", e);
        }
        return applied;
    }

    /**
     * An empty set of changes to gather and write at once. Its rows go straight to the database: whatever they refer
     * to (a new submission) must be written before.
     */
    public ClaimChanges changes() {
        return new ClaimChanges(writer);
    }
}
