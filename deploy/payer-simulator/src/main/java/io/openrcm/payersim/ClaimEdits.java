package io.openrcm.payersim;

import java.time.LocalDate;
import java.util.Map;

/**
 * The front-end edits a payer runs before it accepts a claim into adjudication (what a 277CA reports): the payer is
 * one it knows, the billing NPI passes the Luhn check, the claim balances to its lines, the dates are not in the
 * future; then a configured share of good claims is rejected as "subscriber not found".
 */
final class ClaimEdits {

    private final Map<String, PayerRules> payers;
    private final Draws draws;
    private final double rejectRate;

    ClaimEdits(SimulatorConfig config) {
        this.payers = config.payers();
        this.draws = new Draws(config.seed());
        this.rejectRate = config.rates().reject();
    }

    ClaimVerdict judge(SubmittedClaim claim, LocalDate today) {
        if (claim.payerId() == null || !payers.containsKey(claim.payerId())) {
            return rejected(claim, "A3", "116", "PR"); // claim submitted to the incorrect payer
        }
        if (claim.billingNpi() == null || !validNpi(claim.billingNpi())) {
            return rejected(claim, "A7", "562", "85"); // entity's National Provider Identifier
        }
        if (claim.lines().isEmpty() || claim.charge().compareTo(claim.lineTotal()) != 0) {
            return rejected(claim, "A7", "400", null); // claim is out of balance
        }
        LocalDate last = claim.lastServiceDate();
        if (last == null || last.isAfter(today)) {
            return rejected(claim, "A7", "187", null); // date(s) of service
        }
        if (draws.chance(claim.claimId(), "reject", rejectRate)) {
            return rejected(claim, "A7", "33", "IL"); // subscriber and subscriber id not found
        }
        return new ClaimVerdict(claim, "A2", "20", null, payerClaimControlNumber(claim.claimId(), 0));
    }

    /** The payer's own number for a claim (REF*1K, CLP07); {@code version} 1 for a corrected payment. */
    String payerClaimControlNumber(String claimId, int version) {
        long n = (long) Math.floor(draws.of(claimId, "icn") * 1_000_000_000_000L);
        return String.format("%013d%d", n, version);
    }

    private static ClaimVerdict rejected(SubmittedClaim claim, String category, String status, String entity) {
        return new ClaimVerdict(claim, category, status, entity, null);
    }

    /** The NPI check digit: Luhn over 80840 + the first nine digits. */
    static boolean validNpi(String npi) {
        if (!npi.matches("\\d{10}")) {
            return false;
        }
        String digits = "80840" + npi.substring(0, 9);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10 == npi.charAt(9) - '0';
    }
}
