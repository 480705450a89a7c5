package io.openrcm.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Finds free TCP ports on the loopback interface, for servers that must be told their port up front. */
public final class FreePorts {

    private FreePorts() {
    }

    // Below the kernel's ephemeral range (Linux: 32768-60999), above this project's fixed ports (8081-15432).
    private static final int LOWEST = 20_000;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /**
     * Returns a port that was free a moment ago, and that this process has not handed out before. Where the kernel
     * says which ports it hands out itself (to a bind on port 0 and to outgoing connections), the port is picked below
     * that range: a server that binds port 0 (an embedded broker, a test's database) or a client connection cannot take
     * it before its caller binds it. Another process still may, so callers that start servers on a picked port retry
     * on a bind failure.
     */
    public static int pick() {
        int below = ephemeralLowest();
        for (int attempt = 0; below > LOWEST && attempt < 100; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (isFree(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = kernelPick();
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        return kernelPick();
    }

    /** The lowest port of the kernel's ephemeral range, or 0 where it cannot be read. */
    static int ephemeralLowest() {
        try {
            String[] range = Files.readString(EPHEMERAL_RANGE).trim().split("\\s+");
            return Integer.parseInt(range[0]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static int kernelPick() {
        try (ServerSocket socket = new ServerSocket()) {
            // Without SO_REUSEADDR the port stays in TIME_WAIT for nobody; a server binding it next is not refused.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free TCP port on the loopback interface", e);
        }
    }

    /** Whether nothing listens on the port on 127.0.0.1 (so a server of ours can bind it). */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
