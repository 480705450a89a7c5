package io.openrcm.reimbursement.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.openrcm.platform.clearinghouse.FileIntake;
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
 * reimbursement-service's link to the clearinghouse (rcm.clearinghouse.enabled): each round takes the 835 files of
 * the outbound folder through the service's file intake (the X12 path of POST /remittances); the backlog is the files
 * begun and not finished. Its readiness is part of the service's.
 */
@Readiness
@ApplicationScoped
public class ClearinghouseLink implements HealthCheck {

    @Inject
    JdbcFileLedger files;
    @Inject
    FileIntake remittances;
    @Inject
    MeterRegistry meters;
    @Inject
    Clock clock;

    @Inject
    io.openrcm.platform.clearinghouse.ClearinghouseLink link;

    void start(@Observes StartupEvent event) {
        link.start(List.of(), remittances, files, "835", files::unfinished, "inbound", meters, clock);
    }

    void stop(@Observes ShutdownEvent event) {
        link.stop();
    }

    @Override
    public HealthCheckResponse call() {
        return link.readiness();
    }
}
