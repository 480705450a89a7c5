package io.openrcm.platform.eventing.kafka;

import io.openrcm.platform.eventing.EventingConfig;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.consumer.EventHandler;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Creates, at start-up, the topics this service produces and consumes and the dead-letter topics of those it
 * consumes, with the configured partition count and each topic's own settings ({@link Topics#configOf}). An existing
 * topic keeps its partitions; its own settings are applied to it too (so a topic created before a setting was
 * declared gets it).
 */
public final class TopicInitializer {

    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    private TopicInitializer() {
    }

    /** The topics a service needs: what it produces, what it consumes and the consumed topics' dead-letter topics. */
    public static Set<String> topicsFor(EventingConfig config, Iterable<EventHandler> handlers) {
        Set<String> topics = new LinkedHashSet<>(config.produces().orElse(List.of()));
        for (EventHandler handler : handlers) {
            for (String topic : handler.topics()) {
                topics.add(topic);
                topics.add(Topics.deadLetterOf(topic));
            }
        }
        return topics;
    }

    /** Creates the missing ones; fails when the cluster cannot be reached within a minute. */
    public static void ensure(Admin admin, Set<String> topics, int partitions, short replicationFactor) {
        List<NewTopic> wanted = new ArrayList<>();
        Optional<Short> rf = replicationFactor < 1 ? Optional.empty() : Optional.of(replicationFactor);
        for (String topic : topics) {
            wanted.add(new NewTopic(topic, Optional.of(partitions), rf).configs(Topics.configOf(topic)));
        }
        admin.createTopics(wanted).values().forEach((name, future) -> {
            try {
                future.get(60, TimeUnit.SECONDS);
                LOG.infof("Created topic %s with %d partitions", name, partitions);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Could not create topic " + name + ": " + e.getCause(), e);
                }
                applyOwnSettings(admin, name);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while creating topic " + name, e);
            } catch (TimeoutException e) {
                throw new IllegalStateException("Kafka did not answer while creating topic " + name, e);
            }
        });
    }

    private static boolean alreadyHolds(Admin admin, ConfigResource resource, Map<String, String> settings) {
        try {
            Config config = admin.describeConfigs(List.of(resource)).all().get(60, TimeUnit.SECONDS).get(resource);
            return settings.entrySet().stream().allMatch(e -> config.get(e.getKey()) != null
                    && e.getValue().equals(config.get(e.getKey()).value()));
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the settings of topic " + resource.name(), e);
        }
    }

    /**
     * Sets the topic's own settings on an existing topic; leaves every other setting alone. Refused (no right to
     * alter configs where an operator manages the cluster) is a warning, not a reason to stay down.
     */
    private static void applyOwnSettings(Admin admin, String topic) {
        Map<String, String> settings = Topics.configOf(topic);
        if (settings.isEmpty()) {
            return;
        }
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        if (alreadyHolds(admin, resource, settings)) {
            // The usual case: whoever created the topic gave it its settings. A service may read a topic's settings
            // but not change them (its ACLs), so it only asks for a change when one is due.
            return;
        }
        List<AlterConfigOp> ops = settings.entrySet().stream()
                .map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                .toList();
        try {
            admin.incrementalAlterConfigs(Map.of(resource, ops)).all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            LOG.warnf("Could not apply %s to the existing topic %s (%s); set them where the topic is managed",
                    settings, topic, e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer while configuring topic " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while configuring topic " + topic, e);
        }
    }
}
