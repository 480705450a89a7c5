package io.openrcm.claim.edi;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimLine;
import io.openrcm.claim.domain.ClaimMother;
import io.openrcm.claim.domain.CobMother;
import io.openrcm.claim.domain.Correction;
import io.openrcm.claim.domain.Diagnosis;
import io.openrcm.claim.domain.Patient;
import io.openrcm.claim.domain.ProviderFacts;
import io.openrcm.kernel.Money;
import io.openrcm.x12.X12Handler;
import io.openrcm.x12.X12Segment;
import io.openrcm.x12.X12SegmentReader;
import io.xlate.edi.schema.Schema;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The 837P writer's fast check (written once, checked by the shared reader's compiled rules) against writing with
 * StAEDI's validator, the reference: the same file, or the same errors, for clean claims and for claims that break
 * the schema in many ways (lengths, codes, counts, missing values, delimiters), chosen at random from a seed.
 */
class Claim837WriterEquivalenceTest {

    private static final LocalDate DOS = ClaimMother.DATE_OF_SERVICE;
    private static final String[] CODES = {"99213", "G0008", "9921", "992133", "J3420", "A"};
    private static final String[] MODIFIERS = {"25", "59", "X", "ABC", "GT"};
    private static final String[] POS = {"11", "22", "1", "999"};
    private static final String[] STATES = {"IL", "ILL", "I"};
    private static final String[] ZIPS = {"60601", "606011234", "606", "6060112345"};
    private static final String[] NPIS = {"1234567893", "1245319599", "123456789", "12345678901"};
    private static final String[] NAMES = {"Example", "Éxample-O'Brien", "A", "X".repeat(70), "Smith*Jones"};

    private final Claim837Writer writer = new Claim837Writer();

    @Test
    void cleanClaimsTakeTheFastCheckAndWriteTheSameFile() {
        List<BilledClaim> claims = new ArrayList<>(EdiFixtures.twoClaims());
        Claim replacement = ClaimMother.ready(ClaimMother.goldenDetails(), new Correction("7",
                UUID.randomUUID(), "PCN-7781"));
        claims.add(new BilledClaim(replacement, EdiFixtures.LAKESIDE, null));
        String content = compare(claims, EdiFixtures.BCBS);
        assertThat(content).contains("CLM*", "REF*F8*PCN-7781");
        assertThat(new X12SegmentReader().readValidated(content.getBytes(StandardCharsets.UTF_8), new X12Handler() {
            @Override
            public void segment(X12Segment segment) {
                // only the verdict matters
            }

            @Override
            public Schema transactionSchema(X12Segment st) {
                return writer.transactionSchema();
            }
        })).as("the fast check accepts a clean file").isTrue();
    }

    @Test
    void aSecondaryClaimWritesTheSameFile() {
        Claim claim = CobMother.submitted(CobMother.commercialWithSpouseSecondary());
        CobMother.Payment primary = CobMother.primaryPays("1", "BCBS-IL");
        claim.applyPayment(primary.posting(), primary.detail(), Instant.parse("2026-11-21T08:00:00Z"));
        compare(List.of(new BilledClaim(claim, EdiFixtures.LAKESIDE, EdiFixtures.ADA,
                Map.of("BCBS-IL", EdiFixtures.BCBS))), new PayerParty("Aetna", "AETNA", "CI"));
    }

    @Test
    void randomClaimsCleanOrBrokenGiveTheSameFileOrTheSameErrors() {
        Random random = new Random(837);
        int refused = 0;
        for (int round = 0; round < 150; round++) {
            List<BilledClaim> claims = new ArrayList<>();
            for (int c = 0, n = 1 + random.nextInt(4); c < n; c++) {
                try {
                    claims.add(randomClaim(random));
                } catch (RuntimeException e) {
                    // the domain refuses it (a rule of Claim): it never reaches a writer
                }
            }
            if (!claims.isEmpty() && compare(claims, EdiFixtures.BCBS) == null) {
                refused++;
            }
        }
        assertThat(refused).as("some of the random claims break the schema").isBetween(1, 149);
    }

    /** Asserts both writers agree; the content, or null when both refused with the same errors. */
    private String compare(List<BilledClaim> claims, PayerParty payer) {
        Envelope envelope = EdiFixtures.envelope(5);
        String reference;
        Claim837Writer.Written expected = null;
        try {
            expected = writer.writeValidated(envelope, payer, claims);
            reference = expected.content();
        } catch (X12WriteException e) {
            reference = "refused: " + e.getMessage();
        }
        String actual;
        try {
            Claim837Writer.Written written = writer.write(envelope, payer, claims);
            actual = written.content();
            assertThat(written.transactionOf()).isEqualTo(expected == null ? null : expected.transactionOf());
        } catch (X12WriteException e) {
            actual = "refused: " + e.getMessage();
        }
        assertThat(actual).isEqualTo(reference);
        return expected == null ? null : actual;
    }

    private static BilledClaim randomClaim(Random random) {
        String npi = pick(random, NPIS);
        ProviderFacts billing = new ProviderFacts(npi, pick(random, NAMES) + " Medicine", "361234567",
                random.nextInt(5) == 0 ? "207Q" : "207Q00000X", "100 N Lake Shore Dr",
                random.nextBoolean() ? "Suite 400" : null, "Chicago", pick(random, STATES), pick(random, ZIPS));
        List<Diagnosis> dx = new ArrayList<>();
        for (int i = 1, n = 1 + random.nextInt(random.nextInt(8) == 0 ? 14 : 4); i <= n; i++) {
            dx.add(new Diagnosis(i, random.nextInt(10) == 0 ? "E1" : "E11" + i));
        }
        List<ClaimLine> lines = new ArrayList<>();
        for (int i = 1, n = 1 + random.nextInt(random.nextInt(10) == 0 ? 60 : 3); i <= n; i++) {
            List<String> modifiers = new ArrayList<>();
            for (int m = 0, k = random.nextInt(random.nextInt(6) == 0 ? 5 : 2); m < k; m++) {
                modifiers.add(pick(random, MODIFIERS));
            }
            List<Integer> pointers = random.nextInt(12) == 0 ? List.of() : List.of(1 + random.nextInt(dx.size()));
            lines.add(new ClaimLine(i, pick(random, CODES), "CPT", modifiers, random.nextInt(10) == 0 ? 0 : 1
                    + random.nextInt(3), pointers, Money.parse(random.nextInt(20) == 0 ? "123456789.00" : "135.00"),
                    DOS));
        }
        Patient patient = new Patient("MRN-1", random.nextBoolean() ? "Jane" : null, pick(random, NAMES),
                LocalDate.of(1971, 4, 12), random.nextInt(8) == 0 ? "X" : "F");
        ClaimDetails details = new ClaimDetails(UUID.randomUUID(), "EHR-1", patient,
                random.nextInt(15) == 0 ? "XGH1^2" : "XGH123456789", "BCBS-IL", npi, pick(random, NPIS),
                pick(random, POS), DOS, dx, lines, "corr-1");
        Claim claim = ClaimMother.ready(details, Correction.ORIGINAL);
        return new BilledClaim(claim, billing, random.nextBoolean() ? EdiFixtures.ADA : null);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
