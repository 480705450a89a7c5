package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.Adjustment;
import io.openrcm.reimbursement.domain.AdjustmentGroup;
import io.openrcm.reimbursement.domain.ClaimPayment;
import io.openrcm.reimbursement.domain.ClaimStatusCode;
import io.openrcm.reimbursement.domain.Money;
import io.openrcm.reimbursement.domain.PostingStatus;
import io.openrcm.reimbursement.persistence.AdjustmentColumns;
import io.openrcm.reimbursement.persistence.ClaimPaymentEntity;
import java.time.Instant;
import java.util.UUID;

/** Converts claim payments between the domain and their rows. */
final class ClaimPayments {

    private ClaimPayments() {
    }

    /** A new row for a claim payment of a remittance, waiting for its claim until it is posted. */
    static ClaimPaymentEntity newRow(UUID remittanceId, int claimIndex, int occurrence, ClaimPayment payment,
            Instant receivedAt) {
        ClaimPaymentEntity row = new ClaimPaymentEntity();
        row.id = UUID.randomUUID();
        row.remittanceId = remittanceId;
        row.claimIndex = claimIndex;
        row.occurrence = occurrence;
        row.claimId = payment.claimId();
        row.claimStatusCode = payment.status().code();
        row.payerClaimControlNumber = payment.payerClaimControlNumber();
        row.chargeAmount = payment.charge().amount();
        row.paidAmount = payment.paid().amount();
        row.patientResponsibility = payment.patientResponsibility().amount();
        row.status = PostingStatus.UNMATCHED.name();
        row.unmatchedReason = PostingStatus.CLAIM_NOT_YET_KNOWN;
        row.receivedAt = receivedAt;
        for (Adjustment a : payment.adjustments()) {
            row.adjustments.add(new AdjustmentColumns(a.group().name(), a.reason(), a.amount().amount()));
        }
        return row;
    }

    /** The domain claim payment a row holds. */
    static ClaimPayment toDomain(ClaimPaymentEntity row) {
        return new ClaimPayment(row.claimId,
                ClaimStatusCode.fromCode(row.claimStatusCode).orElseThrow(
                        () -> new IllegalStateException("Stored claim status code " + row.claimStatusCode)),
                row.payerClaimControlNumber, Money.of(row.chargeAmount), Money.of(row.paidAmount),
                Money.of(row.patientResponsibility),
                row.adjustments.stream().map(ClaimPayments::toDomain).toList());
    }

    static Adjustment toDomain(AdjustmentColumns a) {
        return new Adjustment(AdjustmentGroup.valueOf(a.groupCode), a.reasonCode, Money.of(a.amount));
    }
}
