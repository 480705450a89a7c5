package io.openrcm.x12;

import static org.assertj.core.api.Assertions.assertThat;

import io.xlate.edi.stream.EDIStreamValidationError;
import org.junit.jupiter.api.Test;

/** The 999 codes a StAEDI error is reported with. */
class X12ErrorCodesTest {

    @Test
    void segmentElementAndTrailerErrorsGetTheir999Codes() {
        assertThat(X12ErrorCodes.segmentCode(EDIStreamValidationError.MANDATORY_SEGMENT_MISSING)).isEqualTo("3");
        assertThat(X12ErrorCodes.elementCode(EDIStreamValidationError.INVALID_DATE)).isEqualTo("8");
        assertThat(X12ErrorCodes.isControl(EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT))
                .isTrue();
        assertThat(X12ErrorCodes.transactionCode(EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT))
                .isEqualTo("4");
        assertThat(X12ErrorCodes.describe(EDIStreamValidationError.INVALID_DATE)).isEqualTo("invalid date");
    }
}
