package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.Imbalance;
import io.openrcm.reimbursement.domain.ProviderAdjustment;
import io.openrcm.reimbursement.domain.Remittance;
import io.openrcm.reimbursement.persistence.ImbalanceColumns;
import io.openrcm.reimbursement.persistence.ProviderAdjustmentColumns;
import io.openrcm.reimbursement.persistence.RemittanceEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builds the rows of a remittance: the payment, its provider-level adjustments, and the imbalances of quarantine. */
final class RemittanceRows {

    private RemittanceRows() {
    }

    static RemittanceEntity newRow(Remittance remittance, String fingerprint, String status, Instant now) {
        RemittanceEntity row = new RemittanceEntity();
        row.id = UUID.randomUUID();
        row.payerId = remittance.payerId();
        row.traceNumber = remittance.traceNumber();
        row.paymentDate = remittance.paymentDate();
        row.paymentMethod = remittance.paymentMethod().name();
        row.totalPaid = remittance.totalPaid().amount();
        row.fingerprint = fingerprint;
        row.receivedAt = now;
        row.status = status;
        row.claimCount = remittance.claims().size();
        row.providerAdjustmentTotal = remittance.providerAdjustmentTotal().amount();
        Remittance.PayerDetails details = remittance.payer();
        row.source = details == null ? "JSON" : details.source();
        if (details != null) {
            row.payerName = cut(details.payerName(), 60);
            row.handlingCode = details.handlingCode();
            row.payeeName = cut(details.payeeName(), 60);
            row.payeeId = cut(details.payeeId(), 80);
        }
        for (ProviderAdjustment p : remittance.providerAdjustments()) {
            ProviderAdjustmentColumns c = new ProviderAdjustmentColumns();
            c.providerId = cut(p.providerId(), 50);
            c.fiscalPeriodDate = p.fiscalPeriodDate();
            c.reasonCode = p.reasonCode();
            c.reference = cut(p.reference(), 50);
            c.amount = p.amount().amount();
            row.providerAdjustments.add(c);
        }
        return row;
    }

    static void addImbalances(RemittanceEntity row, Remittance remittance, List<Imbalance> imbalances) {
        for (Imbalance i : imbalances) {
            ImbalanceColumns c = new ImbalanceColumns();
            c.rule = i.rule().name();
            c.claimIndex = i.claimIndex();
            c.lineIndex = i.lineIndex();
            c.claimId = i.claimIndex() < 0 ? null : remittance.claims().get(i.claimIndex()).claimId();
            c.stated = i.stated().amount();
            c.computed = i.computed().amount();
            c.difference = i.difference().amount();
            c.message = cut(i.message(), 300);
            row.imbalances.add(c);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
