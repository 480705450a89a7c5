package io.openrcm.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates balanced remittances for submitted claims: most paid at the payer's allowed rate with a contractual
 * adjustment (CO-45), coinsurance (PR-2) and sometimes a deductible (PR-1); some only partly adjudicated; some denied
 * (CLP02 4, CO adjustments for the whole charge); some paid, then reversed (CLP02 22, negated amounts) and paid again
 * with corrected amounts in a second round. A claim whose encounter has a secondary coverage is paid by its primary
 * with the patient's share left (coinsurance, sometimes a deductible); claim-service then bills the secondary, and
 * the secondary's 835 (CLP02 2), posted once that claim went out, pays {@link #SECONDARY_SHARE} of what the primary
 * left on each line (OA-23 for what the primary paid and adjusted) and leaves the rest to the patient (PR-2).
 * Claims are grouped per payer into remittances of a bounded size.
 */
final class RemittanceGenerator {

    private static final Map<String, BigDecimal> ALLOWED_RATE = Map.of("BCBS-IL", new BigDecimal("0.80"),
            "AETNA", new BigDecimal("0.75"), "MEDICARE-IL", new BigDecimal("0.62"), "UHC", new BigDecimal("0.70"));
    private static final String[] DENIAL_REASONS = {"16", "50", "197", "29", "18", "96"};
    private static final BigDecimal COINSURANCE = new BigDecimal("0.20");
    static final BigDecimal SECONDARY_SHARE = new BigDecimal("0.80");

    private final Random random;
    private final String runId;
    private final double partialShare;
    private final double deniedShare;
    private final double reversedShare;
    private final int claimsPerRemittance;
    private final LocalDate paymentDate;
    private long traces;
    private long controlNumbers;

    RemittanceGenerator(long seed, String runId, double partialShare, double deniedShare, double reversedShare,
            int claimsPerRemittance, LocalDate paymentDate) {
        this.random = new Random(seed);
        this.runId = runId;
        this.partialShare = partialShare;
        this.deniedShare = deniedShare;
        this.reversedShare = reversedShare;
        this.claimsPerRemittance = claimsPerRemittance;
        this.paymentDate = paymentDate;
    }

    /**
     * The plan for these claims.
     *
     * @param first the remittances to post first
     * @param second the remittances posted once the first are applied: reversals and corrected payments
     * @param secondaries the secondary payers' remittances, posted once claim-service billed them the claims
     * @param outcomes per claim id, what must result
     */
    record Plan(List<Remittance> first, List<Remittance> second, List<Remittance> secondaries,
            Map<String, ClaimOutcome> outcomes) {
    }

    /** The plan for claims with their primary payer only. */
    Plan plan(List<SubmittedClaim> claims) {
        return plan(claims, Map.of());
    }

