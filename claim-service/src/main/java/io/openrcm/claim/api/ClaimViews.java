package io.openrcm.claim.api;

import io.openrcm.claim.application.ClaimQueryService.ClaimRecord;
import io.openrcm.claim.persistence.ClaimEntity;
import io.openrcm.claim.persistence.FindingsJson;
import io.openrcm.claim.persistence.ClaimStore;
import java.math.BigDecimal;
import java.util.List;

/** Maps stored claims to the API's records. */
final class ClaimViews {

    private ClaimViews() {
    }

    static ClaimView of(ClaimRecord r) {
        ClaimEntity c = r.claim();
        return new ClaimView(c.id, c.encounterId, c.ehrEncounterId, c.status,
                new ClaimView.Patient(c.patientId, c.patientFirstName, c.patientLastName, c.patientBirthDate,
                        c.patientSex),
                c.subscriberMemberId, c.payerId, c.billingProviderNpi, c.renderingProviderNpi, c.placeOfService,
                c.dateOfService,
                c.diagnoses.stream().map(d -> new ClaimView.Diagnosis(d.sequence, d.code)).toList(),
                c.lines.stream().map(l -> new ClaimView.Line(l.lineNumber, l.code, l.codeSystem,
                        ClaimStore.split(l.modifiers), l.units,
                        ClaimStore.split(l.diagnosisPointers).stream().map(Integer::valueOf).toList(),
                        money(l.unitFee), money(l.charge), l.dateOfService)).toList(),
                balance(c),
                r.history().stream().map(h -> new ClaimView.StatusChange(h.fromStatus, h.toStatus, h.reason,
                        ClaimStore.split(h.reasonCodes), h.paymentId, h.changedAt)).toList(),
                r.payments().stream().map(p -> new ClaimView.Payment(p.paymentId, p.claimStatusCode,
                        money(p.paidAmount), money(p.patientResponsibility), money(p.adjustmentAmount),
                        ClaimStore.split(p.reasonCodes), p.appliedAt)).toList(),
                c.correlationId, c.createdAt, c.submittedAt, c.updatedAt, c.frequencyCode, c.originalClaimId,
                c.payerClaimControlNumber, FindingsJson.read(c.findings), c.submissionCount, c.lastSubmissionId);
    }

    static ClaimPageView.Item item(ClaimEntity c) {
        return new ClaimPageView.Item(c.id, c.encounterId, c.status, c.payerId, c.billingProviderNpi, c.dateOfService,
                money(c.totalCharge), balance(c).outstanding(), c.createdAt);
    }

    static ClaimPageView page(List<ClaimEntity> items, int page, int size, long total) {
        return new ClaimPageView(items.stream().map(ClaimViews::item).toList(), page, size, total);
    }

    private static BalanceView balance(ClaimEntity c) {
        BigDecimal outstanding = c.totalCharge.subtract(c.paidAmount).subtract(c.adjustmentAmount)
                .subtract(c.patientResponsibility);
        return new BalanceView(money(c.totalCharge), money(c.paidAmount), money(c.adjustmentAmount),
                money(c.patientResponsibility), money(outstanding));
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2).toPlainString();
    }
}
