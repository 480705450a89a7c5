package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.Money;
import io.openrcm.reimbursement.domain.PostingStatus;
import io.openrcm.reimbursement.persistence.ClaimPaymentEntity;
import io.openrcm.reimbursement.persistence.ClaimPaymentRepository;
import io.openrcm.reimbursement.persistence.LedgerEntryEntity;
import io.openrcm.reimbursement.persistence.LedgerEntryRepository;
import io.openrcm.reimbursement.persistence.RemittanceEntity;
import io.openrcm.reimbursement.persistence.RemittanceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads remittances and a claim's postings for the API. */
@ApplicationScoped
public class RemittanceQueries {

    @Inject
    RemittanceRepository remittances;
    @Inject
    ClaimPaymentRepository payments;
    @Inject
    LedgerEntryRepository ledger;

    /** The remittance with this id, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RemittanceView> remittance(UUID id) {
        return remittances.findByIdOptional(id).map(r -> view(r, payments.findByRemittance(r.id)));
    }

    /** Every claim payment for the claim with its ledger entries, and the totals of what was posted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClaimPaymentsView paymentsOfClaim(String claimId) {
        List<ClaimPaymentEntity> rows = payments.findByClaim(claimId);
        Map<UUID, RemittanceEntity> byId = rows.isEmpty() ? Map.of()
                : remittances.list("id in ?1", rows.stream().map(p -> p.remittanceId).distinct().toList()).stream()
                        .collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<UUID, List<LedgerEntryEntity>> entries = ledger.findByClaimPayments(rows.stream().map(p -> p.id).toList())
                .stream().collect(Collectors.groupingBy(e -> e.claimPaymentId));
        List<ClaimPaymentsView.Payment> views = rows.stream()
                .map(p -> ClaimPaymentsView.payment(p, byId.get(p.remittanceId), entries.getOrDefault(p.id, List.of())))
                .toList();
        return ClaimPaymentsView.of(claimId, views);
    }

    static RemittanceView view(RemittanceEntity r, List<ClaimPaymentEntity> rows) {
        return new RemittanceView(r.id, r.payerId, r.traceNumber, r.paymentDate, r.paymentMethod,
                Money.of(r.totalPaid), r.receivedAt,
                rows.stream().map(p -> new RemittanceView.ClaimLine(p.id, p.claimId, p.occurrence,
                        Money.of(p.paidAmount), PostingStatus.valueOf(p.status), p.unmatchedReason, p.postedAt))
                        .toList());
    }
}
