package io.openrcm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuReferenceTest {

    @Test
    void theWorkIsTheSameEveryTimeAndTakesMeasurableCpuTime() {
        long once = CpuReference.work();
        assertThat(CpuReference.work()).isEqualTo(once);

        CpuReference.Result result = CpuReference.measure();
        assertThat(result.checksum()).isEqualTo(once);
        // Hashing 8 MB, sorting 400,000 longs and counting 200,000 keys cannot take under a millisecond of CPU, nor
        // a minute.
        assertThat(result.millis()).isBetween(1.0, 60_000.0);
    }
}
