package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.ClaimPaymentPosting;
import io.openrcm.reimbursement.domain.LedgerEntry;
import io.openrcm.reimbursement.persistence.ClaimPaymentStore;
import io.openrcm.reimbursement.persistence.ExpectedClaimStore;
import io.openrcm.reimbursement.persistence.RemittanceStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads remittances and a claim's postings for the API. */
@ApplicationScoped
public class RemittanceQueries {

    private final RemittanceStore remittances;
    private final ClaimPaymentStore payments;
    private final ExpectedClaimStore expected;

    @Inject
    public RemittanceQueries(RemittanceStore remittances, ClaimPaymentStore payments, ExpectedClaimStore expected) {
        this.remittances = remittances;
        this.payments = payments;
        this.expected = expected;
    }

    /** The remittance with this id, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RemittanceView> remittance(UUID id) {
        return remittances.find(id).map(r -> RemittanceView.of(r, payments.ofRemittance(r.id())));
    }

    /** The quarantined remittances of the practices (by payee), newest first, with their imbalances. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RemittanceView> quarantined(Set<String> practices, int limit) {
        return remittances.quarantined(practices, limit).stream().map(r -> RemittanceView.of(r, List.of())).toList();
    }

    /** Whose the claim is (practice, patient); empty when it was never submitted here. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ClaimOwner> owner(String claimId) {
        return expected.owner(claimId);
    }

    /** The owners of the claims among the ids that were submitted here, by claim id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, ClaimOwner> owners(Collection<String> claimIds) {
        return expected.owners(claimIds);
    }

    /**
     * The practices of the remittance: of each claim it pays (the payee's for a claim never submitted here), or the
     * payee's when it pays none; null stands for "of no practice".
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> practicesOf(UUID remittanceId) {
        return expected.practicesOfRemittance(remittanceId);
    }

    /** Every claim payment for the claim with its ledger entries, and the totals of what was posted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClaimPaymentsView paymentsOfClaim(String claimId) {
        List<ClaimPaymentPosting> postings = payments.ofClaim(claimId);
        Map<UUID, List<LedgerEntry>> entries = payments.ledgerOf(postings.stream().map(ClaimPaymentPosting::id)
                .toList()).stream().collect(Collectors.groupingBy(LedgerEntry::paymentId));
        return ClaimPaymentsView.of(claimId, postings.stream()
                .map(p -> ClaimPaymentsView.payment(p, entries.getOrDefault(p.id(), List.of()))).toList());
    }
}
