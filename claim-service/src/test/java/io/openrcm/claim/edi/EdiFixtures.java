package io.openrcm.claim.edi;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimMother;
import io.openrcm.claim.domain.ProviderFacts;
import java.time.LocalDateTime;
import java.util.List;

/** Object Mother of the 837P writer's input: the seeded providers and payer, two clean claims. */
public final class EdiFixtures {

    public static final ProviderFacts LAKESIDE = new ProviderFacts("1234567893", "Lakeside Family Medicine",
            "361234567", "207Q00000X", "100 N Lake Shore Dr", "Suite 400", "Chicago", "IL", "60601");
    public static final ProviderFacts ADA = new ProviderFacts("1245319599", "Ada Example, MD", "361234567",
            "207Q00000X", "100 N Lake Shore Dr", "Suite 400", "Chicago", "IL", "60601");
    public static final PayerParty BCBS = new PayerParty("Blue Cross and Blue Shield of Illinois", "BCBS-IL", "BL");

    private EdiFixtures() {
    }

    public static Envelope envelope(int controlNumber) {
        return new Envelope("ZZ", "OPENRCM", "ZZ", "CLEARINGHOUSE", "T", controlNumber,
                LocalDateTime.of(2026, 11, 28, 9, 30), "OpenRCM Billing", "OPENRCM", "Billing Office",
                "3125550100", "Clearinghouse");
    }

    public static List<BilledClaim> twoClaims() {
        Claim first = ClaimMother.ready();
        Claim second = ClaimMother.ready();
        return List.of(new BilledClaim(first, LAKESIDE, ADA), new BilledClaim(second, LAKESIDE, ADA));
    }
}