    /**
     * The plan for these claims.
     *
     * @param secondaryPayers the secondary payer by claim id, for the claims whose encounter has one
     */
    Plan plan(List<SubmittedClaim> claims, Map<String, String> secondaryPayers) {
        Map<String, List<Remittance.ClaimPayment>> firstByPayer = new LinkedHashMap<>();
        Map<String, List<Remittance.ClaimPayment>> secondByPayer = new LinkedHashMap<>();
        Map<String, List<Remittance.ClaimPayment>> secondaryByPayer = new LinkedHashMap<>();
        Map<String, ClaimOutcome> outcomes = new LinkedHashMap<>();
        for (SubmittedClaim claim : claims) {
            double draw = random.nextDouble();
            List<Remittance.ClaimPayment> first = firstByPayer.computeIfAbsent(claim.payerId(), p -> new ArrayList<>());
            String secondaryPayer = secondaryPayers.get(claim.claimId());
            if (secondaryPayer != null) {
                // Paid by the primary with the patient's share left, whatever the draw: a denial, a partial payment
                // or a reversal would each send the claim to the secondary in its own way, which is not this check.
                Remittance.ClaimPayment primary = paid(claim, claim.lines(), BigDecimal.ZERO);
                Remittance.ClaimPayment secondary = secondary(primary);
                first.add(primary);
                secondaryByPayer.computeIfAbsent(secondaryPayer, p -> new ArrayList<>()).add(secondary);
                outcomes.put(claim.claimId(), new ClaimOutcome(claim.claimId(), ClaimOutcome.Kind.SECONDARY, 2,
                        "PAID", primary.paid().add(secondary.paid()), secondaryPayer, secondary.paid(),
                        secondary.patientResponsibility()));
            } else if (draw < deniedShare) {
                first.add(denied(claim));
                outcomes.put(claim.claimId(), new ClaimOutcome(claim.claimId(), ClaimOutcome.Kind.DENIED, 1, "DENIED",
                        money("0")));
            } else if (draw < deniedShare + partialShare && claim.lines().size() == 1) {
                // Only one line: nothing to leave outstanding, so the payer pays it in full.
                Remittance.ClaimPayment p = paid(claim, claim.lines(), BigDecimal.ZERO);
                first.add(p);
                outcomes.put(claim.claimId(), new ClaimOutcome(claim.claimId(), ClaimOutcome.Kind.PAID, 1, "PAID",
                        p.paid()));
            } else if (draw < deniedShare + partialShare) {
                Remittance.ClaimPayment p = paid(claim, claim.lines().subList(0, claim.lines().size() - 1), BigDecimal.ZERO);
                first.add(p);
                outcomes.put(claim.claimId(), new ClaimOutcome(claim.claimId(), ClaimOutcome.Kind.PARTIAL, 1,
                        "PARTIALLY_PAID", p.paid()));
            } else if (draw < deniedShare + partialShare + reversedShare) {
                Remittance.ClaimPayment original = paid(claim, claim.lines(), BigDecimal.ZERO);
                Remittance.ClaimPayment corrected = paid(claim, claim.lines(), new BigDecimal("0.05"));
                first.add(original);
                List<Remittance.ClaimPayment> second = secondByPayer.computeIfAbsent(claim.payerId(), p -> new ArrayList<>());
                second.add(reversal(original));
                second.add(corrected);
                outcomes.put(claim.claimId(), new ClaimOutcome(claim.claimId(), ClaimOutcome.Kind.REVERSED, 3, "PAID",
                        corrected.paid()));
            } else {
                Remittance.ClaimPayment p = paid(claim, claim.lines(), BigDecimal.ZERO);
                first.add(p);
                outcomes.put(claim.claimId(), new ClaimOutcome(claim.claimId(), ClaimOutcome.Kind.PAID, 1, "PAID",
                        p.paid()));
            }
        }
        return new Plan(chunk(firstByPayer, claimsPerRemittance), chunk(secondByPayer, claimsPerRemittance),
                chunk(secondaryByPayer, claimsPerRemittance), outcomes);
    }

    private List<Remittance> chunk(Map<String, List<Remittance.ClaimPayment>> byPayer, int size) {
        List<Remittance> remittances = new ArrayList<>();
        byPayer.forEach((payer, payments) -> {
            // A reversal and its corrected payment stay together, in order, in one remittance.
            for (int from = 0; from < payments.size(); ) {
                int to = Math.min(from + size, payments.size());
                if (to < payments.size() && payments.get(to).claimId().equals(payments.get(to - 1).claimId())) {
                    to++;
                }
                remittances.add(new Remittance(payer, "BENCH-" + runId + "-" + (++traces), paymentDate,
                        List.copyOf(payments.subList(from, to))));
                from = to;
            }
        });
        return remittances;
    }

