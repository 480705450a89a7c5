package io.openrcm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PayerSimulatorProbeTest {

    @Test
    void seesAListenerAndItsAbsence() throws Exception {
        int port;
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = server.getLocalPort();
            assertThat(PayerSimulatorProbe.listening(port)).isTrue();
        }
        assertThat(PayerSimulatorProbe.listening(port)).isFalse();
    }
}
