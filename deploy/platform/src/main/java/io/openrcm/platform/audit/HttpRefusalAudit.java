package io.openrcm.platform.audit;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Audits 401 and 403 answers given before any REST resource runs (a missing, expired or wrongly signed token refused
 * by the HTTP authentication), so no refused attempt escapes the trail.
 */
@ApplicationScoped
public class HttpRefusalAudit {

    @Inject
    RefusalAudit refusals;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            rc.addEndHandler(done -> {
                int status = rc.response().getStatusCode();
                if (RefusalAudit.isRefusal(status)) {
                    refusals.record(rc, RefusalAudit.callerOf(rc), status);
                }
            });
            rc.next();
        });
    }
}
