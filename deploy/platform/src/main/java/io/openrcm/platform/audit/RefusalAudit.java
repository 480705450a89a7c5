package io.openrcm.platform.audit;

import io.openrcm.platform.security.Caller;
import io.openrcm.platform.security.CallerProducer;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Audits a refused request (401, 403) once, whichever layer refused it: the resource's practice check, the role
 * check, or the HTTP authentication in front of everything. Runs the write off the event loop.
 */
@ApplicationScoped
public class RefusalAudit {

    private static final Logger LOG = Logger.getLogger(RefusalAudit.class);
    private static final String DONE = "rcm.audit.refusal-recorded";

    @Inject
    AuditTrail trail;

    /** Whether the response status is a refusal the trail must hold. */
    static boolean isRefusal(int status) {
        return status == 401 || status == 403;
    }

    /** Records the refusal of this request unless it was recorded already. */
    void record(RoutingContext rc, Caller caller, int status) {
        if (rc.get(DONE) != null) {
            return;
        }
        rc.put(DONE, Boolean.TRUE);
        AuditEntry target = rc.get(Audit.TARGET);
        AuditEntry entry = target != null ? target
                : AuditEntry.of(rc.request().method().name() + " " + rc.normalizedPath(), "Endpoint",
                        rc.normalizedPath());
        String correlationId = Audit.correlationIdOf(rc);
        Runnable write = () -> {
            try {
                trail.separately(caller, List.of(entry), AuditOutcome.REFUSED, status, correlationId);
            } catch (RuntimeException e) {
                // The refusal already stands; losing its audit row is an operator matter, named without request data.
                LOG.errorf(e, "Could not audit a refused request (status %d, action %s)", status, entry.action());
            }
        };
        if (Context.isOnEventLoopThread()) {
            Infrastructure.getDefaultWorkerPool().execute(write);
        } else {
            write.run();
        }
    }

    /** The caller of a request refused before any resource ran: from the HTTP layer's identity, if any. */
    static Caller callerOf(RoutingContext rc) {
        return rc.user() instanceof QuarkusHttpUser user ? CallerProducer.of(user.getSecurityIdentity())
                : Caller.anonymous();
    }
}
