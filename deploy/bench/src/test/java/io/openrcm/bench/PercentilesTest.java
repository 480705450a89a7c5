package io.openrcm.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOverOneToHundred() {
        Percentiles p = Percentiles.of(LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray());

        assertThat(p.percentile(50)).isEqualTo(50);
        assertThat(p.percentile(95)).isEqualTo(95);
        assertThat(p.percentile(99)).isEqualTo(99);
        assertThat(p.percentile(100)).isEqualTo(100);
        assertThat(p.max()).isEqualTo(100);
    }

    @Test
    void smallSamplesRoundTheRankUp() {
        Percentiles p = Percentiles.of(new long[] {30, 10, 20});

        assertThat(p.percentile(50)).isEqualTo(20);
        assertThat(p.percentile(99)).isEqualTo(30);
        assertThat(p.percentile(1)).isEqualTo(10);
    }

    @Test
    void oneSlowOutlierInAThousandIsTheMaxNotTheP99() {
        long[] samples = new long[1000];
        Arrays.fill(samples, 5);
        samples[123] = 5000;

        assertThat(Percentiles.of(samples).percentile(99)).isEqualTo(5);
        assertThat(Percentiles.of(samples).max()).isEqualTo(5000);
    }

    @Test
    void noSamples() {
        assertThat(Percentiles.of(new long[0]).summary()).isEqualTo("no samples");
        assertThatIllegalStateException().isThrownBy(() -> Percentiles.of(new long[0]).percentile(50));
    }
}
