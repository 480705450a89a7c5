package io.openrcm.payersim;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimLine;
import io.openrcm.claim.domain.Correction;
import io.openrcm.claim.domain.Diagnosis;
import io.openrcm.claim.domain.Patient;
import io.openrcm.claim.domain.ProviderFacts;
import io.openrcm.claim.edi.BilledClaim;
import io.openrcm.claim.edi.Claim837Writer;
import io.openrcm.claim.edi.Envelope;
import io.openrcm.claim.edi.PayerParty;
import io.openrcm.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Object Mother of the simulator's input: 837P files written by claim-service's own writer (the file the provider
 * really sends), for the seeded payers and providers, with claim ids fixed so outcomes can be asserted exactly.
 */
final class Claims837 {

    static final LocalDate DATE_OF_SERVICE = LocalDate.of(2026, 11, 2);
    static final Instant CREATED_AT = Instant.parse("2026-11-02T15:04:05Z");
    static final ProviderFacts LAKESIDE = new ProviderFacts("1234567893", "Lakeside Family Medicine", "361234567",
            "207Q00000X", "100 N Lake Shore Dr", "Suite 400", "Chicago", "IL", "60601");
    static final ProviderFacts PRAIRIE = new ProviderFacts("1679576722", "Prairie Internal Medicine", "371112222",
            "207R00000X", "2200 W Main St", null, "Springfield", "IL", "62704");
    static final PayerParty BCBS = new PayerParty("Blue Cross and Blue Shield of Illinois", "BCBS-IL", "BL");
    static final PayerParty MEDICARE = new PayerParty("Medicare Part B (Illinois)", "MEDICARE-IL", "MB");

    private Claims837() {
    }

    /** The id of the n-th fixed claim. */
    static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }

    /** A clean claim: 99213-25 at 135.00 and G0008 at 25.00 (160.00). */
    static BilledClaim claim(int n, String payerId, ProviderFacts billing) {
        return claim(n, payerId, billing, List.of(line(1, "99213", List.of("25"), "135.00"),
                line(2, "G0008", List.of(), "25.00")));
    }

    static BilledClaim claim(int n, String payerId, ProviderFacts billing, List<ClaimLine> lines) {
        ClaimDetails details = new ClaimDetails(UUID.nameUUIDFromBytes(("enc" + n).getBytes()), "EHR-ENC-" + n,
                new Patient("MRN-" + n, "Jane", "Example", LocalDate.of(1971, 4, 12), "F"), "XGH" + (100000 + n),
                payerId, billing.npi(), null, "11", DATE_OF_SERVICE,
                List.of(new Diagnosis(1, "E119"), new Diagnosis(2, "I10")), lines, "corr-" + n);
        Claim claim = Claim.create(id(n), details, Correction.ORIGINAL, CREATED_AT).claim();
        claim.scrubbed(List.of(), CREATED_AT);
        return new BilledClaim(claim, billing, null);
    }

    static ClaimLine line(int n, String code, List<String> modifiers, String charge) {
        return new ClaimLine(n, code, code.matches("\\d.*") ? "CPT" : "HCPCS", modifiers, 1, List.of(1),
                Money.parse(charge), DATE_OF_SERVICE);
    }

    /** An 837P interchange of these claims to one payer, as claim-service writes it. */
    static String file(int controlNumber, PayerParty payer, List<BilledClaim> claims) {
        Envelope envelope = new Envelope("ZZ", "OPENRCM", "ZZ", "CLEARINGHOUSE", "T", controlNumber,
                LocalDateTime.of(2026, 11, 28, 9, 30), "OpenRCM Billing", "OPENRCM", "Billing Office", "3125550100",
                "Clearinghouse");
        return new Claim837Writer().write(envelope, payer, claims).content();
    }

    /** {@code count} clean claims numbered from {@code first}, to BCBS-IL, billed by Lakeside. */
    static List<BilledClaim> many(int first, int count, String payerId) {
        List<BilledClaim> claims = new ArrayList<>();
        for (int n = first; n < first + count; n++) {
            claims.add(claim(n, payerId, LAKESIDE));
        }
        return claims;
    }
}