    /** Paid at the payer's allowed rate (plus the bump, for a corrected payment) of the given lines. */
    private Remittance.ClaimPayment paid(SubmittedClaim claim, List<SubmittedClaim.Line> lines, BigDecimal bump) {
        BigDecimal rate = ALLOWED_RATE.getOrDefault(claim.payerId(), new BigDecimal("0.70")).add(bump);
        boolean deductible = random.nextDouble() < 0.15;
        List<Remittance.LinePayment> paid = new ArrayList<>();
        for (SubmittedClaim.Line line : lines) {
            BigDecimal allowed = line.charge().multiply(rate).setScale(2, RoundingMode.HALF_UP);
            BigDecimal coinsurance = allowed.multiply(COINSURANCE).setScale(2, RoundingMode.HALF_UP);
            List<Remittance.Adjustment> adjustments = new ArrayList<>();
            BigDecimal contractual = line.charge().subtract(allowed);
            if (contractual.signum() != 0) {
                adjustments.add(new Remittance.Adjustment("CO", "45", contractual));
            }
            BigDecimal patient = coinsurance;
            if (deductible && paid.isEmpty()) {
                BigDecimal amount = allowed.subtract(coinsurance).min(money("20.00"));
                if (amount.signum() > 0) {
                    adjustments.add(new Remittance.Adjustment("PR", "1", amount));
                    patient = patient.add(amount);
                }
            }
            if (coinsurance.signum() > 0) {
                adjustments.add(new Remittance.Adjustment("PR", "2", coinsurance));
            }
            paid.add(new Remittance.LinePayment(line.lineNumber(), line.code(), line.modifiers(), line.units(),
                    line.charge(), allowed.subtract(patient), adjustments));
        }
        return new Remittance.ClaimPayment(claim.claimId(), "1", nextControlNumber(), claim.patientId(),
                claim.dateOfService(), paid);
    }

    private Remittance.ClaimPayment denied(SubmittedClaim claim) {
        String reason = DENIAL_REASONS[random.nextInt(DENIAL_REASONS.length)];
        List<Remittance.LinePayment> lines = claim.lines().stream().map(line -> new Remittance.LinePayment(
                line.lineNumber(), line.code(), line.modifiers(), line.units(), line.charge(), money("0"),
                List.of(new Remittance.Adjustment("CO", reason, line.charge())))).toList();
        return new Remittance.ClaimPayment(claim.claimId(), "4", nextControlNumber(), claim.patientId(),
                claim.dateOfService(), lines);
    }

    /**
     * The secondary's claim payment (CLP02 2) after the primary's: per line it pays {@link #SECONDARY_SHARE} of what
     * the primary left to the patient and leaves the rest to the patient (PR-2); what the primary paid and adjusted
     * is OA-23 (the impact of the prior payer's adjudication), so the line balances: charge = paid + OA + PR.
     */
    Remittance.ClaimPayment secondary(Remittance.ClaimPayment primary) {
        List<Remittance.LinePayment> lines = new ArrayList<>();
        for (Remittance.LinePayment line : primary.lines()) {
            BigDecimal left = line.adjustments().stream().filter(a -> a.group().equals("PR"))
                    .map(Remittance.Adjustment::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            BigDecimal pays = left.multiply(SECONDARY_SHARE).setScale(2, RoundingMode.HALF_UP);
            BigDecimal patient = left.subtract(pays);
            List<Remittance.Adjustment> adjustments = new ArrayList<>();
            BigDecimal prior = line.charge().subtract(left);
            if (prior.signum() != 0) {
                adjustments.add(new Remittance.Adjustment("OA", "23", prior));
            }
            if (patient.signum() != 0) {
                adjustments.add(new Remittance.Adjustment("PR", "2", patient));
            }
            lines.add(new Remittance.LinePayment(line.lineNumber(), line.code(), line.modifiers(), line.units(),
                    line.charge(), pays, adjustments));
        }
        return new Remittance.ClaimPayment(primary.claimId(), "2", nextControlNumber(), primary.patientId(),
                primary.dateOfService(), lines);
    }

    /** CLP02 22: the original payment with every amount negated, under the same payer claim control number. */
    static Remittance.ClaimPayment reversal(Remittance.ClaimPayment original) {
        List<Remittance.LinePayment> lines = original.lines().stream().map(l -> new Remittance.LinePayment(
                l.lineNumber(), l.code(), l.modifiers(), l.units(), l.charge().negate(), l.paid().negate(),
                l.adjustments().stream().map(a -> new Remittance.Adjustment(a.group(), a.reason(), a.amount().negate()))
                        .toList())).toList();
        return new Remittance.ClaimPayment(original.claimId(), "22", original.payerClaimControlNumber(),
                original.patientId(), original.dateOfService(), lines);
    }

    private String nextControlNumber() {
        return "PCN" + runId + "-" + (++controlNumbers);
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value).setScale(2);
    }
}
