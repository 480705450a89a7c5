package io.openrcm.claim.domain;

import io.openrcm.kernel.Money;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScrubberTest {

    static final ProviderFacts LAKESIDE = new ProviderFacts("1234567893", "Lakeside Family Medicine", "361234567",
            "207Q00000X", "100 N Lake Shore Dr", null, "Chicago", "IL", "60601");
    static final PayerFacts BCBS = new PayerFacts("BCBS-IL", "BL", 180, List.of());
    static final LocalDate TODAY = ClaimMother.DATE_OF_SERVICE.plusDays(10);

    private static List<String> codes(ClaimDetails d, ProviderFacts provider, PayerFacts payer, UUID duplicate) {
        return Scrubber.scrub(new ScrubInput(d, Correction.ORIGINAL, provider, payer, TODAY, duplicate)).stream()
                .map(Finding::code).toList();
    }

    private static ClaimDetails withLine(ClaimLine line) {
        return ClaimMother.goldenDetails().withLines(List.of(line));
    }

    @Test
    void theGoldenClaimIsClean() {
        assertThat(codes(ClaimMother.goldenDetails(), LAKESIDE, BCBS, null)).isEmpty();
    }

    @Test
    void everyRuleHasAStableId() {
        assertThat(List.of(ScrubRule.values())).extracting(ScrubRule::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("SCR-[A-Z0-9]+-[0-9]{3}"));
    }

    @Test
    void aPointerToAMissingDiagnosisIsFound() {
        ClaimLine bad = new ClaimLine(1, "99213", "CPT", List.of(), 1, List.of(3), Money.parse("135.00"),
                ClaimMother.DATE_OF_SERVICE);
        assertThat(codes(withLine(bad), LAKESIDE, BCBS, null)).containsExactly("SCR-DX-001");
    }

    @Test
    void aLineWithoutAFeeIsFound() {
        ClaimLine free = new ClaimLine(1, "99499", "CPT", List.of(), 1, List.of(1), Money.ZERO,
                ClaimMother.DATE_OF_SERVICE);
        assertThat(codes(withLine(free), LAKESIDE, BCBS, null)).containsExactly("SCR-CHG-001");
    }

    @Test
    void aRenderingNpiWithAWrongCheckDigitIsFound() {
        ClaimDetails d = ClaimMother.goldenDetails().corrected(null, "1245319598", null);
        assertThat(codes(d, LAKESIDE, BCBS, null)).containsExactly("SCR-NPI-002");
    }

    @Test
    void aClaimPastTheTimelyFilingLimitIsFound() {
        PayerFacts strict = new PayerFacts("UHC", "CI", 9, List.of());
        assertThat(codes(ClaimMother.goldenDetails(), LAKESIDE, strict, null)).containsExactly("SCR-TF-001");
        PayerFacts exact = new PayerFacts("UHC", "CI", 10, List.of());
        assertThat(codes(ClaimMother.goldenDetails(), LAKESIDE, exact, null)).isEmpty();
    }

    @Test
    void aDuplicateIsFoundForAnOriginalOnly() {
        UUID earlier = UUID.randomUUID();
        assertThat(codes(ClaimMother.goldenDetails(), LAKESIDE, BCBS, earlier)).containsExactly("SCR-DUP-001");
        assertThat(Scrubber.scrub(new ScrubInput(ClaimMother.goldenDetails(), Correction.replacing(earlier, "P"),
                LAKESIDE, BCBS, TODAY, earlier))).isEmpty();
    }

    @Test
    void missing837DataIsFound() {
        ProviderFacts noTaxId = new ProviderFacts("1234567893", "Lakeside", null, "207Q00000X", "1 Main St", null,
                "Chicago", "IL", "60601");
        assertThat(codes(ClaimMother.goldenDetails(), noTaxId, BCBS, null)).containsExactly("SCR-837-001");
        assertThat(codes(ClaimMother.goldenDetails(), null, null, null))
                .containsExactly("SCR-837-001", "SCR-837-003");
        ClaimDetails noMember = ClaimMother.goldenDetails().corrected(" ", null, null);
        assertThat(codes(noMember, LAKESIDE, BCBS, null)).containsExactly("SCR-837-002");
    }

    @Test
    void aPayersOwnRulesApplyWithTheirIds() {
        PayerFacts picky = new PayerFacts("PICKY", "CI", 365, List.of(
                new PayerRule("PICKY-001", PayerRule.Type.CODE_NOT_COVERED, "G0008", null, null, null),
                new PayerRule("PICKY-002", PayerRule.Type.REQUIRE_MODIFIER, "99213", "59", null, "Use 59"),
                new PayerRule("PICKY-003", PayerRule.Type.MAX_UNITS, null, null, 1, null),
                new PayerRule("PICKY-004", PayerRule.Type.MAX_LINES, null, null, 1, null),
                new PayerRule("PICKY-005", PayerRule.Type.REQUIRE_RENDERING_PROVIDER, null, null, null, null)));
        List<Finding> found = Scrubber.scrub(new ScrubInput(ClaimMother.goldenDetails(), Correction.ORIGINAL,
                LAKESIDE, picky, TODAY, null));
        assertThat(found).extracting(Finding::code).containsExactly("PICKY-001", "PICKY-002", "PICKY-004");
        assertThat(found.get(1).message()).startsWith("Use 59 (line 1 (99213)");
    }
}
