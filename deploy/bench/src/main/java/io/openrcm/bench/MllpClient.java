package io.openrcm.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One MLLP connection to code-service's HL7 v2 listener: sends a framed message (0x0B … 0x1C 0x0D) and reads its
 * framed ACK before the next, as an EHR's interface engine does. Not thread-safe: one per worker.
 */
final class MllpClient implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    MllpClient(String host, int port, int timeoutMillis) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress(host, port), timeoutMillis);
        socket.setSoTimeout(timeoutMillis);
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    /** The ACK of the message, as text. */
    String send(String er7) throws IOException {
        out.write(0x0B);
        out.write(er7.getBytes(StandardCharsets.UTF_8));
        out.write(new byte[] {0x1C, 0x0D});
        out.flush();
        ByteArrayOutputStream ack = new ByteArrayOutputStream();
        int b = in.read();
        while (b != 0x0B) {
            if (b < 0) {
                throw new IOException("the connection closed before an ACK");
            }
            b = in.read();
        }
        for (b = in.read(); b != 0x1C; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed inside an ACK");
            }
            ack.write(b);
        }
        in.read();
        return ack.toString(StandardCharsets.UTF_8);
    }

    /** MSA-1 of an ACK: AA, AE or AR ("" when there is no MSA). */
    static String ackCode(String ack) {
        for (String segment : ack.split("\r")) {
            if (segment.startsWith("MSA|") && segment.length() >= 6) {
                return segment.substring(4, 6);
            }
        }
        return "";
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
