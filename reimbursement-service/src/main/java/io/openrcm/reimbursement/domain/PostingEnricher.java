package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what posting adds to a claim payment once its claim is known: each service line matched to our line, the
 * expected allowed amount from the payer contract and the underpayment, the denial categories. Allowed = charge - CO
 * adjustments (per line; for the claim, over all its adjustments). A reversal is matched and classified, but not
 * compared with the contract. A secondary's or tertiary's payment (CLP02 2, 3, 20, 21) is compared with the contract
 * of the payer that sent it, never with the primary's the claim was first billed to.
 */
public final class PostingEnricher {

    private final DenialClassifier classifier;
    private final ContractRates contracts;

    public PostingEnricher(DenialClassifier classifier, ContractRates contracts) {
        this.classifier = classifier;
        this.contracts = contracts;
    }

    /**
     * The enrichment of the payment.
     *
     * @param unknownCodes the payment's codes not in the loaded code lists, kept as they are
     * @param paymentDate the remittance's payment date: the contract date of last resort
     */
    public Enrichment enrich(ClaimPayment payment, ExpectedClaim claim, List<String> unknownCodes,
            LocalDate paymentDate) {
        return enrich(payment, claim, unknownCodes, paymentDate, claim.payerId());
    }

    /**
     * The enrichment of the payment sent by a payer.
     *
     * @param unknownCodes the payment's codes not in the loaded code lists, kept as they are
     * @param paymentDate the remittance's payment date: the contract date of last resort
     * @param remittancePayerId the payer of the remittance that carries the payment
     */
    public Enrichment enrich(ClaimPayment payment, ExpectedClaim claim, List<String> unknownCodes,
            LocalDate paymentDate, String remittancePayerId) {
        String ratesOf = ratesPayer(payment, claim, remittancePayerId);
        List<Integer> matched = LineMatcher.match(payment.lines(), claim.lines());
        boolean denied = payment.status().isDenied();
        Money allowed = payment.charge().minus(Money.sum(payment.allAdjustments().stream()
                .filter(a -> a.group() == AdjustmentGroup.CO).map(Adjustment::amount).toList()));
        List<Enrichment.Line> lines = new ArrayList<>(payment.lines().size());
        List<Money> expected = new ArrayList<>();
        List<Money> underpaid = new ArrayList<>();
        for (int i = 0; i < payment.lines().size(); i++) {
            ServiceLinePayment line = payment.lines().get(i);
            Integer lineNumber = matched.get(i);
            ExpectedLine our = claim.line(lineNumber).orElse(null);
            DenialCategory lineDenial = classifier.line(line, denied).orElse(null);
            Optional<Money> rate = payment.isReversal() ? Optional.empty()
                    : rate(ratesOf, claim, line, our, payment, paymentDate);
            if (rate.isEmpty()) {
                lines.add(new Enrichment.Line(lineNumber, lineDenial, null, null));
                continue;
            }
            Money lineExpected = rate.get().times(line.units());
            Money shortfall = lineExpected.minus(line.allowed());
            Money lineUnderpaid = shortfall.isNegative() ? Money.ZERO : shortfall;
            lines.add(new Enrichment.Line(lineNumber, lineDenial, lineExpected, lineUnderpaid));
            expected.add(lineExpected);
            underpaid.add(lineUnderpaid);
        }
        return new Enrichment(classifier.claim(payment).orElse(null), allowed,
                expected.isEmpty() ? null : Money.sum(expected), expected.isEmpty() ? null : Money.sum(underpaid),
                unknownCodes, lines);
    }

    /**
     * Whose contract the payment is held to. A later payer's remittance names that payer, while the claim still names
     * the primary it was first billed to (claim-service bills the same claim id to the next payer); a primary's 835
     * may name its payer by an id not yet mapped to ours (TRN03), so a primary keeps the claim's payer.
     */
    static String ratesPayer(ClaimPayment payment, ExpectedClaim claim, String remittancePayerId) {
        boolean laterPayer = payment.status().isLaterPayer();
        return laterPayer && remittancePayerId != null && !remittancePayerId.isBlank() ? remittancePayerId
                : claim.payerId();
    }

    private Optional<Money> rate(String payerId, ExpectedClaim claim, ServiceLinePayment line, ExpectedLine our,
            ClaimPayment payment, LocalDate paymentDate) {
        String code = our != null ? our.code() : line.originalCode() != null ? line.originalCode() : line.code();
        List<String> modifiers = our != null ? our.modifiers() : line.modifiers();
        LocalDate on = line.serviceDate() != null ? line.serviceDate()
                : our != null && our.dateOfService() != null ? our.dateOfService()
                : payment.serviceDate() != null ? payment.serviceDate()
                : claim.dateOfService() != null ? claim.dateOfService() : paymentDate;
        return contracts.rate(payerId, code, modifiers, on);
    }
}
