package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.ClaimStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The READY claims an interchange picks up, read with JDBC on the transaction's connection.
 */
@ApplicationScoped
public class ReadyClaimQueries {

    /** A READY claim in a file still waiting for its upload to the clearinghouse is held by that file. */
    private static final String NOT_HELD = " AND NOT EXISTS (SELECT 1 FROM submission_claim sc JOIN submission s"
            + " ON s.id = sc.submission_id WHERE sc.claim_id = claim.id AND s.delivery_status = 'PENDING')";
    private static final String LOCK = " ORDER BY created_at, id LIMIT ? FOR UPDATE SKIP LOCKED";
    /**
     * The state is written into the text, not bound, so that every plan of these polls (four a second), the server's
     * generic one included, knows it looks for READY claims only. With {@code status = ?} the generic plan of the
     * payers' poll was a sequential scan (EXPLAIN after a 10,000-encounter bench run: 1,609 buffers, 6.2 ms, against
     * an index scan of 6 buffers, 0.07 ms, with the literal); whether a connection ran it depended on the statistics
     * when its first runs were planned.
     */
    private static final String IS_READY = "status = '" + ClaimStatus.READY.name() + "'";
    private static final String READY = "SELECT id FROM claim WHERE " + IS_READY + " AND payer_id = ?" + NOT_HELD
            + LOCK;
    private static final String READY_OF_PRACTICES = "SELECT id FROM claim WHERE " + IS_READY + " AND payer_id = ?"
            + " AND billing_provider_npi = ANY (?)" + NOT_HELD + LOCK;
    private static final String PAYERS = "SELECT DISTINCT payer_id FROM claim WHERE " + IS_READY;

    private final DataSource dataSource;

    @Inject
    public ReadyClaimQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Payers with claims in state READY. */
    public List<String> payersWithReadyClaims() {
        List<String> payers = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(PAYERS)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    payers.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up the payers with READY claims", e);
        }
        return payers;
    }

    /**
     * Ids of a payer's READY claims, oldest first, locked for this transaction; rows another instance holds are
     * skipped, so two instances never put one claim into two interchanges.
     */
    public List<UUID> lockReady(String payerId, int limit) {
        return lock(READY, payerId, null, limit);
    }

    /** As {@link #lockReady(String, int)}, of the given practices' claims only (billing-provider NPIs). */
    public List<UUID> lockReady(String payerId, Set<String> practices, int limit) {
        return lock(READY_OF_PRACTICES, payerId, practices, limit);
    }

    private List<UUID> lock(String sql, String payerId, Set<String> practices, int limit) {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, payerId);
            if (practices != null) {
                // An empty array matches no claim: a caller without practices sends none.
                ps.setArray(i++, c.createArrayOf("varchar", practices.toArray()));
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not lock the READY claims of payer " + payerId, e);
        }
        return ids;
    }
}
