package io.openrcm.platform.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryTest {

    @Test
    void doublesUpToTheCap() {
        assertThat(Retry.doubled(Duration.ofMillis(100), Duration.ofSeconds(5))).isEqualTo(Duration.ofMillis(200));
        assertThat(Retry.doubled(Duration.ofSeconds(4), Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
        assertThat(Retry.doubled(Duration.ofSeconds(5), Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void namesTheInnermostCause() {
        Exception failure = new IllegalStateException("round failed",
                new RuntimeException("wrapped", new SQLException("Connection refused")));

        assertThat(Retry.rootMessage(failure)).isEqualTo("SQLException: Connection refused");
    }
}
