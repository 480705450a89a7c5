package io.openrcm.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Whether the local stack's payer simulator (deploy/run.sh without --no-payer-simulator) is listening. */
final class PayerSimulatorProbe {

    private PayerSimulatorProbe() {
    }

    /** True when something accepts connections on 127.0.0.1 at the port. */
    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
