package io.openrcm.code.domain.edits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The data the coding edits read, as loaded for one encounter (or batch): rows of the CMS and ICD-10-CM tables.
 *
 * @param ageSexRules age and sex rules over diagnosis code ranges
 * @param firstListedRules diagnosis code ranges that may not be listed first
 * @param excludes1 Excludes1 pairs of code prefixes
 * @param ptpEdits NCCI procedure-to-procedure pairs
 * @param mues medically unlikely edits by code
 * @param addOns add-on codes with their primaries
 */
public record EditTables(List<AgeSexRule> ageSexRules, List<FirstListedRule> firstListedRules,
        List<Excludes1Pair> excludes1, List<PtpEdit> ptpEdits, Map<String, Mue> mues, List<AddOn> addOns) {

    /** No tables at all: only the code set edits run. */
    public static EditTables empty() {
        return new EditTables(List.of(), List.of(), List.of(), List.of(), Map.of(), List.of());
    }

    /** Whether a code falls in [from, to] comparing its first length(from) characters. */
    static boolean inRange(String code, String from, String to) {
        if (code.length() < from.length()) {
            return false;
        }
        String head = code.substring(0, from.length());
        return head.compareTo(from) >= 0 && head.compareTo(to.length() == from.length() ? to
                : to.substring(0, Math.min(to.length(), from.length()))) <= 0;
    }

    /** An age or sex rule: codes in range only for that sex, or only between those ages (years, inclusive). */
    public record AgeSexRule(String id, String rangeFrom, String rangeTo, String sex, Integer minAge, Integer maxAge,
            Severity severity, String label) {

        /** Whether the rule covers the code. */
        public boolean covers(String code) {
            return inRange(code, rangeFrom, rangeTo);
        }
    }

    /** Codes in range may not be the first-listed diagnosis, for the reason given. */
    public record FirstListedRule(String rangeFrom, String rangeTo, String reason) {

        /** Whether the rule covers the code. */
        public boolean covers(String code) {
            return inRange(code, rangeFrom, rangeTo);
        }
    }

    /** A code under prefix a and one under prefix b may not be reported together. */
    public record Excludes1Pair(String codeA, String codeB, String note) {
    }

    /**
     * An NCCI PTP pair: column 2 is not paid with column 1 unless the modifier indicator is 1 and an NCCI-associated
     * modifier is present; 0 never; 9 the edit does not apply.
     */
    public record PtpEdit(String column1, String column2, LocalDate effective, LocalDate deleted,
            String modifierIndicator, String rationale) {

        /** Whether the pair applies on the date of service. */
        public boolean inEffectOn(LocalDate date) {
            return !date.isBefore(effective) && (deleted == null || !date.isAfter(deleted));
        }
    }

    /** A medically unlikely edit: at most {@code value} units; indicator 1 per line, 2 and 3 per day. */
    public record Mue(String code, int value, String adjudicationIndicator, String rationale) {

        /** Whether the limit counts all lines of the day together. */
        public boolean perDay() {
            return !"1".equals(adjudicationIndicator);
        }
    }

    /** An add-on code and one of its primaries, with the CMS edit type (1: only these primaries). */
    public record AddOn(String addOnCode, String primaryCode, String editType) {
    }
}
