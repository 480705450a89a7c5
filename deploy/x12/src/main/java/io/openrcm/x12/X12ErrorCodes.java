package io.openrcm.x12;

import io.xlate.edi.stream.EDIStreamValidationError;

/** The 999 code (IK304 segment, IK403 element or IK502 transaction) of each StAEDI validation error. */
public final class X12ErrorCodes {

    private X12ErrorCodes() {
    }

    /** True for the errors about a control trailer (SE01 count, SE02 reference), reported per transaction set. */
    public static boolean isControl(EDIStreamValidationError e) {
        return e == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT
                || e == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH;
    }

    /** IK502 for a control error: 4 segment count wrong, 3 control numbers differ. */
    public static String transactionCode(EDIStreamValidationError e) {
        return e == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT ? "4" : "3";
    }

    /** IK304 for a segment error. */
    public static String segmentCode(EDIStreamValidationError e) {
        return switch (e) {
            case UNRECOGNIZED_SEGMENT_ID -> "1";
            case UNEXPECTED_SEGMENT, SEGMENT_EXCLUSION_CONDITION_VIOLATED -> "2";
            case MANDATORY_SEGMENT_MISSING, CONDITIONAL_REQUIRED_SEGMENT_MISSING -> "3";
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> "4";
            case SEGMENT_EXCEEDS_MAXIMUM_USE -> "5";
            case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET -> "6";
            case SEGMENT_NOT_IN_PROPER_SEQUENCE -> "7";
            case IMPLEMENTATION_UNUSED_SEGMENT_PRESENT -> "I4";
            case IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING -> "I6";
            case IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES -> "I7";
            case IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE -> "I8";
            case IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT -> "I9";
            default -> "8";
        };
    }

    /** IK403 for an element error. */
    public static String elementCode(EDIStreamValidationError e) {
        return switch (e) {
            case REQUIRED_DATA_ELEMENT_MISSING -> "1";
            case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING -> "2";
            case TOO_MANY_DATA_ELEMENTS -> "3";
            case DATA_ELEMENT_TOO_SHORT -> "4";
            case DATA_ELEMENT_TOO_LONG -> "5";
            case INVALID_CHARACTER_DATA -> "6";
            case INVALID_CODE_VALUE -> "7";
            case INVALID_DATE -> "8";
            case INVALID_TIME -> "9";
            case EXCLUSION_CONDITION_VIOLATED -> "10";
            case TOO_MANY_REPETITIONS -> "12";
            case TOO_MANY_COMPONENTS -> "13";
            case IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT -> "I10";
            case IMPLEMENTATION_TOO_FEW_REPETITIONS -> "I11";
            case IMPLEMENTATION_PATTERN_MATCH_FAILURE -> "I12";
            case IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT -> "I13";
            case IMPLEMENTATION_INVALID_CODE_VALUE -> "I6";
            case IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING -> "I9";
            default -> "6";
        };
    }

    /** A sentence for an error type, such as "invalid date". */
    public static String describe(EDIStreamValidationError e) {
        return X12ReadError.describe(e);
    }
}
