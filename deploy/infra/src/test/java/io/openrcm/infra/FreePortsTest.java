package io.openrcm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void picksFreePortsNeverTwiceAndOutsideTheKernelsOwnRange() {
        int ephemeralLowest = FreePorts.ephemeralLowest();
        Set<Integer> picked = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int port = FreePorts.pick();
            assertThat(FreePorts.isFree(port)).as("port %d", port).isTrue();
            assertThat(picked.add(port)).as("port %d handed out twice", port).isTrue();
            if (ephemeralLowest > 20_000) {
                // A bind on port 0 or an outgoing connection gets its port from that range, never this one.
                assertThat(port).isBetween(20_000, ephemeralLowest - 1);
            }
        }
    }
}
