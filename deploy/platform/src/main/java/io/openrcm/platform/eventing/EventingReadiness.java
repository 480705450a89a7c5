package io.openrcm.platform.eventing;

import io.openrcm.platform.eventing.consumer.ConsumerSupervisor;
import io.openrcm.platform.eventing.outbox.OutboxRelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the event plumbing: DOWN while a consumer thread is dead or waiting to restart, or while the outbox
 * relay is gone or its rounds keep failing. (A broker that is away shows in the Kafka check beside this one.)
 */
@Readiness
@ApplicationScoped
public class EventingReadiness implements HealthCheck {

    private final ConsumerSupervisor consumers;
    private final OutboxRelay relay;

    @Inject
    public EventingReadiness(ConsumerSupervisor consumers, OutboxRelay relay) {
        this.consumers = consumers;
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        List<String> down = consumers.downConsumers();
        boolean relayStuck = relay.stuck();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("rcm-eventing")
                .status(down.isEmpty() && !relayStuck).withData("outbox-relay", relayStuck ? "stuck" : "ok");
        if (!down.isEmpty()) {
            response.withData("consumers-down", String.join(",", down));
        }
        return response.build();
    }
}
