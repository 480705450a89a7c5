package io.openrcm.claim.messaging;

import io.openrcm.platform.clearinghouse.ConnectionHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the clearinghouse link: DOWN while its rounds fail (server down or refusing, a host key refused), with
 * the reason and the files waiting; UP without a clearinghouse, or until the first round has run.
 */
@Readiness
@ApplicationScoped
public class ClearinghouseReadiness implements HealthCheck {

    @Inject
    ClearinghouseLink link;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("rcm-clearinghouse");
        if (!link.enabled() || link.health().isEmpty()) {
            return response.up().withData("enabled", link.enabled()).build();
        }
        ConnectionHealth h = link.health().get();
        boolean failing = h.consecutiveFailures() > 0;
        response.status(!failing).withData("backlog", link.backlog())
                .withData("consecutive-failures", h.consecutiveFailures());
        if (h.hostKeyRefused()) {
            response.withData("host-key", "refused");
        }
        if (h.lastError() != null) {
            response.withData("last-error", h.lastError());
        }
        return response.build();
    }
}
