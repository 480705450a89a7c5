package io.openrcm.reimbursement.persistence;

import io.openrcm.reimbursement.application.ClaimOwner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stores and loads the claims we expect payments for. */
@ApplicationScoped
public class ExpectedClaimStore {

    private final ExpectedClaimRepository claims;

    @Inject
    public ExpectedClaimStore(ExpectedClaimRepository claims) {
        this.claims = claims;
    }

    /** The practice and patient of a claim we expect to be paid; empty when claim-service never submitted it. */
    public Optional<ClaimOwner> owner(String claimId) {
        return claims.findByIdOptional(claimId).map(c -> new ClaimOwner(c.billingProviderNpi, c.patientId));
    }

    /** The owners of the known claims among the ids, by claim id, in one query. */
    public Map<String, ClaimOwner> owners(Collection<String> claimIds) {
        return claims.findKnown(claimIds).values().stream().collect(Collectors.toMap(c -> c.claimId,
                c -> new ClaimOwner(c.billingProviderNpi, c.patientId)));
    }

    /**
     * The practices of a remittance, in one query: of each claim it pays, the claim's billing provider, or for a claim
     * never submitted here (unmatched) the 835's payee (N1*PE); when it pays no claim (quarantined), its payee. A null
     * stands for "of no practice": a practice no token can carry.
     */
    public Set<String> practicesOfRemittance(UUID remittanceId) {
        var em = claims.getEntityManager();
        List<String> npis = em.createQuery("select coalesce(e.billingProviderNpi, r.payeeId) from ClaimPaymentEntity p"
                + " join RemittanceEntity r on r.id = p.remittanceId"
                + " left join ExpectedClaimEntity e on e.claimId = p.claimId"
                + " where p.remittanceId = :id", String.class).setParameter("id", remittanceId).getResultList();
        if (npis.isEmpty()) {
            npis = em.createQuery("select r.payeeId from RemittanceEntity r where r.id = :id", String.class)
                    .setParameter("id", remittanceId).getResultList();
        }
        Set<String> practices = new HashSet<>(npis);
        if (practices.isEmpty()) {
            practices.add(null);
        }
        return practices;
    }
}
