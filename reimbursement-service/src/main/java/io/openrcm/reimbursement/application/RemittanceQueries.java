package io.openrcm.reimbursement.application;

import io.openrcm.kernel.Money;
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

    /** The quarantined remittances, newest first, with their imbalances. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RemittanceView> quarantined(int limit) {
        return remittances.find("status = 'QUARANTINED' order by receivedAt desc").page(0, limit).list().stream()
                .map(r -> view(r, List.of())).toList();
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
        long posted = rows.stream().filter(p -> PostingStatus.POSTED.name().equals(p.status)).count();
        String status = "QUARANTINED".equals(r.status) ? "QUARANTINED"
                : posted == rows.size() ? "POSTED" : posted == 0 ? "UNMATCHED" : "PARTIALLY_POSTED";
        return new RemittanceView(r.id, r.payerId, r.traceNumber, r.paymentDate, r.paymentMethod,
                Money.of(r.totalPaid), r.receivedAt,
                rows.stream().map(p -> new RemittanceView.ClaimLine(p.id, p.claimId, p.occurrence,
                        Money.of(p.paidAmount), PostingStatus.valueOf(p.status), p.unmatchedReason, p.postedAt))
                        .toList(),
                status, r.source, r.claimCount, Money.of(r.providerAdjustmentTotal),
                r.imbalances.stream().map(i -> new RemittanceView.ImbalanceLine(i.rule,
                        i.claimIndex < 0 ? "remittance" : i.lineIndex < 0 ? "claim " + i.claimIndex
                                : "claim " + i.claimIndex + " line " + i.lineIndex,
                        i.claimId, Money.of(i.stated), Money.of(i.computed), Money.of(i.difference), i.message))
                        .toList());
    }
}
