package io.openrcm.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClaimStatusChangeTest {

    static ClaimStatusChange.Amounts amounts(String charge, String outstanding) {
        return new ClaimStatusChange.Amounts(new BigDecimal(charge), new BigDecimal("0"), new BigDecimal("0.0"),
                BigDecimal.ZERO, new BigDecimal(outstanding));
    }

    @Test
    void amountsGetTwoDecimalsAndRefuseFractionsOfACent() {
        ClaimStatusChange.Amounts a = amounts("160", "160.00");
        assertThat(a.totalCharge()).isEqualTo(new BigDecimal("160.00"));
        assertThat(a.adjustments()).isEqualTo(new BigDecimal("0.00"));
        assertThatThrownBy(() -> amounts("160.001", "0")).hasMessageContaining("totalCharge");
    }

    @Test
    void knowsSubmissionsAndAdjudications() {
        assertThat(change("CREATED", "SUBMITTED").isSubmission()).isTrue();
        assertThat(change("SUBMITTED", "DENIED").isAdjudication()).isTrue();
        assertThat(change("SUBMITTED", "PARTIALLY_PAID").isAdjudication()).isTrue();
        assertThat(change(null, "CREATED").isAdjudication()).isFalse();
        // A status added to the feed later is counted under its name, never as a decision of the payer.
        assertThat(change("SUBMITTED", "REJECTED").isAdjudication()).isFalse();
    }

    @Test
    void refusesAChangeWithoutItsKeys() {
        assertThatThrownBy(() -> new ClaimStatusChange(UUID.randomUUID(), "c-1", "e-1", " ", "1234567893", null,
                "CREATED", "r", List.of(), amounts("1", "1"), Instant.now(), null, null))
                .hasMessageContaining("payerId");
    }

    private static ClaimStatusChange change(String from, String to) {
        return new ClaimStatusChange(UUID.randomUUID(), "c-1", "e-1", "BCBS-IL", "1234567893", from, to, "r",
                null, amounts("160.00", "160.00"), Instant.now(), null, null);
    }
}
