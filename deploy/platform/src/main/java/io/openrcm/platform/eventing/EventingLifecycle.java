package io.openrcm.platform.eventing;

import io.openrcm.platform.eventing.consumer.ConsumerSupervisor;
import io.openrcm.platform.eventing.consumer.EventHandler;
import io.openrcm.platform.eventing.kafka.KafkaClients;
import io.openrcm.platform.eventing.kafka.TopicInitializer;
import io.openrcm.platform.eventing.outbox.OutboxRelay;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;

/** Creates the topics, then starts the outbox relay and the consumers when the service starts; stops them in order. */
@ApplicationScoped
public class EventingLifecycle {

    @Inject
    EventingConfig config;
    @Inject
    KafkaClients kafka;
    @Inject
    Instance<EventHandler> handlers;
    @Inject
    OutboxRelay relay;
    @Inject
    ConsumerSupervisor consumers;

    void onStart(@Observes StartupEvent event) {
        if (config.topics().create()) {
            try (Admin admin = kafka.admin()) {
                TopicInitializer.ensure(admin, TopicInitializer.topicsFor(config, handlers),
                        config.topics().partitions(), config.topics().replicationFactor());
            }
        }
        relay.start();
        consumers.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        consumers.stop();
        relay.stop();
    }
}
