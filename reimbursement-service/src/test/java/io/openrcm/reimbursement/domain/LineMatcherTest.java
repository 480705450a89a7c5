package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineMatcherTest {

    private static final LocalDate DOS = LocalDate.of(2026, 11, 2);
    private static final List<ExpectedLine> OURS = List.of(
            new ExpectedLine(1, "99213", List.of("25"), DOS, Money.parse("135.00")),
            new ExpectedLine(2, "G0008", List.of(), DOS, Money.parse("25.00")),
            new ExpectedLine(3, "99213", List.of(), DOS.plusDays(7), Money.parse("135.00")));

    private static ServiceLinePayment paid(String code, List<String> modifiers, String originalCode, LocalDate date) {
        return new ServiceLinePayment("HC", code, modifiers, Money.parse("135.00"), Money.parse("100.00"), null,
                BigDecimal.ONE, originalCode, List.of(), date, List.of(), List.of(), null, null);
    }

    @Test
    void matchesByCodeModifiersAndDate() {
        assertThat(LineMatcher.match(List.of(paid("G0008", List.of(), null, DOS), paid("99213", List.of("25"), null,
                DOS), paid("99213", List.of(), null, DOS.plusDays(7))), OURS)).containsExactly(2, 1, 3);
    }

    @Test
    void survivesADroppedModifierAndARestatedCode() {
        // 99213-25 comes back as 99212 (SVC06 = 99213) without its modifier.
        assertThat(LineMatcher.match(List.of(paid("99212", List.of(), "99213", DOS)), OURS)).containsExactly(1);
        assertThat(LineMatcher.match(List.of(paid("99213", List.of(), null, DOS)), OURS)).containsExactly(1);
    }

    @Test
    void aLineWeNeverBilledOrOnAnotherDateStaysUnmatched() {
        assertThat(LineMatcher.match(List.of(paid("J3420", List.of(), null, DOS),
                paid("G0008", List.of(), null, DOS.minusDays(1))), OURS)).containsExactly(null, null);
    }

    @Test
    void eachOfOurLinesIsTakenOnce() {
        assertThat(LineMatcher.match(List.of(paid("G0008", List.of(), null, DOS), paid("G0008", List.of(), null, DOS)),
                OURS)).containsExactly(2, null);
    }
}
