package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;
import java.util.List;

/**
 * What posting decided about a claim payment beyond the payer's own content.
 *
 * @param denialCategory the claim's denial category, or null
 * @param allowed charge - the CO adjustments (claim- and line-level)
 * @param expectedAllowed what the payer contract leads us to expect over the lines it covers, or null
 * @param underpaidAmount how much the allowed amounts fall short of it (never negative per line), or null
 * @param unknownCodes codes not in the loaded CARC/RARC lists, as CARC:x or RARC:y
 * @param lines one result per service line, in the payment's order
 */
public record Enrichment(DenialCategory denialCategory, Money allowed, Money expectedAllowed, Money underpaidAmount,
        List<String> unknownCodes, List<Line> lines) {

    public Enrichment {
        unknownCodes = List.copyOf(unknownCodes);
        lines = List.copyOf(lines);
    }

    /** Our line number of each service line (null where unmatched), in the payment's order. */
    public List<Integer> lineNumbers() {
        return lines.stream().map(Line::lineNumber).toList();
    }

    /**
     * What posting decided about one service line.
     *
     * @param lineNumber our matching line number, or null
     * @param denialCategory the line's denial category, or null
     * @param expectedAllowed the contract's expectation for the line, or null
     * @param underpaidAmount the shortfall against it (0.00 when none), or null
     */
    public record Line(Integer lineNumber, DenialCategory denialCategory, Money expectedAllowed,
            Money underpaidAmount) {
    }
}
