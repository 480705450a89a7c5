package io.openrcm.claim.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.openrcm.claim.application.SubmissionDelivery;
import io.openrcm.platform.clearinghouse.JdbcFileLedger;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * claim-service's link to the clearinghouse (rcm.clearinghouse.enabled): each round uploads the 837P files waiting
 * ({@link ClaimFileUploads}), then takes the 999 and 277CA files ({@link AcknowledgmentFileIntake}); the backlog is
 * the 837P files not delivered yet. Its readiness is part of the service's.
 */
@Readiness
@ApplicationScoped
public class ClearinghouseLink implements HealthCheck {

    @Inject
    JdbcFileLedger files;
    @Inject
    ClaimFileUploads uploads;
    @Inject
    AcknowledgmentFileIntake acknowledgments;
    @Inject
    SubmissionDelivery delivery;
    @Inject
    MeterRegistry meters;
    @Inject
    Clock clock;

    @Inject
    io.openrcm.platform.clearinghouse.ClearinghouseLink link;

    void start(@Observes StartupEvent event) {
        link.start(List.of(uploads), acknowledgments, files, "999/277", delivery::backlog, "outbound", meters, clock);
    }

    void stop(@Observes ShutdownEvent event) {
        link.stop();
    }

    @Override
    public HealthCheckResponse call() {
        return link.readiness();
    }
}
