package io.openrcm.claim.domain;

import io.openrcm.kernel.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Object Mother of claims for the domain tests: the golden example's claim, 99213-25 at 135.00 and G0008 at 25.00. */
public final class ClaimMother {

    public static final LocalDate DATE_OF_SERVICE = LocalDate.of(2026, 11, 2);
    public static final Instant CREATED_AT = Instant.parse("2026-11-02T15:04:05.456Z");

    private ClaimMother() {
    }

    public static ClaimDetails goldenDetails() {
        return new ClaimDetails(UUID.fromString("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f"), "EHR-ENC-000123",
                new Patient("MRN-884201", "Jane", "Example", LocalDate.of(1971, 4, 12), "F"), "XGH123456789",
                "BCBS-IL", "1234567893", "1245319599", "11", DATE_OF_SERVICE,
                List.of(new Diagnosis(1, "E119"), new Diagnosis(2, "I10")),
                List.of(new ClaimLine(1, "99213", "CPT", List.of("25"), 1, List.of(1, 2), Money.parse("135.00"),
                                DATE_OF_SERVICE),
                        new ClaimLine(2, "G0008", "HCPCS", List.of(), 1, List.of(1), Money.parse("25.00"),
                                DATE_OF_SERVICE)),
                "corr-1");
    }

    /** A claim of 160.00, created and submitted. */
    public static Claim submitted() {
        Claim claim = ready();
        claim.submit(UUID.randomUUID(), CREATED_AT);
        return claim;
    }

    /** A clean claim of 160.00, scrubbed and READY. */
    public static Claim ready() {
        return ready(goldenDetails(), Correction.ORIGINAL);
    }

    /** A claim with these details, scrubbed clean and READY. */
    public static Claim ready(ClaimDetails details, Correction correction) {
        Claim claim = Claim.create(UUID.randomUUID(), details, correction, CREATED_AT).claim();
        claim.scrubbed(List.of(), CREATED_AT);
        return claim;
    }

    /** A claim of 160.00 restored in the given state and balance. */
    public static Claim restored(ClaimStatus status, Balance balance) {
        return Claim.restore(UUID.randomUUID(), goldenDetails(), Correction.ORIGINAL, status, balance, List.of(), null,
                CREATED_AT, CREATED_AT, CREATED_AT);
    }

    public static PaymentPosting posting(String statusCode, String paid, String patient, Adjustment... adjustments) {
        return new PaymentPosting(UUID.randomUUID(), statusCode, Money.parse(paid), Money.parse(patient), List.of(adjustments),
                null, "PCN-1");
    }

    /** A reversal (CLP02 22) of an earlier payment, with negative amounts. */
    public static PaymentPosting reversal(UUID reverses, String paid, String patient, Adjustment... adjustments) {
        return new PaymentPosting(UUID.randomUUID(), "22", Money.parse(paid), Money.parse(patient), List.of(adjustments),
                reverses, "PCN-1");
    }

    public static Adjustment adjustment(String group, String reason, String amount) {
        return new Adjustment(group, reason, Money.parse(amount));
    }
}
