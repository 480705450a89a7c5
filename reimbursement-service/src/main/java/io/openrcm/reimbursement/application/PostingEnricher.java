package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.ClaimPayment;
import io.openrcm.reimbursement.domain.DenialClassifier;
import io.openrcm.reimbursement.domain.ExpectedLine;
import io.openrcm.reimbursement.domain.LineMatcher;
import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.domain.ServiceLinePayment;
import io.openrcm.reimbursement.persistence.ClaimPaymentEntity;
import io.openrcm.reimbursement.persistence.ClaimPaymentLineEntity;
import io.openrcm.reimbursement.persistence.ExpectedClaimEntity;
import io.openrcm.reimbursement.persistence.ExpectedClaimLineColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What posting adds to a claim payment once its claim is known: each service line matched to our line, the
 * expected allowed amount from the payer contract and the underpayment, the denial category, and the codes not in
 * the loaded CARC/RARC lists. Allowed = charge - CO adjustments (per line; for the claim, over all its adjustments).
 */
@ApplicationScoped
class PostingEnricher {

    @Inject
    PayerContracts contracts;
    @Inject
    DenialCategories denials;
    @Inject
    ReasonCodes reasonCodes;

    void enrich(ClaimPaymentEntity row, List<ClaimPaymentLineEntity> lines, ClaimPayment payment,
            ExpectedClaimEntity claim, LocalDate paymentDate) {
        List<ExpectedLine> ours = claim.lines.stream().map(PostingEnricher::expected).toList();
        List<Integer> matched = LineMatcher.match(payment.lines(), ours);
        DenialClassifier classifier = denials.classifier();
        boolean denied = payment.status().isDenied();
        row.denialCategory = classifier.claim(payment).map(Enum::name).orElse(null);
        row.unknownCodes = String.join(",", reasonCodes.unknown(payment));
        row.allowedAmount = payment.charge().minus(Money.sum(payment.allAdjustments().stream()
                .filter(a -> a.group() == io.openrcm.reimbursement.domain.AdjustmentGroup.CO)
                .map(io.openrcm.reimbursement.domain.Adjustment::amount).toList())).amount();
        List<Money> expected = new ArrayList<>();
        List<Money> underpaid = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ClaimPaymentLineEntity lineRow = lines.get(i);
            ServiceLinePayment line = payment.lines().get(i);
            lineRow.lineNumber = matched.get(i);
            ExpectedClaimLineColumns our = lineRow.lineNumber == null ? null : claim.lines.stream()
                    .filter(l -> l.lineNumber == lineRow.lineNumber).findFirst().orElse(null);
            lineRow.denialCategory = classifier.line(line, denied).map(Enum::name).orElse(null);
            if (payment.isReversal()) {
                continue;
            }
            Optional<Money> rate = rate(claim, line, our, payment, paymentDate);
            if (rate.isPresent()) {
                Money lineExpected = rate.get().times(line.units());
                Money shortfall = lineExpected.minus(line.allowed());
                lineRow.expectedAllowed = lineExpected.amount();
                lineRow.underpaidAmount = (shortfall.isNegative() ? Money.ZERO : shortfall).amount();
                expected.add(lineExpected);
                underpaid.add(Money.of(lineRow.underpaidAmount));
            }
        }
        row.expectedAllowed = expected.isEmpty() ? null : Money.sum(expected).amount();
        row.underpaidAmount = expected.isEmpty() ? null : Money.sum(underpaid).amount();
    }

    private Optional<Money> rate(ExpectedClaimEntity claim, ServiceLinePayment line, ExpectedClaimLineColumns our,
            ClaimPayment payment, LocalDate paymentDate) {
        String code = our != null ? our.code : line.originalCode() != null ? line.originalCode() : line.code();
        List<String> modifiers = our != null ? ClaimPayments.split(our.modifiers) : line.modifiers();
        LocalDate on = line.serviceDate() != null ? line.serviceDate()
                : our != null && our.dateOfService != null ? our.dateOfService
                : payment.serviceDate() != null ? payment.serviceDate()
                : claim.dateOfService != null ? claim.dateOfService : paymentDate;
        return contracts.rate(claim.payerId, code, modifiers, on);
    }

    private static ExpectedLine expected(ExpectedClaimLineColumns l) {
        return new ExpectedLine(l.lineNumber, l.code, ClaimPayments.split(l.modifiers), l.dateOfService,
                Money.of(l.charge));
    }

    static BigDecimal amount(Money m) {
        return m == null ? null : m.amount();
    }
}
