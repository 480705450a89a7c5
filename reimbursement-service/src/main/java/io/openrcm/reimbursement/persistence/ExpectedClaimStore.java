package io.openrcm.reimbursement.persistence;

import io.openrcm.platform.persistence.Sql;
import io.openrcm.reimbursement.application.ClaimOwner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** Who the claims we expect payments for belong to, and so whose a remittance is. */
@ApplicationScoped
public class ExpectedClaimStore {

    private final Sql sql;

    @Inject
    public ExpectedClaimStore(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** The practice and patient of a claim we expect to be paid; empty when claim-service never submitted it. */
    public Optional<ClaimOwner> owner(String claimId) {
        return sql.first("SELECT billing_provider_npi, patient_id FROM expected_claim WHERE claim_id = ?",
                row -> row.string(claimId), rs -> new ClaimOwner(rs.getString(1), rs.getString(2)));
    }

    /** The owners of the known claims among the ids, by claim id, in one query. */
    public Map<String, ClaimOwner> owners(Collection<String> claimIds) {
        Map<String, ClaimOwner> owners = new HashMap<>();
        if (claimIds.isEmpty()) {
            return owners;
        }
        sql.listOverSet("SELECT claim_id, billing_provider_npi, patient_id FROM expected_claim"
                + " WHERE claim_id = ANY (?)", row -> row.strings(claimIds),
                rs -> Map.entry(rs.getString(1), new ClaimOwner(rs.getString(2), rs.getString(3))))
                .forEach(e -> owners.put(e.getKey(), e.getValue()));
        return owners;
    }

    /**
     * The practices of a remittance, in one query: of each claim it pays, the claim's billing provider, or for a claim
     * never submitted here (unmatched) the 835's payee (N1*PE); when it pays no claim (quarantined), its payee. A null
     * stands for "of no practice": a practice no token can carry.
     */
    public Set<String> practicesOfRemittance(UUID remittanceId) {
        List<String> npis = sql.list("SELECT coalesce(e.billing_provider_npi, r.payee_id) FROM claim_payment p"
                + " JOIN remittance r ON r.id = p.remittance_id LEFT JOIN expected_claim e ON e.claim_id = p.claim_id"
                + " WHERE p.remittance_id = ?", row -> row.uuid(remittanceId), rs -> rs.getString(1));
        if (npis.isEmpty()) {
            npis = sql.list("SELECT payee_id FROM remittance WHERE id = ?", row -> row.uuid(remittanceId),
                    rs -> rs.getString(1));
        }
        Set<String> practices = new HashSet<>(npis);
        if (practices.isEmpty()) {
            practices.add(null);
        }
        return practices;
    }
}
