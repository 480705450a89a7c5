package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimStatusChanged;
import io.openrcm.platform.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Stores and loads the claim aggregate, one claim at a time, with JDBC.
 *
 * <p>A claim is written over the version of its row that the transaction read it at: {@link #load} remembers that
 * version for the rest of the transaction, and {@link #update} writes only if the row still has it, else fails with
 * {@link ConcurrentClaimChangeException} (another transaction changed the claim in between; the caller tries again on
 * the new state or answers 409).
 */
@ApplicationScoped
public class ClaimStore {

    private static final String DETAILS = "UPDATE claim SET subscriber_member_id = ?, payer_id = ?, coverages = ?,"
            + " rendering_provider_npi = ?, place_of_service = ?, service_signature = ? WHERE id = ?";
    private static final String DELETE_DIAGNOSES = "DELETE FROM claim_diagnosis WHERE claim_id = ?";
    private static final String DELETE_LINES = "DELETE FROM claim_line WHERE claim_id = ?";
    private static final Object LOADED = new Object();

    private final ClaimRepository claims;
    private final ClaimRowReader rows;
    private final ClaimRowWriter writer;
    private final ClaimInserts inserts;
    private final TransactionSynchronizationRegistry transactions;
    private final DataSource dataSource;
    private final Sql sql;

    @Inject
    public ClaimStore(ClaimRepository claims, ClaimRowReader rows, ClaimRowWriter writer, ClaimInserts inserts,
            TransactionSynchronizationRegistry transactions, DataSource dataSource) {
        this.claims = claims;
        this.rows = rows;
        this.writer = writer;
        this.inserts = inserts;
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.sql = new Sql(dataSource);
    }

    /** Inserts a new claim at once, so a constraint the row breaks (one claim per encounter) fails here. */
    public void insert(Claim claim) {
        inserts.insertAll(List.of(claim));
        loaded().put(claim.id(), new Loaded(0L, claim.details()));
    }

    /**
     * Writes the claim's current state (status, balance, timestamps) over its stored row, and its details (payer,
     * coverages, lines, diagnoses) when they changed.
     *
     * @throws ConcurrentClaimChangeException when another transaction wrote the claim since this one read it
     */
    public void update(Claim claim) {
        Loaded read = loaded().get(claim.id());
        if (read == null) {
            read = rows.readVersioned(claim.id()).map(v -> new Loaded(v.version(), v.claim().details()))
                    .orElseThrow(() -> new IllegalStateException("claim " + claim.id() + " is not stored"));
        }
        if (!claim.details().equals(read.details())) {
            writeDetails(claim);
        }
        ClaimChanges changes = new ClaimChanges(writer);
        changes.update(claim, read.version());
        changes.write();
        loaded().put(claim.id(), new Loaded(read.version() + 1, claim.details()));
    }

    /** Appends one entry to the claim's status history. */
    public void recordStatusChange(ClaimStatusChanged change) {
        inserts.insertStatusChanges(List.of(change));
    }

    /** The claim, if it exists; the version read is the one {@link #update} writes over in this transaction. */
    public Optional<Claim> load(UUID claimId) {
        return rows.readVersioned(claimId).map(v -> {
            loaded().putIfAbsent(claimId, new Loaded(v.version(), v.claim().details()));
            return v.claim();
        });
    }

    /**
     * An earlier live original claim for the same patient, billing provider, date of service and services; the
     * earlier one is the real one, so a claim is only ever a duplicate of an older claim.
     */
    public Optional<UUID> earlierDuplicateOf(Claim claim) {
        ClaimDetails d = claim.details();
        return claims.findEarlierDuplicate(d.patient().id(), d.billingProviderNpi(), d.dateOfService(),
                d.serviceSignature(), claim.id(), claim.createdAt());
    }

    /** Ids of the claims waiting with SCRUB_FAILED, optionally of one payer or billing provider, oldest first. */
    public List<UUID> waitingForScrub(String payerId, String billingProviderNpi) {
        return claims.waitingForScrub(payerId, billingProviderNpi);
    }

    /** A corrected claim's details: the billed payer's columns, and its diagnoses and lines replaced. */
    private void writeDetails(Claim claim) {
        ClaimDetails d = claim.details();
        sql.update(DETAILS, row -> row.string(d.subscriberMemberId()).string(d.payerId())
                .string(CoordinationJson.writeCoverages(d.coverages())).string(d.renderingProviderNpi())
                .string(d.placeOfService()).string(d.serviceSignature()).uuid(claim.id()));
        sql.update(DELETE_DIAGNOSES, row -> row.uuid(claim.id()));
        sql.update(DELETE_LINES, row -> row.uuid(claim.id()));
        try (Connection c = dataSource.getConnection()) {
            ClaimInserts.insertDetails(c, List.of(claim));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the details of claim " + claim.id(), e);
        }
    }

    /**
     * The claims this transaction read or wrote, with the version of each row it holds; outside a transaction, a map
     * that is forgotten at once.
     */
    @SuppressWarnings("unchecked")
    private Map<UUID, Loaded> loaded() {
        if (transactions.getTransactionKey() == null) {
            return new HashMap<>();
        }
        Map<UUID, Loaded> loaded = (Map<UUID, Loaded>) transactions.getResource(LOADED);
        if (loaded == null) {
            loaded = new HashMap<>();
            transactions.putResource(LOADED, loaded);
        }
        return loaded;
    }

    /** A claim's row version and details as this transaction last read or wrote them. */
    private record Loaded(long version, ClaimDetails details) {
    }
}
