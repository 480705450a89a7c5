package io.openrcm.platform.eventing;

import io.openrcm.platform.eventing.consumer.ConsumerSupervisor;
import io.openrcm.platform.eventing.consumer.EventHandler;
import io.openrcm.platform.eventing.consumer.EventHandlers;
import io.openrcm.platform.eventing.consumer.InboxJanitor;
import io.openrcm.platform.eventing.kafka.KafkaClients;
import io.openrcm.platform.eventing.kafka.TopicInitializer;
import io.openrcm.platform.eventing.outbox.OutboxRelay;
import io.openrcm.platform.eventing.parking.ParkedEventGauges;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;
import org.jboss.logging.Logger;

/**
 * Creates the topics, then starts the outbox relay and the consumers; stops them in order at shutdown. The inbox
 * janitor starts at once.
 *
 * <p>This runs beside start-up rather than in it: a service whose broker is away still starts, reports readiness
 * DOWN through its Kafka health check, accepts nothing it cannot keep (writes go to the outbox), and begins
 * publishing and consuming once the broker answers.
 */
@ApplicationScoped
public class EventingLifecycle {

    private static final Logger LOG = Logger.getLogger(EventingLifecycle.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    @Inject
    EventingConfig config;
    @Inject
    KafkaClients kafka;
    @Inject
    EventHandlers handlers;
    @Inject
    OutboxRelay relay;
    @Inject
    ConsumerSupervisor consumers;
    @Inject
    InboxJanitor inboxJanitor;
    @Inject
    ParkedEventGauges parkedGauges;

    private volatile boolean stopping;
    private Thread starter;

    void onStart(@Observes StartupEvent event) {
        // Housekeeping needs only the database, so it does not wait for Kafka.
        inboxJanitor.start();
        parkedGauges.register(handlers.all().stream().map(EventHandler::consumerName).toList());
        starter = new Thread(this::startWhenKafkaAnswers, "rcm-eventing-start");
        starter.setDaemon(true);
        starter.start();
    }

    private void startWhenKafkaAnswers() {
        Duration backoff = Duration.ofSeconds(1);
        while (!stopping && config.topics().create()) {
            try (Admin admin = kafka.admin()) {
                TopicInitializer.ensure(admin, TopicInitializer.topicsFor(config, handlers.all()),
                        config.topics().partitions(), config.topics().replicationFactor());
                break;
            } catch (RuntimeException e) {
                LOG.warnf("Topics not ready (%s); publishing and consuming wait, retrying in %d s", e.getMessage(),
                        backoff.toSeconds());
                if (!pause(backoff)) {
                    return;
                }
                backoff = Retry.doubled(backoff, MAX_BACKOFF);
            }
        }
        synchronized (this) {
            if (!stopping) {
                relay.start();
                consumers.start();
            }
        }
    }

    private boolean pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return !stopping;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        synchronized (this) {
            stopping = true;
        }
        if (starter != null) {
            starter.interrupt();
        }
        inboxJanitor.stop();
        consumers.stop();
        relay.stop();
    }
}
