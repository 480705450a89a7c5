package io.openrcm.platform.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void theClaimStatusFeedKeepsItsRecordsForever() {
        assertThat(Topics.configOf(Topics.CLAIM_STATUS)).containsEntry("retention.ms", "-1")
                .containsEntry("retention.bytes", "-1");
    }

    @Test
    void otherTopicsKeepTheClusterDefaults() {
        assertThat(Topics.configOf(Topics.CLAIM_SUBMITTED)).isEmpty();
        assertThat(Topics.configOf(Topics.deadLetterOf(Topics.CLAIM_STATUS))).isEmpty();
    }
}
