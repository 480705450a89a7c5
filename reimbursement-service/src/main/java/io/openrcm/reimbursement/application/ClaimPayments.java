package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.Adjustment;
import io.openrcm.reimbursement.domain.AdjustmentGroup;
import io.openrcm.reimbursement.domain.ClaimPayment;
import io.openrcm.reimbursement.domain.ClaimStatusCode;
import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.domain.PostingStatus;
import io.openrcm.reimbursement.domain.ServiceLinePayment;
import io.openrcm.reimbursement.persistence.AdjustmentColumns;
import io.openrcm.reimbursement.persistence.ClaimPaymentEntity;
import io.openrcm.reimbursement.persistence.ClaimPaymentLineEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Converts claim payments and their service lines between the domain and their rows. */
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
        row.remarkCodes = String.join(",", payment.remarkCodes());
        row.serviceDate = payment.serviceDate();
        for (Adjustment a : payment.adjustments()) {
            row.adjustments.add(columns(a));
        }
        return row;
    }

    /** New rows for the service lines of a claim payment. */
    static List<ClaimPaymentLineEntity> newLines(UUID claimPaymentId, ClaimPayment payment) {
        List<ClaimPaymentLineEntity> rows = new ArrayList<>(payment.lines().size());
        for (int i = 0; i < payment.lines().size(); i++) {
            ServiceLinePayment l = payment.lines().get(i);
            ClaimPaymentLineEntity row = new ClaimPaymentLineEntity();
            row.id = UUID.randomUUID();
            row.claimPaymentId = claimPaymentId;
            row.lineIndex = i;
            row.qualifier = l.qualifier();
            row.code = l.code();
            row.modifiers = String.join(",", l.modifiers());
            row.originalCode = l.originalCode();
            row.originalModifiers = String.join(",", l.originalModifiers());
            row.charge = l.charge().amount();
            row.paid = l.paid().amount();
            row.units = l.units();
            row.revenueCode = l.revenueCode();
            row.serviceDate = l.serviceDate();
            row.remarkCodes = String.join(",", l.remarkCodes());
            row.lineControlNumber = l.lineControlNumber();
            row.payerAllowed = l.allowedAmount() == null ? null : l.allowedAmount().amount();
            row.allowedAmount = l.allowed().amount();
            l.adjustments().forEach(a -> row.adjustments.add(columns(a)));
            rows.add(row);
        }
        return rows;
    }

    /** The domain claim payment a row and its line rows hold. */
    static ClaimPayment toDomain(ClaimPaymentEntity row, List<ClaimPaymentLineEntity> lines) {
        return new ClaimPayment(row.claimId,
                ClaimStatusCode.fromCode(row.claimStatusCode).orElseThrow(
                        () -> new IllegalStateException("Stored claim status code " + row.claimStatusCode)),
                row.payerClaimControlNumber, Money.of(row.chargeAmount), Money.of(row.paidAmount),
                Money.of(row.patientResponsibility),
                row.adjustments.stream().map(ClaimPayments::toDomain).toList(),
                lines.stream().map(ClaimPayments::toDomain).toList(), split(row.remarkCodes), row.serviceDate);
    }

    static ServiceLinePayment toDomain(ClaimPaymentLineEntity l) {
        return new ServiceLinePayment(l.qualifier, l.code, split(l.modifiers), Money.of(l.charge), Money.of(l.paid),
                l.revenueCode, l.units, l.originalCode, split(l.originalModifiers), l.serviceDate,
                l.adjustments.stream().map(ClaimPayments::toDomain).toList(), split(l.remarkCodes),
                l.lineControlNumber, l.payerAllowed == null ? null : Money.of(l.payerAllowed));
    }

    static Adjustment toDomain(AdjustmentColumns a) {
        return new Adjustment(AdjustmentGroup.valueOf(a.groupCode), a.reasonCode, Money.of(a.amount));
    }

    static AdjustmentColumns columns(Adjustment a) {
        return new AdjustmentColumns(a.group().name(), a.reason(), a.amount().amount());
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
