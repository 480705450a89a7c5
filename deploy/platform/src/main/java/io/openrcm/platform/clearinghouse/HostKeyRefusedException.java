package io.openrcm.platform.clearinghouse;

import java.io.IOException;

/** The server presented a host key other than the known one: refused, never accepted silently. */
public class HostKeyRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    public HostKeyRefusedException(String message) {
        super(message);
    }
}
