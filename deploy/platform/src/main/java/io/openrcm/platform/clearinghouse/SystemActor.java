package io.openrcm.platform.clearinghouse;

import io.openrcm.platform.security.Caller;
import java.util.Optional;
import java.util.Set;

/**
 * Who acts when the clearinghouse link takes or delivers a file: the system, named by service and connection, never
 * a person's or a payer's token. It is the actor of the audit records of what those files change.
 */
public final class SystemActor {

    private SystemActor() {
    }

    /** The caller recorded for a service's clearinghouse link ({@code system:claim-service/clearinghouse}). */
    public static Caller of(String service, String connectionId) {
        return new Caller("system:" + service + "/clearinghouse", "clearinghouse-link", "clearinghouse:" + connectionId,
                Set.of(), Set.of(), Optional.empty());
    }
}
