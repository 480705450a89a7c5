package io.openrcm.payersim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides what a payer pays for an accepted claim, from its rules and the seeded draws: a denial of the whole claim
 * or of one line (with its CARC and RARC), else per line the allowed amount (fee schedule), the contractual
 * write-off (CO-45) and the member's share: copay (PR-3) on office visits, deductible (PR-1), coinsurance (PR-2).
 */
final class Adjudicator {

    private static final BigDecimal CORRECTION = new BigDecimal("1.05");

    private final SimulatorConfig config;
    private final Draws draws;
    private final ClaimEdits edits;

    Adjudicator(SimulatorConfig config) {
        this.config = config;
        this.draws = new Draws(config.seed());
        this.edits = new ClaimEdits(config);
    }

    /** The first payment of a claim. */
    ClaimPayment adjudicate(SubmittedClaim claim) {
        return decide(claim, false);
    }

    /** True when this claim's payment is reversed and corrected in the cycle after it was paid. */
    boolean reversedLater(ClaimPayment payment) {
        return "1".equals(payment.status())
                && draws.chance(payment.claim().claimId(), "reversal", config.rates().reversal());
    }

    /** The corrected payment after a reversal: the same claim with 5 % more allowed (a fee schedule corrected). */
    ClaimPayment corrected(SubmittedClaim claim) {
        return decide(claim, true);
    }

    private ClaimPayment decide(SubmittedClaim claim, boolean corrected) {
        PayerRules rules = config.payers().get(claim.payerId());
        String id = claim.claimId();
        String icn = edits.payerClaimControlNumber(id, corrected ? 1 : 0);
        if (!corrected && draws.chance(id, "deny", config.rates().deny())) {
            SimulatorConfig.Denial denial = denial(id, "denial");
            return new ClaimPayment(claim, "4", icn, claim.lines().stream().map(l -> denied(l, denial)).toList());
        }
        int deniedLine = !corrected && claim.lines().size() > 1 && draws.chance(id, "partial",
                config.rates().partial()) ? draws.index(id, "partial-line", claim.lines().size()) : -1;
        BigDecimal deductibleLeft = draws.chance(id, "deductible", rules.deductibleRate()) ? rules.deductible()
                : BigDecimal.ZERO;
        List<ClaimPayment.LinePayment> lines = new ArrayList<>();
        for (int i = 0; i < claim.lines().size(); i++) {
            SubmittedClaim.Line line = claim.lines().get(i);
            if (i == deniedLine) {
                lines.add(denied(line, denial(id, "partial-denial")));
                continue;
            }
            BigDecimal allowed = rules.allowedFor(line.code(), line.charge(), line.units());
            if (corrected) {
                allowed = allowed.multiply(CORRECTION).setScale(2, RoundingMode.HALF_UP).min(line.charge());
            }
            List<ClaimPayment.Adjustment> cas = new ArrayList<>();
            add(cas, "CO", "45", line.charge().subtract(allowed));
            BigDecimal left = allowed;
            if (line.code() != null && line.code().startsWith("992")) {
                BigDecimal copay = rules.copay().min(left);
                add(cas, "PR", "3", copay);
                left = left.subtract(copay);
            }
            BigDecimal deductible = deductibleLeft.min(left);
            add(cas, "PR", "1", deductible);
            deductibleLeft = deductibleLeft.subtract(deductible);
            left = left.subtract(deductible);
            BigDecimal coinsurance = rules.coinsuranceOf(left);
            add(cas, "PR", "2", coinsurance);
            left = left.subtract(coinsurance);
            lines.add(new ClaimPayment.LinePayment(line, 1, allowed, left, List.copyOf(cas), List.of()));
        }
        return new ClaimPayment(claim, "1", icn, List.copyOf(lines));
    }

    private SimulatorConfig.Denial denial(String claimId, String decision) {
        return config.denials().get(draws.index(claimId, decision, config.denials().size()));
    }

    private static ClaimPayment.LinePayment denied(SubmittedClaim.Line line, SimulatorConfig.Denial denial) {
        return new ClaimPayment.LinePayment(line, 1, null, BigDecimal.ZERO.setScale(2),
                List.of(new ClaimPayment.Adjustment(denial.group(), denial.reason(), line.charge())),
                denial.remark() == null ? List.of() : List.of(denial.remark()));
    }

    private static void add(List<ClaimPayment.Adjustment> cas, String group, String reason, BigDecimal amount) {
        if (amount.signum() > 0) {
            cas.add(new ClaimPayment.Adjustment(group, reason, amount));
        }
    }
}
