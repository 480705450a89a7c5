package io.openrcm.reimbursement.persistence;

import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.domain.Adjustment;
import io.openrcm.reimbursement.domain.AdjustmentGroup;
import io.openrcm.reimbursement.domain.ClaimPayment;
import io.openrcm.reimbursement.domain.ClaimPaymentPosting;
import io.openrcm.reimbursement.domain.ClaimStatusCode;
import io.openrcm.reimbursement.domain.DenialCategory;
import io.openrcm.reimbursement.domain.Enrichment;
import io.openrcm.reimbursement.domain.PostingStatus;
import io.openrcm.reimbursement.domain.RemittanceRef;
import io.openrcm.reimbursement.domain.ServiceLinePayment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Maps the posting aggregate to its claim payment and service line rows, and back. */
final class PostingRows {

    private PostingRows() {
    }

    static ClaimPaymentEntity newRow(ClaimPaymentPosting p) {
        ClaimPayment payment = p.payment();
        ClaimPaymentEntity row = new ClaimPaymentEntity();
        row.id = p.id();
        row.remittanceId = p.remittance().id();
        row.claimIndex = p.claimIndex();
        row.occurrence = p.occurrence();
        row.claimId = payment.claimId();
        row.claimStatusCode = payment.status().code();
        row.payerClaimControlNumber = payment.payerClaimControlNumber();
        row.chargeAmount = payment.charge().amount();
        row.paidAmount = payment.paid().amount();
        row.patientResponsibility = payment.patientResponsibility().amount();
        row.receivedAt = p.receivedAt();
        row.remarkCodes = String.join(",", payment.remarkCodes());
        row.serviceDate = payment.serviceDate();
        payment.adjustments().forEach(a -> row.adjustments.add(columns(a)));
        copyState(p, row);
        return row;
    }

    /** Copies what moves (status, what posting decided) onto the row. */
    static void copyState(ClaimPaymentPosting p, ClaimPaymentEntity row) {
        row.status = p.status().name();
        row.unmatchedReason = p.unmatchedReason();
        row.postedAt = p.postedAt();
        row.reversalOf = p.reversalOf();
        Enrichment e = p.enrichment();
        if (e != null) {
            row.denialCategory = e.denialCategory() == null ? null : e.denialCategory().name();
            row.unknownCodes = String.join(",", e.unknownCodes());
            row.allowedAmount = amount(e.allowed());
            row.expectedAllowed = amount(e.expectedAllowed());
            row.underpaidAmount = amount(e.underpaidAmount());
        }
    }

    static List<ClaimPaymentLineEntity> newLines(ClaimPaymentPosting p) {
        List<ServiceLinePayment> lines = p.payment().lines();
        List<ClaimPaymentLineEntity> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            ServiceLinePayment l = lines.get(i);
            ClaimPaymentLineEntity row = new ClaimPaymentLineEntity();
            row.id = UUID.randomUUID();
            row.claimPaymentId = p.id();
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
        copyLineState(p, rows);
        return rows;
    }

    /** Copies what posting decided per line onto the line rows (in line order). */
    static void copyLineState(ClaimPaymentPosting p, List<ClaimPaymentLineEntity> rows) {
        if (p.enrichment() == null) {
            return;
        }
        for (ClaimPaymentLineEntity row : rows) {
            Enrichment.Line line = p.enrichment().lines().get(row.lineIndex);
            row.lineNumber = line.lineNumber();
            row.denialCategory = line.denialCategory() == null ? null : line.denialCategory().name();
            row.expectedAllowed = amount(line.expectedAllowed());
            row.underpaidAmount = amount(line.underpaidAmount());
        }
    }

    static ClaimPaymentPosting toDomain(ClaimPaymentEntity row, List<ClaimPaymentLineEntity> lines,
            RemittanceRef remittance) {
        ClaimPayment payment = new ClaimPayment(row.claimId,
                ClaimStatusCode.fromCode(row.claimStatusCode).orElseThrow(
                        () -> new IllegalStateException("Stored claim status code " + row.claimStatusCode)),
                row.payerClaimControlNumber, Money.of(row.chargeAmount), Money.of(row.paidAmount),
                Money.of(row.patientResponsibility), row.adjustments.stream().map(PostingRows::toDomain).toList(),
                lines.stream().map(PostingRows::toDomain).toList(), split(row.remarkCodes), row.serviceDate);
        PostingStatus status = PostingStatus.valueOf(row.status);
        Enrichment enrichment = status != PostingStatus.POSTED ? null
                : new Enrichment(category(row.denialCategory), money(row.allowedAmount), money(row.expectedAllowed),
                        money(row.underpaidAmount), split(row.unknownCodes),
                        lines.stream().map(l -> new Enrichment.Line(l.lineNumber, category(l.denialCategory),
                                money(l.expectedAllowed), money(l.underpaidAmount))).toList());
        return ClaimPaymentPosting.restore(row.id, remittance, row.claimIndex, row.occurrence, payment,
                row.receivedAt, status, row.unmatchedReason, row.postedAt, enrichment, row.reversalOf);
    }

    private static ServiceLinePayment toDomain(ClaimPaymentLineEntity l) {
        return new ServiceLinePayment(l.qualifier, l.code, split(l.modifiers), Money.of(l.charge), Money.of(l.paid),
                l.revenueCode, l.units, l.originalCode, split(l.originalModifiers), l.serviceDate,
                l.adjustments.stream().map(PostingRows::toDomain).toList(), split(l.remarkCodes),
                l.lineControlNumber, money(l.payerAllowed));
    }

    static Adjustment toDomain(AdjustmentColumns a) {
        return new Adjustment(AdjustmentGroup.valueOf(a.groupCode), a.reasonCode, Money.of(a.amount));
    }

    private static AdjustmentColumns columns(Adjustment a) {
        return new AdjustmentColumns(a.group().name(), a.reason(), a.amount().amount());
    }

    private static DenialCategory category(String name) {
        return name == null ? null : DenialCategory.valueOf(name);
    }

    static Money money(BigDecimal amount) {
        return amount == null ? null : Money.of(amount);
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    /** Splits a comma-separated column; an empty column is an empty list. */
    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
