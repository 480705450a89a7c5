package io.openrcm.platform.audit;

import io.openrcm.platform.security.Caller;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Audits every 401 and 403 a REST resource (or the role check in front of it) answers, with the caller and, when
 * the resource named it, the claim, encounter or file it was about. {@link HttpRefusalAudit} catches the rest.
 */
@Provider
public class RefusalAuditFilter implements ContainerResponseFilter {

    @Inject
    RefusalAudit refusals;
    @Inject
    Caller caller;
    @Inject
    RoutingContext request;

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext responseContext) {
        if (RefusalAudit.isRefusal(responseContext.getStatus())) {
            // On the IO thread (a refused token answered by the problem mappers) lazy authentication may not be
            // resolved there: the HTTP layer's identity, if any, names the caller instead.
            Caller who = Context.isOnEventLoopThread() ? RefusalAudit.callerOf(request) : caller.snapshot();
            refusals.record(request, who, responseContext.getStatus());
        }
    }
}
