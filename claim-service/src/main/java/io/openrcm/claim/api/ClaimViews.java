package io.openrcm.claim.api;

import io.openrcm.claim.application.ClaimRecord;
import io.openrcm.claim.application.ClaimSummary;
import io.openrcm.claim.domain.Balance;
import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.Patient;
import io.openrcm.kernel.Money;

/** Maps claims as the application reads them to the API's records. */
final class ClaimViews {

    private ClaimViews() {
    }

    static ClaimView of(ClaimRecord r) {
        Claim c = r.claim();
        ClaimDetails d = c.details();
        Patient p = d.patient();
        return new ClaimView(c.id(), d.encounterId(), d.ehrEncounterId(), c.status().name(),
                new ClaimView.Patient(p.id(), p.firstName(), p.lastName(), p.birthDate(), p.sex()),
                d.subscriberMemberId(), d.payerId(), d.billingProviderNpi(), d.renderingProviderNpi(),
                d.placeOfService(), d.dateOfService(),
                d.diagnoses().stream().map(x -> new ClaimView.Diagnosis(x.sequence(), x.code())).toList(),
                d.lines().stream().map(l -> new ClaimView.Line(l.lineNumber(), l.code(), l.codeSystem(),
                        l.modifiers(), l.units(), l.diagnosisPointers(), money(l.unitFee()), money(l.charge()),
                        l.dateOfService())).toList(),
                balance(c.balance()),
                r.history().stream().map(h -> new ClaimView.StatusChange(name(h.from()), name(h.to()), h.reason(),
                        h.reasonCodes(), h.paymentId(), h.changedAt())).toList(),
                r.payments().stream().map(x -> new ClaimView.Payment(x.paymentId(), x.claimStatusCode(),
                        money(x.paidAmount()), money(x.patientResponsibility()), money(x.adjustmentAmount()),
                        x.reasonCodes(), x.appliedAt())).toList(),
                d.correlationId(), c.createdAt(), c.submittedAt(), c.updatedAt(), c.correction().frequencyCode(),
                c.correction().originalClaimId(), c.payerClaimControlNumber(), c.findings(), r.submissionCount(),
                r.lastSubmissionId());
    }

    static ClaimPageView page(ClaimSummary.Page result, int page, int size) {
        return new ClaimPageView(result.items().stream().map(ClaimViews::item).toList(), page, size, result.total());
    }

    private static ClaimPageView.Item item(ClaimSummary c) {
        return new ClaimPageView.Item(c.claimId(), c.encounterId(), c.status().name(), c.payerId(),
                c.billingProviderNpi(), c.dateOfService(), money(c.balance().totalCharge()),
                money(c.balance().owed()), c.createdAt());
    }

    static BalanceView balance(Balance b) {
        return new BalanceView(money(b.totalCharge()), money(b.paid()), money(b.adjustments()),
                money(b.patientResponsibility()), money(b.owed()), money(b.credit()));
    }

    private static String name(ClaimStatus status) {
        return status == null ? null : status.name();
    }

    /** A decimal string with two decimals. */
    static String money(Money amount) {
        return amount == null ? null : amount.amount().toPlainString();
    }
}
