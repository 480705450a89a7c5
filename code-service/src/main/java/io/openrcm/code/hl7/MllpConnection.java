package io.openrcm.code.hl7;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * One MLLP connection: frames (0x0B message 0x1C 0x0D) are taken in order, each handled off the event loop, and each
 * ACK is written before the next frame is handled. A frame larger than {@link #MAX_FRAME} closes the connection.
 */
final class MllpConnection {

    static final byte START = 0x0B;
    static final byte END = 0x1C;
    static final int MAX_FRAME = 8 * 1024 * 1024;

    private final NetSocket socket;
    private final Vertx vertx;
    private final Hl7Intake intake;
    private final Hl7Channel channel;
    private final Queue<String> frames = new ArrayDeque<>();
    private Buffer pending = Buffer.buffer();
    private boolean busy;

    MllpConnection(NetSocket socket, Vertx vertx, Hl7Intake intake, Hl7Channel channel) {
        this.socket = socket;
        this.vertx = vertx;
        this.intake = intake;
        this.channel = channel;
    }

    void start() {
        socket.handler(this::received);
    }

    private void received(Buffer data) {
        pending.appendBuffer(data);
        while (true) {
            int start = indexOf(pending, START, 0);
            if (start < 0) {
                pending = Buffer.buffer();
                break;
            }
            int end = indexOf(pending, END, start + 1);
            if (end < 0 || end + 1 >= pending.length()) {
                if (pending.length() - start > MAX_FRAME) {
                    socket.close();
                    return;
                }
                pending = pending.getBuffer(start, pending.length());
                break;
            }
            frames.add(new String(pending.getBytes(start + 1, end), StandardCharsets.UTF_8));
            pending = pending.getBuffer(end + 2, pending.length());
        }
        next();
    }

    private void next() {
        if (busy || frames.isEmpty()) {
            return;
        }
        busy = true;
        String message = frames.poll();
        socket.pause();
        vertx.executeBlocking(() -> intake.receive(message, channel), false).onComplete(result -> {
            String ack = result.succeeded() ? result.result().ack()
                    : Hl7Acks.ack(MshHeader.read(message), "AE", java.util.List.of(new Hl7Error("", 0, 0,
                            Hl7Error.INTERNAL, "E", "the message could not be handled now; send it again later")));
            socket.write(MllpServer.frame(ack));
            busy = false;
            socket.resume();
            next();
        });
    }

    private static int indexOf(Buffer buffer, byte b, int from) {
        for (int i = from; i < buffer.length(); i++) {
            if (buffer.getByte(i) == b) {
                return i;
            }
        }
        return -1;
    }
}
