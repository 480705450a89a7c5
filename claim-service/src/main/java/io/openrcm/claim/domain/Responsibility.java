package io.openrcm.claim.domain;

/**
 * Who a claim's open balance is with: the payer at one position of the coverages, or the patient once insurance is
 * done. The payers' order is the X12 payer responsibility sequence (SBR01 P, S, T).
 */
public enum Responsibility {
    PRIMARY("P"),
    SECONDARY("S"),
    TERTIARY("T"),
    PATIENT(null);

    private final String sequenceCode;

    Responsibility(String sequenceCode) {
        this.sequenceCode = sequenceCode;
    }

    /** The payer at this 0-based position of the coverages. */
    public static Responsibility payerAt(int position) {
        return switch (position) {
            case 0 -> PRIMARY;
            case 1 -> SECONDARY;
            case 2 -> TERTIARY;
            default -> throw new ClaimRuleException("a claim has at most 3 coverages, not " + (position + 1));
        };
    }

    /** SBR01; null for the patient. */
    public String sequenceCode() {
        return sequenceCode;
    }

    /** The 0-based position in the coverages; -1 for the patient. */
    public int position() {
        return this == PATIENT ? -1 : ordinal();
    }

    public boolean isPayer() {
        return this != PATIENT;
    }

    /**
     * The payer position a remittance says it adjudicated the claim as (835 CLP02: 1 or 19 primary, 2 or 20
     * secondary, 3 or 21 tertiary); null for other codes (denied, reversal, not our claim).
     */
    public static Responsibility ofClaimStatusCode(String clp02) {
        if (clp02 == null) {
            return null;
        }
        return switch (clp02) {
            case "1", "19" -> PRIMARY;
            case "2", "20" -> SECONDARY;
            case "3", "21" -> TERTIARY;
            default -> null;
        };
    }

    /** True for CLP02 19, 20 and 21: processed, and forwarded by the payer to the next payer (a crossover). */
    public static boolean isCrossover(String clp02) {
        return "19".equals(clp02) || "20".equals(clp02) || "21".equals(clp02);
    }
}
