package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.PatientEntry;
import io.openrcm.claim.domain.PatientEntryKind;
import io.openrcm.kernel.Money;
import io.openrcm.platform.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Stores and reads the patient entries of claims; the claim row lock serializes the entries of one claim. */
@ApplicationScoped
public class PatientEntryStore {


    private static final String COLUMNS = "SELECT claim_id, reference, kind, amount, posted_at, note FROM patient_entry";
    private static final String OF_CLAIMS = COLUMNS + " WHERE claim_id = ANY (?) ORDER BY id";
    private static final String INSERT = "INSERT INTO patient_entry (billing_provider_npi, reference, claim_id,"
            + " patient_id, kind, amount, note, actor, posted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Sql sql;

    @Inject
    public PatientEntryStore(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /**
     * An entry posted under this reference in the practice, with the claim it went to.
     *
     * @return empty when the reference is new
     */
    public Optional<Posted> byReference(String practice, String reference) {
        return sql.first(COLUMNS + " WHERE billing_provider_npi = ? AND reference = ?",
                row -> row.string(practice).string(reference), rs -> new Posted(rs.getObject(1, UUID.class), entry(rs)));
    }

    /** The claim's entries, oldest first. */
    public List<PatientEntry> ofClaim(UUID claimId) {
        return sql.list(COLUMNS + " WHERE claim_id = ? ORDER BY id", row -> row.uuid(claimId), PatientEntryStore::entry);
    }

    /**
     * The entries of these claims by claim, oldest first, in one query (a consumer batch asks it).
     */
    public Map<UUID, List<PatientEntry>> ofClaims(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return sql.groupedOverSet(OF_CLAIMS, row -> row.uuids(claimIds.stream().distinct().toList()),
                rs -> rs.getObject(1, UUID.class), PatientEntryStore::entry);
    }

    /**
     * Appends the entry at once: a twin posted concurrently under the same reference fails here on the natural key,
     * inside the caller's transaction.
     */
    public void append(String practice, UUID claimId, String patientId, PatientEntry entry, String actor) {
        sql.update(INSERT, row -> row.string(practice).string(entry.reference()).uuid(claimId).string(patientId)
                .string(entry.kind().name()).decimal(entry.amount().amount()).string(entry.note()).string(actor)
                .instant(entry.postedAt()));
    }

    /** Locks the claim's row for this transaction, so two postings to one claim are decided one after the other. */
    public void lockClaim(UUID claimId) {
        sql.list("SELECT 1 FROM claim WHERE id = ? FOR NO KEY UPDATE", row -> row.uuid(claimId), rs -> true);
    }

    /** The entry of a row read with {@link #COLUMNS} (the claim id first). */
    private static PatientEntry entry(ResultSet rs) throws SQLException {
        return new PatientEntry(rs.getString(2), PatientEntryKind.valueOf(rs.getString(3)),
                Money.of(rs.getBigDecimal(4)), Sql.instant(rs, 5), rs.getString(6));
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
