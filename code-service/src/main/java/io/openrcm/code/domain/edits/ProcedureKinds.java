package io.openrcm.code.domain.edits;

/**
 * Which CPT codes are evaluation and management visits (99202-99499) and which are procedures for the modifier 25
 * edit: surgery (10004-69990) and the procedures of the medicine section (90281-99199), except venipuncture (36415),
 * which payers bundle with a visit without asking for 25.
 */
final class ProcedureKinds {

    private ProcedureKinds() {
    }

    static boolean isEvaluationAndManagement(String code) {
        Integer n = numeric(code);
        return n != null && n >= 99202 && n <= 99499;
    }

    static boolean isProcedure(String code) {
        Integer n = numeric(code);
        return n != null && n != 36415 && ((n >= 10004 && n <= 69990) || (n >= 90281 && n <= 99199));
    }

    private static Integer numeric(String code) {
        return code.chars().allMatch(Character::isDigit) ? Integer.valueOf(code) : null;
    }
}
