package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.PatientEntry;
import io.openrcm.claim.domain.PatientEntryKind;
import io.openrcm.kernel.Money;
import io.openrcm.platform.persistence.SetLookup;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Stores and reads the patient entries of claims; the claim row lock serializes the entries of one claim. */
@ApplicationScoped
public class PatientEntryStore implements PanacheRepository<PatientEntryEntity> {

    private static final String OF_CLAIMS = "SELECT claim_id, reference, kind, amount, posted_at, note"
            + " FROM patient_entry WHERE claim_id = ANY (?) ORDER BY id";

    private final DataSource dataSource;

    @Inject
    public PatientEntryStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * An entry posted under this reference in the practice, with the claim it went to.
     *
     * @return empty when the reference is new
     */
    public Optional<Posted> byReference(String practice, String reference) {
        return find("billingProviderNpi = ?1 and reference = ?2", practice, reference).firstResultOptional()
                .map(e -> new Posted(e.claimId, toDomain(e)));
    }

    /** The claim's entries, oldest first. */
    public List<PatientEntry> ofClaim(UUID claimId) {
        return list("claimId = ?1 order by id", claimId).stream().map(PatientEntryStore::toDomain).toList();
    }

    /**
     * The entries of these claims by claim, oldest first; one JDBC query (a consumer batch asks it, and entries are
     * inserted at once, so the session holds none pending).
     */
    public Map<UUID, List<PatientEntry>> ofClaims(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<PatientEntry>> byClaim = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = SetLookup.prepare(c, OF_CLAIMS)) {
            ps.setArray(1, c.createArrayOf("uuid", claimIds.stream().distinct().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byClaim.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(entry(
                            rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the patient entries of " + claimIds.size()
                    + " claim(s)", e);
        }
        return byClaim;
    }

    /**
     * Appends the entry and flushes: a twin posted concurrently under the same reference fails here on the natural
     * key, inside the caller's transaction, rather than at commit.
     */
    public void append(String practice, UUID claimId, String patientId, PatientEntry entry, String actor) {
        PatientEntryEntity e = new PatientEntryEntity();
        e.billingProviderNpi = practice;
        e.reference = entry.reference();
        e.claimId = claimId;
        e.patientId = patientId;
        e.kind = entry.kind().name();
        e.amount = entry.amount().amount();
        e.note = entry.note();
        e.actor = actor;
        e.postedAt = entry.postedAt();
        persistAndFlush(e);
    }

    /** Locks the claim's row for this transaction, so two postings to one claim are decided one after the other. */
    public void lockClaim(UUID claimId) {
        getEntityManager().find(ClaimEntity.class, claimId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static PatientEntry toDomain(PatientEntryEntity e) {
        return entry(e.reference, e.kind, e.amount, e.postedAt, e.note);
    }

    private static PatientEntry entry(String reference, String kind, BigDecimal amount, Instant postedAt,
            String note) {
        return new PatientEntry(reference, PatientEntryKind.valueOf(kind), Money.of(amount), postedAt, note);
    }

    /**
     * An entry and the claim it was posted to.
     *
     * @param claimId the claim
     * @param entry the entry
     */
    public record Posted(UUID claimId, PatientEntry entry) {
    }
}
