package io.openrcm.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgingBucketsTest {

    @Test
    void bucketsByDaysWithTheUpperBoundInclusive() {
        assertThat(AgingBuckets.of(-2)).isEqualTo("0-30");
        assertThat(AgingBuckets.of(0)).isEqualTo("0-30");
        assertThat(AgingBuckets.of(30)).isEqualTo("0-30");
        assertThat(AgingBuckets.of(31)).isEqualTo("31-60");
        assertThat(AgingBuckets.of(60)).isEqualTo("31-60");
        assertThat(AgingBuckets.of(61)).isEqualTo("61-90");
        assertThat(AgingBuckets.of(90)).isEqualTo("61-90");
        assertThat(AgingBuckets.of(91)).isEqualTo("91-120");
        assertThat(AgingBuckets.of(120)).isEqualTo("91-120");
        assertThat(AgingBuckets.of(121)).isEqualTo("120+");
        assertThat(AgingBuckets.of(5000)).isEqualTo("120+");
    }
}
